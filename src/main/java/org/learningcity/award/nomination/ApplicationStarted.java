package org.learningcity.award.nomination;

/** A city started its application in a cycle: the nomination process begins. */
public record ApplicationStarted(long applicationId, long cycleId, long cityId) {
}
