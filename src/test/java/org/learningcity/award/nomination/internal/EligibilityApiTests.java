package org.learningcity.award.nomination.internal;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * UIL staff's eligibility decision through the API, where the rules could not decide:
 * {@code POST /api/nominations/{id}/eligibility {eligible, reason}}.
 */
class EligibilityApiTests extends NominationWebTestSupport {

	@Autowired
	Nominations nominations;

	@Autowired
	AuditTrail audit;

	@Test
	void aStaffMemberDecidesWhatTheRulesCouldNotWithAReason() throws Exception {
		long nomination = undecidedNomination();

		this.mvc
			.perform(postJson("/api/nominations/" + nomination + "/eligibility",
					Map.of("eligible", false, "reason", "Joined the GNLC after the application deadline."))
				.with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INELIGIBLE"))
			.andExpect(jsonPath("$.eligibilityReason").value("Joined the GNLC after the application deadline."))
			.andExpect(jsonPath("$.eligibilityDecidedBy").value("staff"));
		assertThat(this.audit.of(NominationAudit.NOMINATION, Long.toString(nomination))).anySatisfy(
				e -> assertThat(e.detail()).isEqualTo("INELIGIBLE: Joined the GNLC after the application deadline."));

		this.mvc
			.perform(postJson("/api/nominations/" + nomination + "/eligibility",
					Map.of("eligible", true, "reason", "Changed my mind."))
				.with(STAFF))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.eligibility-not-open"));
	}

	@Test
	void theReasonAndTheDecisionAreRequired() throws Exception {
		long nomination = undecidedNomination();

		this.mvc
			.perform(
					postJson("/api/nominations/" + nomination + "/eligibility", Map.of("eligible", true, "reason", " "))
						.with(STAFF))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(postJson("/api/nominations/" + nomination + "/eligibility", Map.of("reason", "Looks fine."))
				.with(STAFF))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("eligible"));
		assertThat(this.nominations.get(nomination).status()).isEqualTo(NominationStatus.NOMINATED);
	}

	@Test
	void aNominationTheRulesDecidedIsNotOpenToAPerson() throws Exception {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		long nomination = this.fixtures
			.as("natcom-ie", () -> this.natcom().nominate(application, "Our strongest learning city."))
			.id();
		runJobs(application);
		assertThat(this.nominations.get(nomination).status()).isEqualTo(NominationStatus.ELIGIBLE);

		this.mvc
			.perform(postJson("/api/nominations/" + nomination + "/eligibility",
					Map.of("eligible", false, "reason", "No."))
				.with(STAFF))
			.andExpect(status().isConflict());
	}

	@Test
	void onlyUilStaffDecideEligibility() throws Exception {
		long nomination = undecidedNomination();
		Map<String, Object> body = Map.of("eligible", true, "reason", "Fine.");

		this.mvc.perform(postJson("/api/nominations/" + nomination + "/eligibility", body).with(NATCOM_IE))
			.andExpect(status().isForbidden());
		this.mvc.perform(postJson("/api/nominations/" + nomination + "/eligibility", body).with(CITY_CORK))
			.andExpect(status().isForbidden());
		this.mvc.perform(postJson("/api/nominations/987654321/eligibility", body).with(STAFF))
			.andExpect(status().isNotFound());
		this.mvc.perform(postJson("/api/nominations/" + nomination + "/eligibility", body).with(ADMIN))
			.andExpect(status().isOk());
	}

	private long undecidedNomination() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		long nomination = this.fixtures
			.as("natcom-ie", () -> this.natcom().nominate(application, "Our strongest learning city."))
			.id();
		this.fixtures.leaveEligibilityToStaff(application);
		return nomination;
	}

	private NationalCommissionService natcom() {
		return this.natcomService;
	}

	@Autowired
	NationalCommissionService natcomService;

}
