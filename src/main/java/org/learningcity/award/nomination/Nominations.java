package org.learningcity.award.nomination;

import java.util.List;
import java.util.Optional;

/**
 * The nominations National Commissions forwarded to UIL, and UIL's eligibility decisions
 * on them. Reads without access checks: callers check who may see what.
 */
public interface Nominations {

	Optional<NominationView> find(long id);

	/**
	 * The nomination.
	 * @throws org.learningcity.award.support.NotFoundException if there is none
	 */
	NominationView get(long id);

	/** The nomination of an application, if it was nominated. */
	Optional<NominationView> forApplication(long applicationId);

	/** The nominations of a cycle, by country and slot. */
	List<NominationView> inCycle(long cycleId);

	/**
	 * Records a UIL staff member's eligibility decision where the rules could not decide,
	 * with the reason, and lets the process go on.
	 * @throws org.learningcity.award.support.InvalidInputException if the reason is
	 * missing or too long
	 * @throws org.learningcity.award.support.RuleViolationException if the nomination
	 * does not wait for a person's decision
	 */
	NominationView decideEligibility(long id, boolean eligible, String reason);

	/**
	 * Puts exactly these nominations of the cycle on the shortlist (ELIGIBLE →
	 * SHORTLISTED); any other nomination of the cycle on it goes back to ELIGIBLE.
	 * Audited.
	 * @throws org.learningcity.award.support.RuleViolationException
	 * ({@code nomination.not-shortlistable}) if one of them is not an eligible (or
	 * shortlisted) nomination of the cycle; nothing changes then
	 */
	void markShortlisted(long cycleId, java.util.Collection<Long> nominationIds);

	/**
	 * Records the jury's awardees (SHORTLISTED → AWARDED). Audited.
	 * @throws org.learningcity.award.support.RuleViolationException
	 * ({@code nomination.not-awardable}) if one of them is not a shortlisted nomination
	 * of the cycle; nothing changes then
	 */
	void markAwarded(long cycleId, java.util.Collection<Long> nominationIds);

}
