package org.learningcity.award.cycle;

/**
 * The call of an Award cycle was opened: cities may now apply. Published after the
 * cycle's status became {@link CycleStatus#OPEN}, in the same transaction.
 */
public record CycleOpened(long cycleId) {
}
