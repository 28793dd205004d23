package org.learningcity.award.shortlist;

import java.util.Collections;
import java.util.SortedMap;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A reviewed nomination in its cycle's ranking. The ranking orders by overall score, then
 * by the median of the building-block averages, then by city name, then by nomination id
 * (so the order is deterministic), but nominations with the same overall score and the
 * same median share a {@link #rank()} and are marked {@link #tied()}: ties are shown, not
 * hidden.
 *
 * @param nominationId the nomination
 * @param cityId its city
 * @param cityName the city's name
 * @param countryCode the country, ISO 3166-1 alpha-2 upper case
 * @param region the code of the UNESCO region
 * @param position the place in the ranking (1, 2, 3, ... without gaps or repeats)
 * @param rank the rank: the position of the first nomination it ties with (1, 2, 2, 4)
 * @param tied whether another nomination has the same overall score and block median
 * @param overall the overall score (mean of the consensus scores, 1..5)
 * @param blocks per building block ("2.1".."2.6") the mean consensus score
 * @param blockMedian the median of the block averages (the first tie-break)
 * @param alpha Krippendorff's alpha of the panel, {@code null} when undefined
 * @param rounds the rounds scored (1, or 2 with a moderation round)
 */
public record RankedNomination(@JsonSerialize(using = ToStringSerializer.class) long nominationId,
		@JsonSerialize(using = ToStringSerializer.class) long cityId, String cityName, String countryCode,
		String region, int position, int rank, boolean tied, double overall, SortedMap<String, Double> blocks,
		double blockMedian, Double alpha, int rounds) {

	public RankedNomination {
		blocks = Collections.unmodifiableSortedMap(blocks);
	}

}
