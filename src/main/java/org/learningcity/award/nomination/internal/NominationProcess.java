package org.learningcity.award.nomination.internal;

/**
 * The nomination process ({@code processes/NominationProcess.bpmn}) and its eligibility
 * rules ({@code processes/EligibilityDecision.dmn}): the process key, the ids of the
 * elements code and tests refer to, and the names of the variables. One instance per
 * application, its business key the application's id; variables hold ids and small flags
 * only.
 */
public final class NominationProcess {

	public static final String KEY = "NominationProcess";

	public static final String DECISION_KEY = "EligibilityDecision";

	// --- elements

	public static final String START = "StartEvent_ApplicationStarted";

	public static final String TASK_COMPLETE_APPLICATION = "Task_CompleteApplication";

	public static final String TIMER_APPLICATION_DEADLINE = "Timer_ApplicationDeadline";

	public static final String TASK_CLOSE_DRAFT = "Task_CloseDraft";

	public static final String TASK_TELL_DRAFT_CLOSED = "Task_TellCityDraftClosed";

	public static final String END_DRAFT_CLOSED = "EndEvent_DraftClosed";

	public static final String GATEWAY_REVIEW_STARTS = "Gateway_ReviewStarts";

	public static final String TASK_TELL_SUBMITTED = "Task_TellNatcomSubmitted";

	public static final String END_NATCOM_TOLD = "EndEvent_NatcomTold";

	public static final String TASK_NATCOM_REVIEW = "Task_NatcomReview";

	public static final String TIMER_NOMINATION_REMINDER = "Timer_NominationReminder";

	public static final String TASK_REMIND_NATCOM = "Task_RemindNatcom";

	public static final String END_NATCOM_REMINDED = "EndEvent_NatcomReminded";

	public static final String TIMER_NOMINATION_DEADLINE = "Timer_NominationDeadline";

	public static final String TASK_CLOSE_UNREVIEWED = "Task_CloseUnreviewedApplication";

	public static final String TASK_TELL_REVIEW_CLOSED = "Task_TellReviewClosed";

	public static final String END_REVIEW_CLOSED = "EndEvent_ReviewClosed";

	public static final String GATEWAY_NATCOM_DECISION = "Gateway_NatcomDecision";

	public static final String GATEWAY_RETURNED = "Gateway_Returned";

	public static final String TASK_TELL_RETURNED = "Task_TellCityReturned";

	public static final String END_CITY_TOLD_RETURNED = "EndEvent_CityToldReturned";

	public static final String TASK_TELL_DECLINED = "Task_TellCityDeclined";

	public static final String END_DECLINED = "EndEvent_ApplicationDeclined";

	public static final String TASK_GATHER_FACTS = "Task_GatherEligibilityFacts";

	public static final String TASK_APPLY_RULES = "Task_ApplyEligibilityRules";

	public static final String TASK_RECORD_RULES_DECISION = "Task_RecordRulesDecision";

	public static final String GATEWAY_RULES_DECIDED = "Gateway_RulesDecided";

	public static final String TASK_ELIGIBILITY_CHECK = "Task_EligibilityCheck";

	public static final String GATEWAY_ELIGIBLE = "Gateway_Eligible";

	public static final String TASK_TELL_ELIGIBLE = "Task_TellEligible";

	public static final String END_ELIGIBLE = "EndEvent_NominationEligible";

	public static final String TASK_TELL_INELIGIBLE = "Task_TellIneligible";

	public static final String END_INELIGIBLE = "EndEvent_NominationIneligible";

	// --- variables (ids and flags)

	public static final String APPLICATION_ID = "applicationId";

	public static final String CYCLE_ID = "cycleId";

	public static final String CITY_ID = "cityId";

	public static final String NOMINATION_ID = "nominationId";

	/** The cycle's application deadline, ISO-8601 ({@code 2026-05-31T23:59:00Z}). */
	public static final String APPLICATION_DEADLINE = "applicationDeadline";

	/** The cycle's nomination deadline, ISO-8601. */
	public static final String NOMINATION_DEADLINE = "nominationDeadline";

	/**
	 * When the National Commission is reminded, an ISO-8601 repeating interval
	 * ({@code R2/<7 days before the deadline>/P6D}: 7 days and 1 day before).
	 */
	public static final String NOMINATION_REMINDERS = "nominationReminders";

	/** The National Commission's decision: one of {@link NatcomDecision}. */
	public static final String NATCOM_DECISION = "natcomDecision";

	/** The eligibility: ELIGIBLE, INELIGIBLE or UNDECIDED (see {@link Eligibility}). */
	public static final String ELIGIBILITY = "eligibility";

	/** Why, in the rules' or the staff member's words. */
	public static final String ELIGIBILITY_REASON = "eligibilityReason";

	// --- the decision's inputs (transient: they live only while the rules are applied)

	public static final String MEMBERSHIP_MONTHS = "membershipMonths";

	public static final String REQUIRED_MEMBERSHIP_MONTHS = "requiredMembershipMonths";

	public static final String YEARS_SINCE_LAST_AWARD = "yearsSinceLastAward";

	public static final String EXCLUSION_YEARS = "exclusionYears";

	public static final String APPLICATION_COMPLETE = "applicationComplete";

	public static final String CONSENT_GIVEN = "consentGiven";

	/** What the National Commission decided about a submitted application. */
	public enum NatcomDecision {

		NOMINATE, RETURN, DECLINE

	}

	/** What UIL's eligibility check found. */
	public enum Eligibility {

		ELIGIBLE, INELIGIBLE, UNDECIDED

	}

	private NominationProcess() {
	}

}
