package org.learningcity.award.catalog;

import java.util.List;

/**
 * A possible measurement of a key feature.
 *
 * @param code e.g. {@code 2.1.4.a}
 * @param featureCode e.g. {@code 2.1.4}
 * @param name the short name, e.g. "Support for disadvantaged groups"
 * @param definition what is measured, in the words of the Key Features
 * @param source where the figure or judgement comes from
 * @param scale whether it is judged on the scale 5 Excellent ... 1 Poor
 * @param unit the unit of the figure ({@code %}, {@code US$}, {@code years} ...), or
 * {@code null} for a judgement on the scale
 * @param breakdowns the parts the figure is reported by (empty when one figure)
 */
public record Measurement(MeasurementCode code, String featureCode, String name, String definition, Source source,
		boolean scale, String unit, List<Breakdown> breakdowns) {

	public Measurement {
		breakdowns = List.copyOf(breakdowns);
	}

	/** Whether experts score it (and it has a rubric). */
	public boolean isExpertReview() {
		return this.source == Source.EXPERT_REVIEW;
	}

}
