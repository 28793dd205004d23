package org.learningcity.award.review;

/** Where one expert's review of one nomination stands. */
public enum ReviewStatus {

	/** Invited, no answer yet. */
	INVITED,
	/** The expert accepted and has not saved scores yet. */
	ACCEPTED,
	/** The expert declined (with a reason, perhaps declaring a conflict of interest). */
	DECLINED,
	/** The expert saved a draft. */
	DRAFTED,
	/** The expert submitted the scores: read-only from now on. */
	SUBMITTED,
	/** A reserve took the expert's place. */
	REPLACED

}
