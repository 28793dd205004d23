package org.learningcity.award.network;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A country's National Commission for UNESCO, which nominates its cities for the Award.
 *
 * @param id its id (a string in JSON)
 * @param countryCode ISO 3166-1 alpha-2, upper case
 * @param name its official name
 * @param email where the Award writes to it, if known
 */
public record NationalCommissionView(@JsonFormat(shape = JsonFormat.Shape.STRING) long id, String countryCode,
		String name, String email) {

}
