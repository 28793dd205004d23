package org.learningcity.award.nomination;

/** Where a nomination stands once its National Commission has forwarded it to UIL. */
public enum NominationStatus {

	/** Nominated; UIL's eligibility check is under way. */
	NOMINATED,
	/** Meets the rules of the cycle: handed to expert review. */
	ELIGIBLE,
	/** Does not meet the rules of the cycle, for the reason recorded. Final. */
	INELIGIBLE,
	/** Reviewed and on the cycle's confirmed shortlist: with the jury. */
	SHORTLISTED,
	/** Chosen by the jury: an awardee of the cycle. Final. */
	AWARDED;

	/** Whether the jury may see the nomination (its dossier, its result). */
	public boolean isBeforeTheJury() {
		return this == SHORTLISTED || this == AWARDED;
	}

}
