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
	 * The expert's moderation round: revised or confirmed scores of the divergent
	 * measurements, each with a comment.
	 */
	ReviewView moderate(long nominationId, String username, Map<String, ScoreInput> scores);

}
