package org.learningcity.award.nomination;

import java.time.Instant;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * An application as others see it: ids, state and the last comment of the National
 * Commission. Ids are written as strings in JSON.
 *
 * @param id the application
 * @param cycleId the cycle
 * @param cityId the applying city
 * @param cityName its name
 * @param countryCode its country, ISO 3166-1 alpha-2 upper case
 * @param status where it stands
 * @param consentGiven whether the consent for the use of materials is complete
 * @param endorsementGiven whether the mayor's endorsement is complete
 * @param submittedAt when it was last submitted ({@code null} if never)
 * @param lastComment the last comment of the National Commission or the reason it was
 * closed ({@code null} if none)
 * @param version for optimistic locking
 */
public record ApplicationView(@JsonSerialize(using = ToStringSerializer.class) long id,
		@JsonSerialize(using = ToStringSerializer.class) long cycleId,
		@JsonSerialize(using = ToStringSerializer.class) long cityId, String cityName, String countryCode,
		ApplicationStatus status, boolean consentGiven, boolean endorsementGiven, Instant submittedAt,
		String lastComment, long version) {

	/** Whether the city may still change it. */
	public boolean editableByCity() {
		return this.status.editableByCity();
	}

}
