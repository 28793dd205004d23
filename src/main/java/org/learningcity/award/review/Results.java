package org.learningcity.award.review;

/**
 * The result of a nomination's expert review, computed from the submitted reviews' scores
 * with the consensus rules ({@link org.learningcity.award.consensus.Consensus}). No
 * access checks: callers check the role.
 */
public interface Results {

	/**
	 * The nomination's result so far: partial (not {@link NominationResult#isFinal()
	 * final}) until every panel member has submitted; empty when no one has.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such
	 * nomination
	 */
	NominationResult of(long nominationId);

}
