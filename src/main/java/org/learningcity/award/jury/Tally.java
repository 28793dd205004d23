package org.learningcity.award.jury;

import java.util.List;

/**
 * The count of the jury's votes: per shortlisted city (most FOR votes first), the jurors
 * who have not voted, those whose vote the deadline closed, and the ties.
 *
 * @param cities per shortlisted city, its votes
 * @param jurors every seated juror
 * @param notVoted the seated jurors whose vote is still open
 * @param closedUnfinished the jurors whose vote the deadline closed unfinished
 * @param ties groups of two or more cities with the same FOR and AGAINST counts, shown so
 * that the jury breaks them itself (never broken silently)
 */
public record Tally(List<CityTally> cities, List<String> jurors, List<String> notVoted, List<String> closedUnfinished,
		List<List<Long>> ties) {

	public Tally {
		cities = List.copyOf(cities);
		jurors = List.copyOf(jurors);
		notVoted = List.copyOf(notVoted);
		closedUnfinished = List.copyOf(closedUnfinished);
		ties = ties.stream().map(List::copyOf).toList();
	}

	/** Whether every seated juror has voted or had the vote closed by the deadline. */
	public boolean complete() {
		return this.notVoted.isEmpty();
	}

	/**
	 * One shortlisted city's votes.
	 *
	 * @param nominationId the nomination
	 * @param cityId its city
	 * @param cityName the city's name
	 * @param countryCode its country
	 * @param region its UNESCO region
	 * @param forVotes how many voted FOR
	 * @param against how many voted AGAINST
	 * @param abstain how many abstained
	 * @param recused how many recused
	 * @param tied whether it ties with another city
	 */
	public record CityTally(long nominationId, long cityId, String cityName, String countryCode, String region,
			int forVotes, int against, int abstain, int recused, boolean tied) {

		/** FOR less AGAINST. */
		public int margin() {
			return this.forVotes - this.against;
		}

	}

}
