package org.learningcity.award.consensus;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

import org.learningcity.award.catalog.MeasurementCode;

/**
 * The result of one panel's review of one nomination, made by
 * {@link Consensus#result(PanelScores, PanelScores, Map)}.
 *
 * @param consensus per measurement, the consensus score (see {@link Consensus#median})
 * @param spreads per measurement, the spread (max − min) of the final round's scores
 * @param focusAverages per area of focus ("2.1"), the mean of its measurements' consensus
 * @param buildingBlocks the same for the six building blocks (areas of focus 2.1–2.6)
 * that have a scored measurement
 * @param overall the mean of all the consensus scores, empty if there are none
 * @param severity per expert, the mean signed deviation of their independent (first
 * round) scores from the consensus
 * @param reliability ordinal Krippendorff's alpha of the independent scores
 */
public record PanelResult(SortedMap<MeasurementCode, Double> consensus, SortedMap<MeasurementCode, Integer> spreads,
		SortedMap<String, Double> focusAverages, SortedMap<String, Double> buildingBlocks, OptionalDouble overall,
		Map<String, Severity> severity, Alpha reliability) {

}
