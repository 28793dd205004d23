package org.learningcity.award.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each virtual expert scores: panels agree (spread at most 1) unless their
 * nomination is one of the disagreeing share, where the first expert of the panel scores
 * the first measurement 1 and the others 4 (spread 3, over the threshold of 2), so that a
 * moderation round runs; in moderation every expert settles on 4, so it resolves, except
 * in the persisting share, where the first expert keeps 1: staff then resolve the
 * divergence ({@code RESOLVE_DIVERGENCE}).
 */
final class ScorePlan {

	private final Map<Long, List<String>> panels;

	private final Set<Long> disagreeing;

	private final Set<Long> persisting;

	private final List<String> codes;

	ScorePlan(Map<Long, List<String>> panels, Set<Long> disagreeing, Set<Long> persisting, List<String> codes) {
		this.panels = panels;
		this.disagreeing = disagreeing;
		this.persisting = persisting;
		this.codes = codes;
	}

	int persistingPanels() {
		return this.persisting.size();
	}

	List<String> codes() {
		return this.codes;
	}

	boolean disagrees(long nomination) {
		return this.disagreeing.contains(nomination);
	}

	int disagreeingPanels() {
		return this.disagreeing.size();
	}

	int score(long nomination, String expert, int measurement) {
		int position = Math.max(0, this.panels.getOrDefault(nomination, List.of()).indexOf(expert));
		if (measurement == 0 && this.disagreeing.contains(nomination)) {
			return (position == 0) ? 1 : 4;
		}
		int base = 3 + (int) ((nomination + measurement) % 2);
		return ((position + measurement) % 2 == 0) ? base : base - 1;
	}

	private int moderated(long nomination, String expert, int measurement) {
		int position = Math.max(0, this.panels.getOrDefault(nomination, List.of()).indexOf(expert));
		return (measurement == 0 && position == 0 && this.persisting.contains(nomination)) ? 1 : 4;
	}

	/**
	 * {"<code>": {score, justification}} for the first {@code count} measurements; in
	 * moderation only for the divergent one (the first).
	 */
	Map<String, Map<String, Object>> scores(long nomination, String expert, int count, boolean moderation) {
		Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
		int measurements = moderation ? 1 : Math.min(count, this.codes.size());
		for (int i = 0; i < measurements; i++) {
			int score = moderation ? moderated(nomination, expert, i) : score(nomination, expert, i);
			scores.put(this.codes.get(i), Map.of("score", score, "justification", justification(score, i)));
		}
		return scores;
	}

	private static String justification(int score, int measurement) {
		return switch (score) {
			case 5 -> "Outstanding, well-documented practice with measured outcomes across the whole city (m"
					+ measurement + ").";
			case 4 -> "Strong programme with clear evidence of reach and results; some districts still to follow (m"
					+ measurement + ").";
			case 3 -> "Good intentions and several pilots, but the evidence of outcomes is partial and uneven (m"
					+ measurement + ").";
			case 2 -> "Activities are listed but the report gives little evidence of participation or results (m"
					+ measurement + ").";
			default ->
				"The narrative does not show how this measurement is addressed in practice (m" + measurement + ").";
		};
	}

}
