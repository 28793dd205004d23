package org.learningcity.award.catalog;

/**
 * One of the twelve areas of focus, e.g. {@code 2.1} "Promoting inclusive learning in the
 * education system".
 */
public record Focus(String code, String title) {
}
