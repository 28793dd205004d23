package org.learningcity.award.cycle;

import java.time.OffsetDateTime;

/**
 * The deadlines of an open cycle were extended. Published in the transaction that stores
 * them, so that the processes' timers move with them.
 *
 * @param cycleId the cycle
 * @param applicationDeadline its application deadline now
 * @param nominationDeadline its nomination deadline now
 */
public record CycleDeadlinesChanged(long cycleId, OffsetDateTime applicationDeadline,
		OffsetDateTime nominationDeadline) {
}
