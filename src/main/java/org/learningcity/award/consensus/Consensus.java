package org.learningcity.award.consensus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

import org.learningcity.award.catalog.MeasurementCode;

/**
 * The consensus rules, as pure functions of a panel's scores.
 * <ul>
 * <li><b>Consensus</b> of a measurement: the {@link #median median} of the final round's
 * scores; with an even number of scores, the mean of the two middle ones (3 and 4 give
 * 3.5), so that a tie neither favours nor penalises the city. Where staff resolved a
 * lasting divergence, their score is the consensus. (Message key {@value #RULE_KEY}
 * states the rule on the result page.)</li>
 * <li><b>Spread</b>: the highest score less the lowest.</li>
 * <li><b>Averages</b>: per area of focus (the first two parts of the measurement code,
 * "2.1"), the mean of its measurements' consensus; the six building blocks are the areas
 * of focus 2.1–2.6; the <b>overall score</b> is the mean of all (normally 18) consensus
 * scores, not of the area averages.</li>
 * <li><b>Severity</b> of an expert: the mean signed deviation of their scores from the
 * consensus.</li>
 * </ul>
 */
public final class Consensus {

	/** The message key that states the consensus rule on the result page. */
	public static final String RULE_KEY = "consensus.rule";

	/**
	 * The codes of the six building blocks of a learning city (areas of focus 2.1–2.6).
	 */
	public static final List<String> BUILDING_BLOCKS = List.of("2.1", "2.2", "2.3", "2.4", "2.5", "2.6");

	private Consensus() {
	}

	/**
	 * The median of the scores: the middle score of an odd number, the mean of the two
	 * middle scores of an even number (so a multiple of 0.5).
	 * @throws IllegalArgumentException if there are no scores
	 */
	public static double median(Collection<Score> scores) {
		List<Score> sorted = sorted(scores);
		int size = sorted.size();
		if (size % 2 == 1) {
			return sorted.get(size / 2).value();
		}
		return (sorted.get(size / 2 - 1).value() + sorted.get(size / 2).value()) / 2.0;
	}

	/**
	 * The highest score less the lowest; 0 for a single score.
	 * @throws IllegalArgumentException if there are no scores
	 */
	public static int spread(Collection<Score> scores) {
		List<Score> sorted = sorted(scores);
		return sorted.get(sorted.size() - 1).value() - sorted.get(0).value();
	}

	/** The consensus of each measurement someone scored in the final round. */
	public static SortedMap<MeasurementCode, Double> consensus(PanelScores finalRound) {
		return consensus(finalRound, Map.of());
	}

	/**
	 * The consensus of each measurement: the staff's score where they resolved a lasting
	 * divergence, else the median of the final round's scores.
	 */
	public static SortedMap<MeasurementCode, Double> consensus(PanelScores finalRound,
			Map<MeasurementCode, Score> resolutions) {
		SortedMap<MeasurementCode, Double> consensus = new TreeMap<>();
		finalRound.byMeasurement().forEach((code, scores) -> consensus.put(code, median(scores)));
		resolutions.forEach((code, score) -> consensus.put(code, (double) score.value()));
		return Collections.unmodifiableSortedMap(consensus);
	}

	/** The spread of each measurement someone scored. */
	public static SortedMap<MeasurementCode, Integer> spreads(PanelScores round) {
		SortedMap<MeasurementCode, Integer> spreads = new TreeMap<>();
		round.byMeasurement().forEach((code, scores) -> spreads.put(code, spread(scores)));
		return Collections.unmodifiableSortedMap(spreads);
	}

	/** The code of a measurement's area of focus: {@code 2.1} for {@code 2.1.4.b}. */
	public static String focusCode(MeasurementCode code) {
		String feature = code.featureCode();
		return feature.substring(0, feature.lastIndexOf('.'));
	}

