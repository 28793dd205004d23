package org.learningcity.award.nomination.internal;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.learningcity.award.nomination.ApplicationStatus;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.http.MediaType.APPLICATION_JSON;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo clock makes the nomination process's deadlines pass: the timers that became
 * due (and the mails they cause) have run when the call returns.
 */
class DemoClockTests extends NominationWebTestSupport {

	@Test
	void movingPastTheApplicationDeadlineClosesTheDraftBeforeTheCallReturns() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long draft = this.fixtures.draft(cycle, "cork");
		long submitted = this.fixtures.submitted(cycle, "dublin");
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(draft))
			.singleResult();

		advance("P31D").andExpect(jsonPath("$.jobsExecuted").value(greaterThanOrEqualTo(2)));

		assertThat(this.applications.find(draft).orElseThrow().status()).isEqualTo(ApplicationStatus.CLOSED);
		assertThat(instance).hasPassed(NominationProcess.END_DRAFT_CLOSED).isEnded();
		assertThat(this.applications.find(submitted).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(this.jdbc.sql("select count(*) from notification_outbox where template_name = ? and link = ?")
			.params("application-closed", "/applications/" + draft)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aNominationAfterTheDeadlineOnTheDemoClockIsRefused() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		advance("P61D");

		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.CLOSED);
		this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate", Map.of("endorsement", "Late."))
				.with(NATCOM_IE))
			.andExpect(status().isConflict());
	}

	private ResultActions advance(String by) throws Exception {
		return this.mvc
			.perform(post("/api/admin/clock").contentType(APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("advanceBy", by)))
				.with(ADMIN))
			.andExpect(status().isOk());
	}

}
