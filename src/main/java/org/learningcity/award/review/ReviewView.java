package org.learningcity.award.review;

import java.time.Instant;
import java.util.Map;

/**
 * One expert's review of one nomination.
 *
 * @param id the review
 * @param nominationId the nomination
 * @param username the expert
 * @param status where it stands
 * @param dueAt when the scores are due (once accepted)
 * @param declinedReason why the expert declined, if so
 * @param conflictDeclared whether the expert declared a conflict of interest
 * @param submittedAt when the scores were submitted
 * @param scores the latest round's entries by measurement code
 */
public record ReviewView(long id, long nominationId, String username, ReviewStatus status, Instant dueAt,
		String declinedReason, boolean conflictDeclared, Instant submittedAt, Map<String, ScoreInput> scores) {

	public ReviewView {
		scores = Map.copyOf(scores);
	}

}
