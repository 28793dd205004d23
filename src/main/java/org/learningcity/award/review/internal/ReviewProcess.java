package org.learningcity.award.review.internal;

/**
 * The review process ({@code processes/ReviewProcess.bpmn}): its key, the ids of the
 * elements code and tests refer to, and the variables. One instance per nomination
 * (business key: the nomination's id); variables hold ids, usernames and ISO-8601 texts.
 */
public final class ReviewProcess {

	public static final String KEY = "ReviewProcess";

	public static final String START = "StartEvent_PanelFormed";

	public static final String SUBPROCESS_REVIEW = "SubProcess_ExpertReview";

	public static final String TASK_INVITE = "Task_InviteExpert";

	public static final String TASK_ANSWER_INVITATION = "Task_AnswerInvitation";

	public static final String TIMER_INVITATION_RESPONSE = "Timer_InvitationResponse";

	public static final String GATEWAY_ACCEPTED = "Gateway_InvitationAccepted";

	public static final String TASK_BRING_IN_RESERVE = "Task_BringInReserve";

	public static final String TASK_OPEN_SCORING = "Task_OpenScoring";

	/** Caught on Task_BringInReserve when the panel has no reserve left. */
	public static final String ERROR_NO_RESERVE_LEFT = "NoReserveLeft";

	public static final String BOUNDARY_NO_RESERVE_LEFT = "BoundaryEvent_NoReserveLeft";

	/** Staff name an expert when no reserve is left ({@code FIND_EXPERT}). */
	public static final String TASK_FIND_EXPERT = "Task_FindExpert";

	public static final String TASK_SCORE_REPORT = "Task_ScoreReport";

	public static final String TIMER_REVIEW_REMINDER = "Timer_ReviewReminder";

	public static final String TASK_REMIND_EXPERT = "Task_RemindExpert";

	public static final String END_EXPERT_REMINDED = "EndEvent_ExpertReminded";

	public static final String END_REVIEW_SUBMITTED = "EndEvent_ReviewSubmitted";

	public static final String TIMER_REVIEW_DEADLINE = "Timer_ReviewDeadline";

	public static final String TASK_HANDLE_OVERDUE = "Task_HandleOverdueReview";

	public static final String GATEWAY_OVERDUE_DECISION = "Gateway_OverdueDecision";

	public static final String TASK_DECIDE_AGREEMENT = "Task_DecideAgreement";

	public static final String GATEWAY_PANEL_AGREES = "Gateway_PanelAgrees";

	public static final String TASK_MODERATE_SCORES = "Task_ModerateScores";

	public static final String TASK_RESOLVE_DIVERGENCE = "Task_ResolveDivergence";

	public static final String END_RESULT_FINAL = "EndEvent_ResultFinal";

	// --- variables

	public static final String NOMINATION_ID = "nominationId";

	public static final String CYCLE_ID = "cycleId";

	/** The panel's experts as formed, comma-separated (the multi-instance collection). */
	public static final String EXPERTS = "experts";

	/** One multi-instance's expert; a reserve replaces it in its instance. */
	public static final String EXPERT = "expert";

	/** The cycle's invitationResponse, ISO-8601. */
	public static final String INVITATION_RESPONSE = "invitationResponse";

	/** The staff's decision on an overdue review: {@link OverdueDecision}. */
	public static final String OVERDUE_DECISION = "overdueDecision";

	/**
	 * How long staff extend an overdue review from now, ISO-8601 (the cycle's
	 * reviewDuration when empty); local to one expert's review.
	 */
	public static final String EXTEND_BY = "extendBy";

	/** Whether the moderation round is done. */
	public static final String MODERATED = "moderated";

	/** The cycle's divergence threshold (1..4). */
	public static final String DIVERGENCE_THRESHOLD = "divergenceThreshold";

	/** The cycle's reviewDuration, ISO-8601. */
	public static final String REVIEW_DURATION = "reviewDuration";

	/** The cycle's reminderBefore, comma-separated ISO-8601 durations. */
	public static final String REMINDER_BEFORE = "reminderBefore";

	/** Whether the panel's latest scores diverge. */
	public static final String DIVERGENT = "divergent";

	/** The experts who submitted, comma-separated (the moderation's collection). */
	public static final String PANEL = "panel";

	/** The moderation round's expert. */
	public static final String MODERATOR = "moderator";

	/** The cycle's moderationDuration, ISO-8601. */
	public static final String MODERATION_DURATION = "moderationDuration";

	/** What staff decide about an overdue review. */
	public enum OverdueDecision {

		EXTEND, REASSIGN

	}

	private ReviewProcess() {
	}

}
