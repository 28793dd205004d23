package org.learningcity.award.review;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SortedMap;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.consensus.Severity;

/**
 * The result of one nomination's expert review.
 *
 * @param nominationId the nomination
 * @param isFinal whether every panel member has submitted (otherwise a partial result)
 * @param rounds the rounds scored: 0 (no scores yet), 1, or 2 (with a moderation round)
 * @param experts the experts whose submitted scores count, in the order of
 * {@link MeasurementResult#scores()}
 * @param measurements per measurement scored, its final-round scores, consensus and
 * spread
 * @param focusAverages per area of focus ("2.1"), the mean consensus
 * @param blocks the same for the six building blocks (2.1–2.6) that were scored
 * @param overall the mean of all the consensus scores, empty without scores
 * @param alpha ordinal Krippendorff's alpha over the panel's final-round scores
 * @param severity per expert, the mean signed deviation of their first-round scores from
 * the consensus (for staff only)
 */
public record NominationResult(long nominationId, boolean isFinal, int rounds, List<String> experts,
		SortedMap<MeasurementCode, MeasurementResult> measurements, SortedMap<String, Double> focusAverages,
		SortedMap<String, Double> blocks, OptionalDouble overall, Alpha alpha, Map<String, Severity> severity) {

	public NominationResult {
		experts = List.copyOf(experts);
		measurements = Collections.unmodifiableSortedMap(measurements);
		focusAverages = Collections.unmodifiableSortedMap(focusAverages);
		blocks = Collections.unmodifiableSortedMap(blocks);
		severity = Collections.unmodifiableMap(severity);
	}

	/**
	 * One measurement's result.
	 *
	 * @param scores the final-round score of each expert (in the result's experts'
	 * order), {@code null} where an expert left it unscored
	 * @param consensus the consensus score (the median of the final round)
	 * @param spread the highest final-round score less the lowest
	 */
	public record MeasurementResult(List<Integer> scores, double consensus, int spread) {

		public MeasurementResult {
			scores = Collections.unmodifiableList(new ArrayList<>(scores));
		}

	}

}
