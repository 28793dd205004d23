package org.learningcity.award.nomination;

/**
 * UIL found a nomination eligible (by the rules of its cycle or by a staff member's
 * decision): it may go to expert review. Published in the transaction that records the
 * decision.
 */
public record NominationEligible(long nominationId) {
}
