package org.learningcity.award.catalog;

/**
 * A new text for one level of a rubric.
 *
 * @param level the level, 1 to 5
 * @param description the new text (required, at most {@value RubricLevel#MAX_DESCRIPTION}
 * characters)
 * @param version the version of the level the change was made on
 */
public record RubricChange(Integer level, String description, Long version) {
}
