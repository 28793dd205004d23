package org.learningcity.award.consensus;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * How lenient or harsh an expert scores: the mean signed deviation of their scores from
 * the consensus. Positive: the expert scores above the panel (lenient); negative: below
 * (harsh); near 0: in line.
 *
 * @param meanDeviation the mean of (score − consensus) over the scores counted
 * @param scores how many scores were counted
 */
public record Severity(double meanDeviation, int scores) {

	public Severity {
		if (scores < 1) {
			throw new IllegalArgumentException("A severity needs at least one score, not " + scores + ".");
		}
	}

	/**
	 * This severity together with another of the same expert (e.g. from another panel):
	 * the mean over all their scores.
	 */
	public Severity plus(Severity other) {
		int total = this.scores + other.scores;
		return new Severity((this.meanDeviation * this.scores + other.meanDeviation * other.scores) / total, total);
	}

	/**
	 * The severities of experts over many panels (e.g. a whole cycle): each expert's mean
	 * over all the scores they gave.
	 */
	public static Map<String, Severity> combine(Collection<? extends Map<String, Severity>> panels) {
		Map<String, Severity> combined = new TreeMap<>();
		panels.forEach(panel -> panel.forEach((expert, severity) -> combined.merge(expert, severity, Severity::plus)));
		return combined;
	}

}
