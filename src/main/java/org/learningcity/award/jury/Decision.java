package org.learningcity.award.jury;

import java.time.Instant;
import java.util.List;

/**
 * The jury's decision of a cycle.
 *
 * @param cycleId the cycle
 * @param awardeeNominationIds the nominations chosen, in the order given
 * @param statement the jury's statement
 * @param tally the tally as it stood when the decision was finalized
 * @param decidedBy who finalized it (the chair or a staff member)
 * @param decidedAt when
 * @param announcedAt when the result was announced, {@code null} before
 */
public record Decision(long cycleId, List<Long> awardeeNominationIds, String statement, Tally tally, String decidedBy,
		Instant decidedAt, Instant announcedAt) {

	public Decision {
		awardeeNominationIds = List.copyOf(awardeeNominationIds);
	}

	public boolean isAwardee(long nominationId) {
		return this.awardeeNominationIds.contains(nominationId);
	}

}
