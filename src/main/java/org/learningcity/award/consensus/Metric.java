package org.learningcity.award.consensus;

/**
 * The level of measurement of the values whose agreement Krippendorff's alpha measures:
 * it decides how far apart two different values are (the difference function δ²).
 */
public enum Metric {

	/** Values are names: two values differ (δ² = 1) or not (δ² = 0). */
	NOMINAL,

	/**
	 * Values are ranks: the distance between c and k grows with how many values the
	 * coders used between them, δ²(c,k) = (Σ<sub>g=c..k</sub> n<sub>g</sub> −
	 * (n<sub>c</sub> + n<sub>k</sub>)/2)². The metric of the Award's 1–5 scores.
	 */
	ORDINAL,

	/** Values are on an interval scale: δ²(c,k) = (c − k)². */
	INTERVAL

}