	/**
	 * The mean consensus of each area of focus that has a measurement here, in the
	 * framework's order (1.1 ... 3.3).
	 */
	public static SortedMap<String, Double> focusAverages(Map<MeasurementCode, Double> consensus) {
		Map<String, List<Double>> byFocus = new LinkedHashMap<>();
		consensus.forEach((code, value) -> byFocus.computeIfAbsent(focusCode(code), f -> new ArrayList<>()).add(value));
		SortedMap<String, Double> averages = new TreeMap<>(Consensus::compareFocusCodes);
		byFocus.forEach((focus, values) -> averages.put(focus, mean(values).getAsDouble()));
		return Collections.unmodifiableSortedMap(averages);
	}

	/**
	 * The mean consensus of each of the six building blocks (areas of focus 2.1–2.6) that
	 * has a measurement here. (In the current catalogue 2.4 has no expert-review
	 * measurement, so it has no average.)
	 */
	public static SortedMap<String, Double> buildingBlockAverages(Map<MeasurementCode, Double> consensus) {
		SortedMap<String, Double> averages = new TreeMap<>(focusAverages(consensus));
		averages.keySet().retainAll(BUILDING_BLOCKS);
		return Collections.unmodifiableSortedMap(averages);
	}

	/**
	 * The overall score: the mean of all the consensus scores, empty if there are none.
	 */
	public static OptionalDouble overall(Map<MeasurementCode, Double> consensus) {
		return mean(consensus.values());
	}

	/**
	 * Each expert's severity: the mean of (their score − the consensus) over the
	 * measurements they scored that have a consensus. Experts with no such score are left
	 * out.
	 */
	public static Map<String, Severity> severity(PanelScores scores, Map<MeasurementCode, Double> consensus) {
		Map<String, Severity> severity = new LinkedHashMap<>();
		scores.byExpert().forEach((expert, byCode) -> {
			List<Double> deviations = new ArrayList<>();
			byCode.forEach((code, score) -> {
				Double agreed = consensus.get(code);
				if (agreed != null) {
					deviations.add(score.value() - agreed);
				}
			});
			if (!deviations.isEmpty()) {
				severity.put(expert, new Severity(mean(deviations).getAsDouble(), deviations.size()));
			}
		});
		return Collections.unmodifiableMap(severity);
	}

	/** The result of a panel that had no moderation round and no resolution. */
	public static PanelResult result(PanelScores scores) {
		return result(scores, scores, Map.of());
	}

	/**
	 * The result of a panel.
	 * @param independent the first round, each expert scoring alone (for severity and
	 * reliability)
	 * @param finalRound the scores after moderation (the first round revised by the
	 * moderation round, see {@link PanelScores#revisedBy})
	 * @param resolutions the staff's scores for divergences that moderation did not
	 * settle
	 */
	public static PanelResult result(PanelScores independent, PanelScores finalRound,
			Map<MeasurementCode, Score> resolutions) {
		Objects.requireNonNull(independent, "independent");
		SortedMap<MeasurementCode, Double> consensus = consensus(finalRound, resolutions);
		return new PanelResult(consensus, spreads(finalRound), focusAverages(consensus),
				buildingBlockAverages(consensus), overall(consensus), severity(independent, consensus),
				Reliability.ofPanel(independent));
	}

	private static List<Score> sorted(Collection<Score> scores) {
		if (scores.isEmpty()) {
			throw new IllegalArgumentException("There are no scores.");
		}
		List<Score> sorted = new ArrayList<>(scores);
		Collections.sort(sorted);
		return sorted;
	}

	private static OptionalDouble mean(Collection<Double> values) {
		return values.stream().mapToDouble(Double::doubleValue).average();
	}

	private static int compareFocusCodes(String a, String b) {
		String[] mine = a.split("\\.");
		String[] theirs = b.split("\\.");
		int order = Integer.compare(Integer.parseInt(mine[0]), Integer.parseInt(theirs[0]));
		return (order != 0) ? order : Integer.compare(Integer.parseInt(mine[1]), Integer.parseInt(theirs[1]));
	}

}
