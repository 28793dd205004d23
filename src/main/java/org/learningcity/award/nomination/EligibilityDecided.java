package org.learningcity.award.nomination;

/**
 * UIL decided a nomination's eligibility, either way (by the rules of its cycle or by a
 * staff member). Published in the transaction that records the decision.
 *
 * @param nominationId the nomination
 * @param cycleId its cycle
 * @param status {@link NominationStatus#ELIGIBLE} or {@link NominationStatus#INELIGIBLE}
 */
public record EligibilityDecided(long nominationId, long cycleId, NominationStatus status) {
}
