package org.learningcity.award.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The experts' reviews of nominations, and the steps of the review process they take:
 * each step changes the review and moves the expert's task of the process in one
 * transaction. No access checks: callers check that the expert is the caller.
 */
public interface Reviews {

	/** The expert's current review of the nomination, if invited. */
	Optional<ReviewView> find(long nominationId, String username);

	/** Every review of the nomination (replaced ones too), oldest first. */
	List<ReviewView> ofNomination(long nominationId);

	/**
	 * Accepts the invitation.
	 * @throws org.learningcity.award.support.NotFoundException if the expert is not
	 * invited
	 * @throws org.learningcity.award.support.RuleViolationException if the invitation is
	 * answered already or the expert was replaced
	 */
	ReviewView accept(long nominationId, String username);

	/**
	 * Declines the invitation: a reserve is invited instead.
	 * @throws org.learningcity.award.support.InvalidInputException ({@code reason})
	 * without a reason
	 */
	ReviewView decline(long nominationId, String username, String reason, boolean conflict);

	/**
	 * Saves a draft of the scores (entries may be incomplete, but a score given must be
	 * 1..5).
	 */
	ReviewView saveDraft(long nominationId, String username, Map<String, ScoreInput> scores);

	/**
	 * Submits the scores: every expert-review measurement scored 1..5 with a
	 * justification.
	 * @throws org.learningcity.award.support.InvalidInputException with one error per
	 * field ({@code scores.<code>.score}, {@code scores.<code>.justification})
	 */
	ReviewView submit(long nominationId, String username, Map<String, ScoreInput> scores);

	/**
	 * Submits the scores with the expert's overall comment (optional, shown to staff).
	 */
	ReviewView submit(long nominationId, String username, Map<String, ScoreInput> scores, String comment);

	/** The expert's overall comment on a round (1: scoring, 2: moderation), if any. */
	Optional<String> comment(long nominationId, String username, int round);

	/**
	 * The measurements the moderation round revisits: those on which the panel's
	 * first-round scores diverge, as the review process decided and recorded it (empty
	 * before it decided). Reads only: the decision is not evaluated again.
	 */
	java.util.SortedSet<String> divergentMeasurements(long nominationId);

	/**
	 * Saves a draft of the expert's moderation round (entries may be incomplete; a score
	 * given must be 1..5; only divergent measurements). It counts only once submitted.
	 * @throws org.learningcity.award.support.RuleViolationException if the expert has no
	 * moderation to do
	 */
	ReviewView saveModerationDraft(long nominationId, String username, Map<String, ScoreInput> scores, String comment);

	/** The expert's draft of the moderation round, by measurement. */
	Map<String, ScoreInput> moderationDraft(long nominationId, String username);

	/**
	 * The expert's moderation round: revised or confirmed scores of the divergent
	 * measurements, each with a comment.
	 */
	default ReviewView moderate(long nominationId, String username, Map<String, ScoreInput> scores) {
		return moderate(nominationId, username, scores, null);
	}

	/**
	 * The expert's moderation round: for every divergent measurement (and only those) a
	 * score 1..5, revised or confirmed, with a comment (its justification).
	 * @throws org.learningcity.award.support.InvalidInputException with one error per
	 * field ({@code scores.<code>.score}, {@code scores.<code>.justification},
	 * {@code scores.<code>} for a measurement that is not divergent)
	 */
	ReviewView moderate(long nominationId, String username, Map<String, ScoreInput> scores, String comment);

}
