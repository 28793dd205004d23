package org.learningcity.award.nomination;

/** A city sent its complete application to its National Commission. */
public record ApplicationSubmitted(long applicationId) {
}
