package org.learningcity.award.consensus;

import java.util.OptionalDouble;

/**
 * Krippendorff's alpha of some reliability data: 1 is perfect agreement, 0 agreement no
 * better than chance, below 0 systematic disagreement. Krippendorff's advice: rely on
 * data with α ≥ 0.800, draw tentative conclusions from 0.667 ≤ α &lt; 0.800.
 *
 * @param metric the difference function used
 * @param value α, empty when the data cannot tell (see {@link #status})
 * @param status whether α is defined, and if not why
 * @param pairableUnits the units with at least two values
 * @param pairableValues n, the values in those units (missing values and lone values of a
 * unit do not count)
 * @param observedDisagreement D<sub>o</sub>
 * @param expectedDisagreement D<sub>e</sub>, the disagreement expected by chance
 */
public record Alpha(Metric metric, OptionalDouble value, Status status, int pairableUnits, int pairableValues,
		double observedDisagreement, double expectedDisagreement) {

	/** Whether alpha could be computed. */
	public enum Status {

		/** α = 1 − D<sub>o</sub>/D<sub>e</sub>. */
		DEFINED,

		/** No unit has two values: nothing can be compared (α is undefined). */
		NO_PAIRABLE_VALUES,

		/**
		 * Every pairable value is the same: the coders agree, but the data have no
		 * variation to tell agreement from chance (D<sub>e</sub> = 0, α is undefined).
		 */
		NO_VARIATION;

		/** The key of this status's explanation in {@code messages/consensus}. */
		public String messageKey() {
			return "consensus.alpha.status." + name();
		}

	}

	/** Whether {@link #value()} is present. */
	public boolean isDefined() {
		return this.status == Status.DEFINED;
	}

	/** α, or {@link Double#NaN} when it is undefined. */
	public double valueOrNaN() {
		return this.value.orElse(Double.NaN);
	}

}
