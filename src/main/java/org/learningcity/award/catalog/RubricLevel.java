package org.learningcity.award.catalog;

import java.time.Instant;

/**
 * What evidence earns one level of the scale for one expert-review measurement.
 *
 * @param measurement the measurement scored
 * @param level 5 Excellent, 4 Very good, 3 Good, 2 Fair or 1 Poor
 * @param description the evidence that earns this level
 * @param version for optimistic locking: send it back when changing the text
 * @param updatedAt when staff last changed the text ({@code null} if never)
 * @param updatedBy who last changed it ({@code null} if never)
 */
public record RubricLevel(MeasurementCode measurement, int level, String description, long version, Instant updatedAt,
		String updatedBy) {

	/** The lowest level of the scale. */
	public static final int POOR = 1;

	/** The highest level of the scale. */
	public static final int EXCELLENT = 5;

	/** The longest description a level may have. */
	public static final int MAX_DESCRIPTION = 2000;

	/** The English name of a level: 5 Excellent, 4 Very good, 3 Good, 2 Fair, 1 Poor. */
	public static String label(int level) {
		return switch (level) {
			case 5 -> "Excellent";
			case 4 -> "Very good";
			case 3 -> "Good";
			case 2 -> "Fair";
			case 1 -> "Poor";
			default -> throw new IllegalArgumentException("A level of the scale is 1 to 5, not " + level + ".");
		};
	}

	public String label() {
		return label(this.level);
	}

}
