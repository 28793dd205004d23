package org.learningcity.award.network;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A member city of the GNLC. Its coordinator's account is {@code city-<slug>}.
 *
 * @param id the city's id (a string in JSON: ids are opaque)
 * @param name its name as the city writes it ({@code Ybycuí})
 * @param slug lower-case ASCII with hyphens ({@code ybycui}), see {@link Slugs}
 * @param countryCode ISO 3166-1 alpha-2, upper case
 * @param region the code of its UNESCO region
 * @param memberSince the day it joined the GNLC
 */
public record CityView(@JsonFormat(shape = JsonFormat.Shape.STRING) long id, String name, String slug,
		String countryCode, String region, LocalDate memberSince) {

}
