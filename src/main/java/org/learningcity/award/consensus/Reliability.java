package org.learningcity.award.consensus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.internal.KrippendorffAlpha;

/**
 * Inter-rater reliability of the panels: Krippendorff's alpha, computed as in
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability" (coincidence matrix
 * of the pairable values; missing values are simply absent). For the Award a unit is one
 * measurement of one nomination and the coders are the experts, so the metric is
 * {@link Metric#ORDINAL ordinal}. Pass the panel's independent scores (the first round):
 * the moderation round brings scores together on purpose.
 */
public final class Reliability {

	private Reliability() {
	}

	/**
	 * Alpha of reliability data given unit by unit: each unit is the collection of values
	 * the coders gave it, {@code null} standing for a missing value (a coder who did not
	 * code the unit may also simply be left out). Units with fewer than two values are
	 * not pairable and are ignored.
	 */
	public static Alpha alpha(Metric metric, Collection<? extends Collection<Integer>> units) {
		return KrippendorffAlpha.compute(metric, units);
	}

	/**
	 * Alpha of reliability data in their canonical form, one row per coder and one column
	 * per unit; {@code null} is a missing value. Rows may have different lengths (a
	 * missing tail is missing values).
	 */
	public static Alpha ofCoders(Metric metric, List<? extends List<Integer>> coderRows) {
		int units = coderRows.stream().mapToInt(List::size).max().orElse(0);
		List<List<Integer>> byUnit = new ArrayList<>();
		for (int unit = 0; unit < units; unit++) {
			List<Integer> values = new ArrayList<>();
			for (List<Integer> row : coderRows) {
				values.add((unit < row.size()) ? row.get(unit) : null);
			}
			byUnit.add(values);
		}
		return alpha(metric, byUnit);
	}

	/** Ordinal alpha of one panel: the units are the measurements. */
	public static Alpha ofPanel(PanelScores scores) {
		return ofPanels(List.of(scores));
	}

	/**
	 * Ordinal alpha of many panels together, e.g. a whole cycle: the units are the
	 * measurements of every nomination.
	 */
	public static Alpha ofPanels(Collection<PanelScores> panels) {
		List<List<Integer>> units = new ArrayList<>();
		for (PanelScores panel : panels) {
			for (MeasurementCode code : panel.measurements()) {
				units.add(panel.scores(code).stream().map(Score::value).toList());
			}
		}
		return alpha(Metric.ORDINAL, units);
	}

}
