package org.learningcity.award.nomination.internal;

import java.time.Duration;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The nomination process's tasks in {@code /api/tasks}: each person sees their own (the
 * city its application, the National Commission its review, UIL staff the eligibility
 * checks), with the due date and whether it is overdue; someone else's task is not found.
 */
class NominationTasksApiTests extends NominationWebTestSupport {

	@Autowired
	NationalCommissionService natcom;

	@Test
	void theCitySeesItsApplicationToCompleteAndTheNationalCommissionItsReview() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.draft(cycle, "cork");

		JsonNode city = task("city-cork", "COMPLETE_APPLICATION", application);
		assertThat(city.get("cityName").asText()).isEqualTo("Cork");
		assertThat(city.get("due").asText())
			.isEqualTo(this.cycles.settings(cycle).applicationDeadline().toInstant().toString());
		assertThat(city.get("overdue").asBoolean()).isFalse();
		assertThat(city.get("link").asText()).isEqualTo("/applications/" + application);
		assertThat(task("natcom-ie", "NATCOM_REVIEW", application)).isNull();

		this.fixtures.submit(application, "cork");

		assertThat(task("city-cork", "COMPLETE_APPLICATION", application)).isNull();
		JsonNode review = task("natcom-ie", "NATCOM_REVIEW", application);
		assertThat(review.get("link").asText()).isEqualTo("/natcom/applications/" + application);
		assertThat(task("natcom-kr", "NATCOM_REVIEW", application)).isNull();

		this.mvc.perform(get("/api/tasks/" + review.get("id").asText()).with(NATCOM_IE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("NATCOM_REVIEW"))
			.andExpect(jsonPath("$.details.application.id").value(Long.toString(application)));
		this.mvc.perform(get("/api/tasks/" + review.get("id").asText()).with(NATCOM_KR))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/" + review.get("id").asText()).with(CITY_CORK))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/no-such-task").with(NATCOM_IE)).andExpect(status().isNotFound());
	}

	@Test
	void aTaskPastItsDueDateIsOverdue() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ClockUtil.setCurrentTime(
				Date.from(this.cycles.settings(cycle).nominationDeadline().toInstant().plus(Duration.ofHours(1))));

		assertThat(task("natcom-ie", "NATCOM_REVIEW", application).get("overdue").asBoolean()).isTrue();
		this.mvc.perform(get("/tasks/late").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cork")));
	}

	@Test
	void uilStaffSeeTheEligibilityChecksTheRulesLeftThem() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		long nomination = this.fixtures.as("natcom-ie", () -> this.natcom.nominate(application, "Ours.")).id();
		this.fixtures.leaveEligibilityToStaff(application);

		JsonNode check = task("staff", "ELIGIBILITY_CHECK", application);
		assertThat(check.get("nominationId").asText()).isEqualTo(Long.toString(nomination));
		assertThat(check.get("link").asText()).isEqualTo("/nominations/" + nomination + "/eligibility");
		assertThat(check.get("due")).isNotNull();
		assertThat(task("admin", "ELIGIBILITY_CHECK", application)).isNotNull();
		assertThat(task("natcom-ie", "ELIGIBILITY_CHECK", application)).isNull();
	}

	/** The person's open task of that type about the application, or null. */
	private JsonNode task(String username, String type, long application) throws Exception {
		JsonNode tasks = body(
				this.mvc.perform(get("/api/tasks").with(httpBasic(username, "demo"))).andExpect(status().isOk()));
		for (JsonNode task : tasks) {
			if (type.equals(task.get("type").asText()) && task.has("applicationId")
					&& task.get("applicationId").asText().equals(Long.toString(application))) {
				return task;
			}
		}
		return null;
	}

}
