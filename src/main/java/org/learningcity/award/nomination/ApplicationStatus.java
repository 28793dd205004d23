package org.learningcity.award.nomination;

/**
 * Where a city's application stands. {@code DRAFT} and {@code RETURNED} are editable by
 * the city; every other state is read-only for it.
 */
public enum ApplicationStatus {

	/** The city is writing it. */
	DRAFT,
	/** Sent to the National Commission, waiting for its review. */
	SUBMITTED,
	/**
	 * Sent back by the National Commission for revision, with a comment: editable again.
	 */
	RETURNED,
	/** Declined by the National Commission, with a comment. Final. */
	DECLINED,
	/** Nominated by the National Commission and forwarded to UIL. */
	NOMINATED,
	/**
	 * Not submitted before the application deadline, or not reviewed before the
	 * nomination deadline.
	 */
	CLOSED;

	public boolean editableByCity() {
		return this == DRAFT || this == RETURNED;
	}

}
