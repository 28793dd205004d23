package org.learningcity.award.jury.internal;

/**
 * The jury process ({@code processes/JuryProcess.bpmn}): its key, the ids of the elements
 * code and tests refer to, and the variables. One instance per cycle (business key: the
 * cycle's id); variables hold ids and usernames, the votes live in the jury tables.
 */
public final class JuryProcess {

	public static final String KEY = "JuryProcess";

	public static final String START = "StartEvent_JuryConvened";

	public static final String TASK_SEAT_JURY = "Task_SeatJury";

	public static final String SUBPROCESS_JUROR_VOTE = "SubProcess_JurorVote";

	public static final String START_JUROR_SEATED = "StartEvent_JurorSeated";

	public static final String TASK_JURY_VOTE = "Task_JuryVote";

	public static final String TIMER_VOTE_REMINDER = "Timer_VoteReminder";

	public static final String TASK_REMIND_JUROR = "Task_RemindJuror";

	public static final String END_JUROR_REMINDED = "EndEvent_JurorReminded";

	public static final String TIMER_VOTE_DEADLINE = "Timer_VoteDeadline";

	public static final String TASK_CLOSE_VOTE = "Task_CloseVote";

	public static final String END_VOTE_CLOSED = "EndEvent_VoteClosed";

	public static final String END_VOTE_CAST = "EndEvent_VoteCast";

	public static final String TASK_FINALIZE_DECISION = "Task_FinalizeDecision";

	public static final String END_DECISION_RECORDED = "EndEvent_DecisionRecorded";

	// --- variables

	/** The cycle (Long): the input of the process. */
	public static final String CYCLE_ID = "cycleId";

	/** The seated jurors, comma-separated (the multi-instance collection). */
	public static final String JURORS = "jurors";

	/** One multi-instance's juror. */
	public static final String JUROR = "juror";

	private JuryProcess() {
	}

}
