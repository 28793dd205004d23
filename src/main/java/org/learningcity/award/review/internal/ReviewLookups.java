package org.learningcity.award.review.internal;

import java.util.Optional;

/**
 * Looks a review up by its natural id (nomination, username) through the persistence
 * context: the process's expressions and delegates ask for the same review several times
 * in one transaction (the gateway after the invitation, the scoring's due date, its
 * reminder and deadline timers), and only the first lookup reads the row.
 */
interface ReviewLookups {

	/**
	 * The review: the instance loaded already in this transaction without SQL (and
	 * without flushing), else read by its natural id.
	 */
	Optional<Review> loaded(long nominationId, String username);

}
