package org.learningcity.award.cycle;

/**
 * What other modules may name in the cycle process ({@code processes/CycleProcess.bpmn}):
 * its key, the messages it waits for, the user tasks they complete and the variables
 * their delegates read and write. One instance per opened cycle, its business key the
 * cycle's id as text. The cycle module references the other modules' delegates by bean
 * name only, and they reference the process by these names only.
 */
public final class CycleProcessNames {

	/** The process key. */
	public static final String KEY = "CycleProcess";

	/**
	 * Correlated (business key: the cycle's id) when a nomination's eligibility is
	 * decided; the process checks again whether the eligibility of the cycle is settled.
	 */
	public static final String MESSAGE_ELIGIBILITY_DECIDED = "EligibilityDecided";

	/**
	 * Correlated (business key: the cycle's id) when a review process of the cycle ends
	 * with its result final; the process checks again whether every result is final.
	 */
	public static final String MESSAGE_RESULT_FINAL = "ResultFinal";

	/** UIL staff form every panel (completed by {@code Panels.formAll}). */
	public static final String TASK_FORM_PANELS = "Task_FormPanels";

	/** UIL staff confirm the shortlist (completed by the shortlist module). */
	public static final String TASK_CONFIRM_SHORTLIST = "Task_ConfirmShortlist";

	/** The call activity that runs one review process per nomination. */
	public static final String CALL_ACTIVITY_REVIEW = "CallActivity_ReviewNomination";

	/**
	 * The multi-instance sub-process around {@link #CALL_ACTIVITY_REVIEW}, one per
	 * nomination.
	 */
	public static final String SUBPROCESS_REVIEW = "SubProcess_ReviewNominations";

	// --- variables

	/** The cycle's id (Long). */
	public static final String CYCLE_ID = "cycleId";

	/**
	 * The nominations whose panels {@link #TASK_FORM_PANELS} formed, as comma-separated
	 * ids ({@code "12,15"}): the review call activity's collection.
	 */
	public static final String NOMINATION_IDS = "nominationIds";

	/** One nomination's id as text: the review call activity's element variable. */
	public static final String NOMINATION = "nomination";

	/**
	 * Whether no nomination of the cycle waits for its eligibility decision (Boolean).
	 */
	public static final String ELIGIBILITY_SETTLED = "eligibilitySettled";

	/** Whether the cycle has at least one eligible nomination (Boolean). */
	public static final String ANY_ELIGIBLE = "anyEligible";

	/**
	 * Whether every eligible nomination's review ended with its result final (Boolean).
	 */
	public static final String RESULTS_FINAL = "resultsFinal";

	private CycleProcessNames() {
	}

}
