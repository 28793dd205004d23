package org.learningcity.award.cycle;

/**
 * An Award cycle moved from one status to the next (every move, opening included).
 */
public record CycleStatusChanged(long cycleId, CycleStatus from, CycleStatus to) {
}
