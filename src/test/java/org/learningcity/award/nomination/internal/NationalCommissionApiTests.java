package org.learningcity.award.nomination.internal;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.learningcity.award.nomination.ApplicationStatus;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A National Commission's decisions through the API: nominate, return, decline; and every
 * refusal: another country's application (404), past the quota or the deadline, twice, in
 * the wrong state (409), missing text (422), the wrong role (403).
 */
class NationalCommissionApiTests extends NominationWebTestSupport {

	@Test
	void aNationalCommissionNominatesItsCountrysSubmittedApplication() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		JsonNode nomination = body(this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate",
					Map.of("endorsement", "Cork is our strongest learning city."))
				.with(NATCOM_IE))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/nominations/")))
			.andExpect(jsonPath("$.applicationId").value(Long.toString(application)))
			.andExpect(jsonPath("$.cityId").value(Long.toString(this.fixtures.city("cork"))))
			.andExpect(jsonPath("$.countryCode").value("IE"))
			.andExpect(jsonPath("$.region").isString())
			.andExpect(jsonPath("$.status").value("NOMINATED")));
		assertThat(nomination.get("id").isTextual()).isTrue();
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.NOMINATED);

		this.mvc.perform(post("/api/nominations?cycle=" + cycle).with(STAFF)).andExpect(status().isMethodNotAllowed());
		this.mvc.perform(get("/api/nominations?cycle=" + cycle).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(nomination.get("id").asText()))
			.andExpect(jsonPath("$[0].applicationId").value(Long.toString(application)));
		this.mvc.perform(get("/api/nominations/" + nomination.get("id").asText()).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countryCode").value("IE"));
	}

	@Test
	void nominatingTheSameApplicationTwiceIsRefused() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		nominate(application, "natcom-ie").andExpect(status().isCreated());

		nominate(application, "natcom-ie").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.not-submitted"));
		assertThat(this.jdbc.sql("select count(*) from nomination where application_id = ?")
			.param(application)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anotherCountrysApplicationDoesNotExistForANationalCommission() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		nominate(application, "natcom-kr").andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/applications/" + application + "/return", Map.of("comment", "No.")).with(NATCOM_KR))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(
					postJson("/api/applications/" + application + "/decline", Map.of("comment", "No.")).with(NATCOM_KR))
			.andExpect(status().isNotFound());
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void anUnknownApplicationIsNotFound() throws Exception {
		nominate(987654321L, "natcom-ie").andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/applications/not-an-id/nominate", Map.of("endorsement", "Yes.")).with(NATCOM_IE))
			.andExpect(status().isNotFound());
	}

	@Test
	void theNominationPastTheQuotaIsRefusedWithAClearMessage() throws Exception {
		long cycle = this.fixtures.openCycle(1);
		long first = this.fixtures.submitted(cycle, "namyangju");
		long second = this.fixtures.submitted(cycle, "suwon");
		nominate(first, "natcom-kr").andExpect(status().isCreated());

		nominate(second, "natcom-kr").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.quota-reached"))
			.andExpect(jsonPath("$.detail").value(containsString("has already nominated 1 city")));
		assertThat(this.applications.find(second).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aNominationAfterTheNominationDeadlineIsRefused() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ClockUtil.setCurrentTime(
				Date.from(this.cycles.settings(cycle).nominationDeadline().toInstant().plus(Duration.ofMinutes(1))));

		nominate(application, "natcom-ie").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.deadline-passed"));
		this.mvc
			.perform(postJson("/api/applications/" + application + "/decline", Map.of("comment", "Too late."))
				.with(NATCOM_IE))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.deadline-passed"));
	}

	@Test
	void aReturnAfterTheApplicationDeadlineGivesTheCityUntilTheNominationDeadlineToSubmitAgain() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ClockUtil.setCurrentTime(
				Date.from(this.cycles.settings(cycle).applicationDeadline().toInstant().plus(Duration.ofMinutes(1))));

		this.mvc
			.perform(postJson("/api/applications/" + application + "/return", Map.of("comment", "Add figures."))
				.with(NATCOM_IE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"));

		// the draft's timer waits for the nomination deadline, not the passed application
		// deadline
		assertThat(this.management.createJobQuery()
			.processInstanceId(this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(application))
				.singleResult()
				.getId())
			.activityId("Timer_ApplicationDeadline")
			.singleResult()
			.getDuedate()).isEqualTo(Date.from(this.cycles.settings(cycle).nominationDeadline().toInstant()));
		this.fixtures.submit(application, "cork");
		nominate(application, "natcom-ie").andExpect(status().isCreated());
	}

	@Test
	void returnAndDeclineMoveTheApplicationAndKeepTheComment() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long returned = this.fixtures.submitted(cycle, "cork");
		long declined = this.fixtures.submitted(cycle, "dublin");

		this.mvc
			.perform(postJson("/api/applications/" + returned + "/return", Map.of("comment", "Please add the figures."))
				.with(NATCOM_IE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.lastComment").value("Please add the figures."));
		this.mvc
			.perform(postJson("/api/applications/" + declined + "/decline", Map.of("comment", "Not this time."))
				.with(NATCOM_IE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DECLINED"));
		this.mvc
			.perform(postJson("/api/applications/" + declined + "/nominate", Map.of("endorsement", "Changed our mind."))
				.with(NATCOM_IE))
			.andExpect(status().isConflict());
	}

	@Test
	void aDecisionWithoutItsTextIsInvalidAndChangesNothing() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");

		this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate", Map.of("endorsement", "  "))
				.with(NATCOM_IE))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("endorsement"));
		this.mvc.perform(postJson("/api/applications/" + application + "/return", Map.of()).with(NATCOM_IE))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		this.mvc
			.perform(postJson("/api/applications/" + application + "/decline", Map.of("comment", "x".repeat(4001)))
				.with(NATCOM_IE))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("comment"));
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void onlyANationalCommissionNominates() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		Map<String, String> body = Map.of("endorsement", "Yes.");

		this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate", body).with(httpBasic("nobody", "x")))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(postJson("/api/applications/" + application + "/nominate", body).with(STAFF))
			.andExpect(status().isForbidden());
		this.mvc.perform(postJson("/api/applications/" + application + "/nominate", body).with(CITY_CORK))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/nominations?cycle=" + cycle).with(NATCOM_IE)).andExpect(status().isForbidden());
	}

	ResultActions nominate(long application, String natcom) throws Exception {
		return this.mvc.perform(postJson("/api/applications/" + application + "/nominate",
				Map.of("endorsement", "Our strongest learning city."))
			.with(httpBasic(natcom, "demo")));
	}

}
