package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.consensus.Severity;

/**
 * The inter-rater reliability of a whole cycle, for staff: Krippendorff's alpha (ordinal,
 * missing values allowed) over the final-round scores of every panel (a unit is one
 * measurement of one nomination, the coders are the experts), and each expert's severity
 * across the cycle (the mean signed deviation of their own first-round scores from the
 * panel's consensus, over every score they gave), so that lenient and harsh experts
 * become visible.
 *
 * @param cycleId the cycle
 * @param alpha alpha over the final-round scores of every scored panel
 * @param panels how many panels have submitted scores
 * @param experts each expert's severity, the most lenient first
 */
public record CycleReliability(long cycleId, Alpha alpha, int panels, List<ExpertSeverity> experts) {

	/** A severity from this far from 0 (half a point on the 1–5 scale) is flagged. */
	static final double NOTABLE = 0.5;

	/**
	 * One submitted score of a cycle.
	 *
	 * @param nominationId the nomination
	 * @param expert the expert's username
	 * @param round 1 for the expert's own scoring, 2 for the moderation round
	 * @param measurement the measurement's code
	 * @param score 1..5
	 */
	record ScoreRow(long nominationId, String expert, int round, String measurement, int score) {
	}

	/**
	 * Aggregates a cycle's submitted scores: per nomination, the first round and the
	 * final round (the first revised by the moderation round where there was one), then
	 * alpha over all final rounds and each expert's severity combined over their panels.
	 */
	static CycleReliability of(long cycleId, List<ScoreRow> rows) {
		Map<Long, List<ScoreRow>> byNomination = new TreeMap<>();
		rows.forEach(row -> byNomination.computeIfAbsent(row.nominationId(), k -> new ArrayList<>()).add(row));
		List<PanelScores> finals = new ArrayList<>();
		List<Map<String, Severity>> severities = new ArrayList<>();
		Map<String, Integer> panelsOf = new TreeMap<>();
		byNomination.forEach((nomination, scores) -> {
			PanelScores first = upToRound(scores, 1);
			PanelScores finalRound = upToRound(scores, Integer.MAX_VALUE);
			finals.add(finalRound);
			severities.add(Consensus.severity(first, Consensus.consensus(finalRound)));
			finalRound.experts().forEach(expert -> panelsOf.merge(expert, 1, Integer::sum));
		});
		List<ExpertSeverity> experts = new ArrayList<>();
		Severity.combine(severities)
			.forEach((expert, severity) -> experts.add(new ExpertSeverity(expert, severity.meanDeviation(),
					severity.scores(), panelsOf.getOrDefault(expert, 0))));
		experts.sort(Comparator.comparingDouble(ExpertSeverity::severity)
			.reversed()
			.thenComparing(ExpertSeverity::username));
		return new CycleReliability(cycleId, Reliability.ofPanels(finals), byNomination.size(), List.copyOf(experts));
	}

	private static PanelScores upToRound(List<ScoreRow> rows, int round) {
		PanelScores.Builder builder = PanelScores.builder();
		rows.stream()
			.filter(row -> row.round() <= round)
			.sorted(Comparator.comparingInt(ScoreRow::round))
			.forEach(row -> builder.score(row.expert(), row.measurement(), row.score()));
		return builder.build();
	}

	/** The experts whose severity is notable, by username. */
	Map<String, Leaning> flagged() {
		Map<String, Leaning> flagged = new LinkedHashMap<>();
		this.experts.stream()
			.filter(e -> e.leaning() != Leaning.IN_LINE)
			.forEach(e -> flagged.put(e.username(), e.leaning()));
		return flagged;
	}

	/** How an expert scores compared with their panels. */
	public enum Leaning {

		/** Half a point or more above the consensus on average. */
		LENIENT,

		/** Within half a point of the consensus on average. */
		IN_LINE,

		/** Half a point or more below the consensus on average. */
		HARSH

	}

	/**
	 * One expert's severity across the cycle.
	 *
	 * @param username the expert
	 * @param severity the mean of (own first-round score − consensus)
	 * @param scores how many scores it is the mean of (n)
	 * @param panels on how many panels of the cycle they submitted
	 */
	public record ExpertSeverity(String username, double severity, int scores, int panels) {

		public Leaning leaning() {
			if (this.severity >= NOTABLE) {
				return Leaning.LENIENT;
			}
			if (this.severity <= -NOTABLE) {
				return Leaning.HARSH;
			}
			return Leaning.IN_LINE;
		}

	}

}
