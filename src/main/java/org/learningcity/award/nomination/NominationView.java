package org.learningcity.award.nomination;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A nomination: an application its National Commission forwarded to UIL, within the
 * cycle's quota. Ids are written as strings in JSON.
 *
 * @param id the nomination
 * @param applicationId the application nominated
 * @param cycleId the cycle
 * @param cityId the city
 * @param cityName its name
 * @param countryCode its country, ISO 3166-1 alpha-2 upper case
 * @param region the code of its UNESCO region
 * @param slot which of the country's places in the cycle it takes (1..quota)
 * @param status where it stands
 * @param endorsement the National Commission's endorsement note
 * @param eligibilityReason why it is (in)eligible, or why the rules could not decide
 * @param eligibilityDecidedBy who decided: {@code system} for the rules, else the staff
 * member
 * @param eligibilityDecidedAt when
 * @param nominatedBy the National Commission's account that nominated it
 * @param nominatedAt when
 */
public record NominationView(@JsonSerialize(using = ToStringSerializer.class) long id,
		@JsonSerialize(using = ToStringSerializer.class) long applicationId,
		@JsonSerialize(using = ToStringSerializer.class) long cycleId,
		@JsonSerialize(using = ToStringSerializer.class) long cityId, String cityName, String countryCode,
		String region, int slot, NominationStatus status, String endorsement, String eligibilityReason,
		String eligibilityDecidedBy, Instant eligibilityDecidedAt, String nominatedBy, Instant nominatedAt) {

}
