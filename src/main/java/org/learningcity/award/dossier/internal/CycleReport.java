package org.learningcity.award.dossier.internal;

import java.time.OffsetDateTime;
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
 * @param shortlist the shortlist, once there is one: the confirmed one (with its
 * rationale, who and when), else the nominations SHORTLISTED or AWARDED
 * @param decision the decision, once decided: the jury's (statement, awardees with their
 * public tally), else the nominations AWARDED
 */
record CycleReport(Cycle cycle, Map<String, Long> applications, Map<String, Long> nominations, int panels,
		int finalResults, List<Ranked> ranking, List<RegionStats> regions, DistributionChart chart,
		List<Agreement> reliability, Alpha cycleAlpha, Optional<Shortlist> shortlist, Optional<Decision> decision) {

	/**
	 * The cycle's shortlist.
	 *
	 * @param members the shortlisted nominations in rank order
	 * @param confirmed whether staff confirmed it (else it is read from the nominations'
	 * statuses and has no rationale)
	 * @param rationale why staff confirmed it
	 * @param confirmedBy who confirmed it
	 * @param confirmedAt when
	 */
	record Shortlist(List<ShortlistMember> members, boolean confirmed, String rationale, String confirmedBy,
			OffsetDateTime confirmedAt) {

	}

	/**
	 * A shortlisted nomination.
	 *
	 * @param rank its rank (at confirmation time, when confirmed)
	 * @param cityName the city
	 * @param countryCode its country
	 * @param overall its overall score (at confirmation time, when confirmed)
	 * @param reason why it is on the shortlist ({@code null} if not confirmed)
	 */
	record ShortlistMember(int rank, String cityName, String countryCode, double overall, String reason) {

	}

	/**
	 * The cycle's decision.
	 *
	 * @param awardees the awardees in the order the jury gave
	 * @param recorded whether the jury recorded it (else it is read from the nominations'
	 * statuses and has no statement or tally)
	 * @param statement the jury's statement
	 * @param decidedBy who finalized it
	 * @param decidedAt when
	 * @param jurors how many jurors sat
	 * @param votesCast how many voted
	 */
	record Decision(List<Awardee> awardees, boolean recorded, String statement, String decidedBy,
			OffsetDateTime decidedAt, int jurors, int votesCast) {

	}

	/**
	 * An awardee and its votes: the public tally ({@code null} counts when the decision
	 * is not the jury's record).
	 */
	record Awardee(String cityName, String countryCode, Integer forVotes, Integer against, Integer abstain,
			Integer recused) {

	}

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
