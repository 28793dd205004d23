package org.learningcity.award.dossier.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.cycle.Cycle;

/**
 * The PDF report of a cycle for UIL staff.
 *
 * @param cycle the cycle with its rules
 * @param applications how many applications are in each status (every status listed)
 * @param nominations how many nominations are in each status (every status listed)
 * @param panels how many panels were formed
 * @param finalResults how many nominations have a final result
 * @param ranking the scored nominations, best first
 * @param regions per UNESCO region, the distribution of the overall scores
 * @param chart the same as a chart
 * @param reliability per scored nomination, the agreement figures
 * @param cycleAlpha Krippendorff's alpha over every panel's final round together
 * @param shortlist the shortlist, once there is one
 * @param decision the awardees, once decided
 */
record CycleReport(Cycle cycle, Map<String, Long> applications, Map<String, Long> nominations, int panels,
		int finalResults, List<Ranked> ranking, List<RegionStats> regions, DistributionChart chart,
		List<Agreement> reliability, Alpha cycleAlpha, Optional<List<Ranked>> shortlist,
		Optional<List<Ranked>> decision) {

	/**
	 * A scored nomination in the ranking.
	 *
	 * @param rank its place (tied scores share a place)
	 * @param scores the nomination with its result
	 */
	record Ranked(int rank, NominationScores scores) {

	}

	/**
	 * The overall scores of one region.
	 *
	 * @param region the region's code
	 * @param count how many nominations were scored
	 * @param min the lowest ({@code null} if none)
	 * @param median the median
	 * @param mean the mean
	 * @param max the highest
	 */
	record RegionStats(String region, int count, Double min, Double median, Double mean, Double max) {

	}

	/**
	 * The agreement of one panel.
	 *
	 * @param scores the nomination with its result
	 * @param divergent how many measurements stayed divergent in the final round
	 */
	record Agreement(NominationScores scores, int divergent) {

	}

}
