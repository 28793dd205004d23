package org.learningcity.award.catalog;

/**
 * A part a statistic is reported by, e.g. {@code FEMALE} "Female" or
 * {@code COMMUNITY_LEARNING_SPACES} "Community learning spaces".
 */
public record Breakdown(String code, String label) {
}
