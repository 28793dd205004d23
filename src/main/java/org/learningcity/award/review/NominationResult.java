package org.learningcity.award.review;

import java.time.Instant;
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
 * @param measurements per measurement scored, its final-round scores, consensus, spread,
 * and whether the process found it divergent
 * @param focusAverages per area of focus ("2.1"), the mean consensus
 * @param blocks the same for the six building blocks (2.1–2.6) that were scored
 * @param overall the mean of all the consensus scores, empty without scores
 * @param alpha ordinal Krippendorff's alpha over the panel's final-round scores
 * @param severity per expert, the mean signed deviation of their first-round scores from
 * the consensus (for staff only)
 * @param history every round as scored, with each expert's justification (for staff
 * only): round 1 each expert's own scoring, round 2 the moderation round's entries
 * @param resolutions the staff's resolutions of a lasting divergence: their score is the
 * consensus of its measurement
 * @param comments the experts' overall comments on their rounds (for staff only)
 */
public record NominationResult(long nominationId, boolean isFinal, int rounds, List<String> experts,
		SortedMap<MeasurementCode, MeasurementResult> measurements, SortedMap<String, Double> focusAverages,
		SortedMap<String, Double> blocks, OptionalDouble overall, Alpha alpha, Map<String, Severity> severity,
		List<Round> history, List<Resolution> resolutions, List<Comment> comments) {

	public NominationResult {
		experts = List.copyOf(experts);
		measurements = Collections.unmodifiableSortedMap(measurements);
		focusAverages = Collections.unmodifiableSortedMap(focusAverages);
		blocks = Collections.unmodifiableSortedMap(blocks);
		severity = Collections.unmodifiableMap(severity);
		history = List.copyOf(history);
		resolutions = List.copyOf(resolutions);
		comments = List.copyOf(comments);
	}

	/** A result without rounds' history, resolutions or comments. */
	public NominationResult(long nominationId, boolean isFinal, int rounds, List<String> experts,
			SortedMap<MeasurementCode, MeasurementResult> measurements, SortedMap<String, Double> focusAverages,
			SortedMap<String, Double> blocks, OptionalDouble overall, Alpha alpha, Map<String, Severity> severity) {
		this(nominationId, isFinal, rounds, experts, measurements, focusAverages, blocks, overall, alpha, severity,
				List.of(), List.of(), List.of());
	}

	/** The staff's resolution of a measurement, if they resolved it. */
	public java.util.Optional<Resolution> resolution(MeasurementCode code) {
		return this.resolutions.stream().filter((r) -> r.code().equals(code)).reduce((a, b) -> b);
	}

	/**
	 * One round as scored.
	 *
	 * @param number 1 (each expert alone) or 2 (the moderation round)
	 * @param entries the round's entries, by measurement, in the experts' order
	 */
	public record Round(int number, SortedMap<MeasurementCode, List<Entry>> entries) {

		public Round {
			entries = Collections.unmodifiableSortedMap(entries);
		}

	}

	/**
	 * One expert's entry of a round.
	 *
	 * @param expert the expert's username
	 * @param score 1..5
	 * @param justification why
	 */
	public record Entry(String expert, int score, String justification) {
	}

	/**
	 * The staff's resolution of a measurement that stayed divergent after moderation.
	 *
	 * @param code the measurement
	 * @param score the final score staff set (the consensus)
	 * @param justification the staff's note on the measurement, if any
	 * @param rationale why, for the whole resolution
	 * @param resolvedBy who resolved it
	 * @param resolvedAt when
	 */
	public record Resolution(MeasurementCode code, int score, String justification, String rationale, String resolvedBy,
			Instant resolvedAt) {
	}

	/**
	 * An expert's overall comment on a round.
	 *
	 * @param expert the expert's username
	 * @param round the round
	 * @param body the comment
	 */
	public record Comment(String expert, int round, String body) {
	}

	/**
	 * One measurement's result.
	 *
	 * @param scores the final-round score of each expert (in the result's experts'
	 * order), {@code null} where an expert left it unscored
	 * @param consensus the consensus score (the median of the final round, or the staff's
	 * resolved score)
	 * @param spread the highest final-round score less the lowest
	 * @param resolved whether staff resolved it (their score is the consensus)
	 * @param divergent whether the review process found it divergent in the last round it
	 * decided (as recorded then, not evaluated again; {@code false} before the process
	 * decided)
	 */
	public record MeasurementResult(List<Integer> scores, double consensus, int spread, boolean resolved,
			boolean divergent) {

		public MeasurementResult {
			scores = Collections.unmodifiableList(new ArrayList<>(scores));
		}

		/** A measurement's result that the process did not find divergent. */
		public MeasurementResult(List<Integer> scores, double consensus, int spread, boolean resolved) {
			this(scores, consensus, spread, resolved, false);
		}

		/**
		 * A measurement's result that staff did not resolve and the process did not find
		 * divergent.
		 */
		public MeasurementResult(List<Integer> scores, double consensus, int spread) {
			this(scores, consensus, spread, false, false);
		}

	}

}
