package org.learningcity.award.cycle.internal;

import org.learningcity.award.cycle.CycleProcessNames;

/**
 * The cycle process ({@code processes/CycleProcess.bpmn}): its key, the ids of the
 * elements code and tests refer to, and the variables. One instance per opened cycle
 * (business key: the cycle's id as text), started when the call opens; variables hold
 * ids, ISO-8601 texts and flags. What other modules may name is in
 * {@link CycleProcessNames}.
 */
public final class CycleProcess {

	public static final String KEY = CycleProcessNames.KEY;

	// --- elements

	public static final String START = "StartEvent_CallOpened";

	public static final String TIMER_NOMINATION_DEADLINE = "Timer_NominationDeadline";

	public static final String TASK_START_REVIEW = "Task_StartReview";

	public static final String TASK_CHECK_ELIGIBILITY = "Task_CheckEligibilitySettled";

	public static final String GATEWAY_ELIGIBILITY_SETTLED = "Gateway_EligibilitySettled";

	public static final String GATEWAY_WAIT_FOR_ELIGIBILITY = "Gateway_WaitForEligibility";

	public static final String MESSAGE_ELIGIBILITY_DECIDED = "Message_EligibilityDecided";

	public static final String TIMER_ELIGIBILITY_RECHECK = "Timer_EligibilityRecheck";

	public static final String GATEWAY_ANY_ELIGIBLE = "Gateway_AnyEligible";

	public static final String TASK_CLOSE_WITHOUT_NOMINATIONS = "Task_CloseWithoutNominations";

	public static final String END_NO_ELIGIBLE = "EndEvent_NoEligibleNomination";

	public static final String TASK_FORM_PANELS = CycleProcessNames.TASK_FORM_PANELS;

	public static final String CALL_ACTIVITY_REVIEW = CycleProcessNames.CALL_ACTIVITY_REVIEW;

	public static final String SUBPROCESS_REVIEW = CycleProcessNames.SUBPROCESS_REVIEW;

	public static final String TASK_CHECK_RESULTS = "Task_CheckResultsFinal";

	public static final String GATEWAY_RESULTS_FINAL = "Gateway_ResultsFinal";

	public static final String GATEWAY_WAIT_FOR_RESULTS = "Gateway_WaitForResults";

	public static final String MESSAGE_RESULT_FINAL = "Message_ResultFinal";

	public static final String TIMER_RESULTS_RECHECK = "Timer_ResultsRecheck";

	public static final String TASK_START_SHORTLISTING = "Task_StartShortlisting";

	public static final String TASK_CONFIRM_SHORTLIST = CycleProcessNames.TASK_CONFIRM_SHORTLIST;

	public static final String TASK_START_JURY = "Task_StartJury";

	public static final String CALL_ACTIVITY_JURY = "CallActivity_Jury";

	public static final String TASK_RECORD_DECISION = "Task_RecordDecision";

	public static final String TASK_ANNOUNCE_DECISION = "Task_AnnounceDecision";

	public static final String TASK_CLOSE_CYCLE = "Task_CloseCycle";

	public static final String END_CYCLE_CLOSED = "EndEvent_CycleClosed";

	/** The process the jury's call activity starts (owned by the jury module). */
	public static final String JURY_PROCESS_KEY = "JuryProcess";

	// --- variables

	public static final String CYCLE_ID = CycleProcessNames.CYCLE_ID;

	/** The cycle's nomination deadline, ISO-8601 (the deadline timer's date). */
	public static final String NOMINATION_DEADLINE = "nominationDeadline";

	public static final String NOMINATION_IDS = CycleProcessNames.NOMINATION_IDS;

	public static final String NOMINATION = CycleProcessNames.NOMINATION;

	public static final String ELIGIBILITY_SETTLED = CycleProcessNames.ELIGIBILITY_SETTLED;

	public static final String ANY_ELIGIBLE = CycleProcessNames.ANY_ELIGIBLE;

	public static final String RESULTS_FINAL = CycleProcessNames.RESULTS_FINAL;

	/**
	 * The status a stage task moves the cycle to (an input of
	 * {@code advanceCycleDelegate}).
	 */
	public static final String TO_STATUS = "toStatus";

	private CycleProcess() {
	}

}
