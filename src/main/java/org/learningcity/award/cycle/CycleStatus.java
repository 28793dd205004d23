package org.learningcity.award.cycle;

import java.util.Optional;

/** Where an Award cycle stands. A cycle moves forward one step at a time, never back. */
public enum CycleStatus {

	/** Being prepared by UIL staff: every setting may change. */
	DRAFT,
	/** The call is open: cities apply, National Commissions nominate. */
	OPEN,
	/** Experts review the nominations. */
	REVIEW,
	/** UIL staff prepare the shortlist. */
	SHORTLISTING,
	/** The jury deliberates. */
	JURY,
	/** The awardees are decided and public. */
	DECIDED,
	/** Archived. */
	CLOSED;

	/** The status that follows this one, if any. */
	public Optional<CycleStatus> next() {
		CycleStatus[] all = values();
		return (ordinal() + 1 < all.length) ? Optional.of(all[ordinal() + 1]) : Optional.empty();
	}

}
