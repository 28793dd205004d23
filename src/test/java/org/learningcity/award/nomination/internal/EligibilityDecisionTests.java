package org.learningcity.award.nomination.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each row of {@code processes/EligibilityDecision.dmn}: for each, inputs that reach
 * it, the row that matched (the hit policy is FIRST) and what it decides. The cycle's
 * rules in these tests: at least 12 months of membership, no Award within 6 years.
 */
class EligibilityDecisionTests {

	private static final Path DMN = Path.of("processes/EligibilityDecision.dmn");

	private final List<String> matched = new ArrayList<>();

	private DmnEngine engine;

	private DmnDecision decision;

	@BeforeEach
	void engine() throws Exception {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
			@Override
			public void notify(DmnDecisionTableEvaluationEvent event) {
				event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
			}
		}));
		this.engine = configuration.buildEngine();
		try (InputStream in = Files.newInputStream(DMN)) {
			this.decision = this.engine.parseDecision(NominationProcess.DECISION_KEY, in);
		}
	}

	@Test
	void aMemberLongEnoughNeverAwardedWithACompleteConsentedApplicationIsEligible() {
		assertThat(decide(30, null, true, true)).containsEntry("eligibility", "ELIGIBLE")
			.containsEntry("reason", "Meets every eligibility rule of the cycle.");
		assertThat(this.matched).containsExactly("Rule_Eligible");
	}

	@Test
	void exactlyTheMinimumMembershipAndAnAwardLongAgoAreEligible() {
		assertThat(decide(12, 6, true, true)).containsEntry("eligibility", "ELIGIBLE");
		assertThat(this.matched).containsExactly("Rule_Eligible");
	}

	@Test
	void aMembershipShorterThanTheMinimumIsIneligible() {
		assertThat(decide(11, null, true, true)).containsEntry("eligibility", "INELIGIBLE")
			.hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("shorter than"));
		assertThat(this.matched).containsExactly("Rule_MembershipTooShort");
	}

	@Test
	void anAwardWithinTheExclusionYearsIsIneligible() {
		assertThat(decide(30, 5, true, true)).containsEntry("eligibility", "INELIGIBLE")
			.hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("exclusion years"));
		assertThat(this.matched).containsExactly("Rule_AwardedRecently");
	}

	@Test
	void anIncompleteApplicationIsIneligible() {
		assertThat(decide(30, null, false, true)).containsEntry("eligibility", "INELIGIBLE")
			.containsEntry("reason", "The application is incomplete.");
		assertThat(this.matched).containsExactly("Rule_Incomplete");
	}

	@Test
	void anApplicationWithoutConsentIsIneligible() {
		assertThat(decide(30, null, true, false)).containsEntry("eligibility", "INELIGIBLE")
			.hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("consent"));
		assertThat(this.matched).containsExactly("Rule_NoConsent");
	}

	@Test
	void anUnknownDateOfJoiningLeavesTheCallToAPerson() {
		assertThat(decide(null, null, true, true)).containsEntry("eligibility", "UNDECIDED")
			.hasEntrySatisfying("reason", reason -> assertThat((String) reason).contains("unknown"));
		assertThat(this.matched).containsExactly("Rule_MembershipUnknown");
	}

	@Test
	void anUncheckedCompletenessLeavesTheCallToAPerson() {
		assertThat(decide(30, null, null, true)).containsEntry("eligibility", "UNDECIDED");
		assertThat(this.matched).containsExactly("Rule_CompletenessUnknown");
	}

	@Test
	void anUncheckedConsentLeavesTheCallToAPerson() {
		assertThat(decide(30, null, true, null)).containsEntry("eligibility", "UNDECIDED");
		assertThat(this.matched).containsExactly("Rule_ConsentUnknown");
	}

	@Test
	void whatTheRulesDoNotCoverGoesToAPerson() {
		Map<String, Object> facts = facts(30, null, true, true);
		facts.put(NominationProcess.REQUIRED_MEMBERSHIP_MONTHS, null);
		assertThat(evaluate(facts)).containsEntry("eligibility", "UNDECIDED")
			.containsEntry("reason", "The rules could not decide.");
		assertThat(this.matched).containsExactly("Rule_Otherwise");
	}

	@Test
	void aCertainReasonToRefuseWinsOverMissingData() {
		assertThat(decide(null, 2, true, true)).containsEntry("eligibility", "INELIGIBLE");
		assertThat(this.matched).containsExactly("Rule_AwardedRecently");
	}

	@Test
	void theCyclesOwnRulesApply() {
		Map<String, Object> facts = facts(30, 7, true, true);
		facts.put(NominationProcess.REQUIRED_MEMBERSHIP_MONTHS, 36);
		facts.put(NominationProcess.EXCLUSION_YEARS, 10);
		assertThat(evaluate(facts)).containsEntry("eligibility", "INELIGIBLE");
		assertThat(this.matched).containsExactly("Rule_MembershipTooShort");
	}

	private DmnDecisionResultEntries decide(Integer membershipMonths, Integer yearsSinceLastAward, Boolean complete,
			Boolean consent) {
		return evaluate(facts(membershipMonths, yearsSinceLastAward, complete, consent));
	}

	private DmnDecisionResultEntries evaluate(Map<String, Object> facts) {
		return this.engine.evaluateDecision(this.decision, facts).getSingleResult();
	}

	private static Map<String, Object> facts(Integer membershipMonths, Integer yearsSinceLastAward, Boolean complete,
			Boolean consent) {
		Map<String, Object> facts = new HashMap<>();
		facts.put(NominationProcess.MEMBERSHIP_MONTHS, membershipMonths);
		facts.put(NominationProcess.REQUIRED_MEMBERSHIP_MONTHS, 12);
		facts.put(NominationProcess.YEARS_SINCE_LAST_AWARD, yearsSinceLastAward);
		facts.put(NominationProcess.EXCLUSION_YEARS, 6);
		facts.put(NominationProcess.APPLICATION_COMPLETE, complete);
		facts.put(NominationProcess.CONSENT_GIVEN, consent);
		return facts;
	}

}
