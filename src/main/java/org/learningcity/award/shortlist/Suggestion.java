package org.learningcity.award.shortlist;

import java.util.List;

import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A suggested shortlist of a cycle with the reason for every inclusion and exclusion.
 *
 * @param cycleId the cycle
 * @param nominationIds the suggested nominations in rank order
 * @param entries every ranked nomination, in ranking order, with whether it is in and why
 * @param notes what the suggestion says about the cycle as a whole (fewer qualified
 * nominations than places, more regions than places, ...)
 * @param size the cycle's shortlist size
 * @param perCountry the cycle's limit per country
 * @param minimumScore the cycle's minimum overall score
 */
public record Suggestion(@JsonSerialize(using = ToStringSerializer.class) long cycleId,
		@JsonSerialize(contentUsing = ToStringSerializer.class) List<Long> nominationIds, List<Entry> entries,
		List<Reason> notes, int size, int perCountry, double minimumScore) {

	public Suggestion {
		nominationIds = List.copyOf(nominationIds);
		entries = List.copyOf(entries);
		notes = List.copyOf(notes);
	}

	/**
	 * One ranked nomination in the suggestion.
	 *
	 * @param nomination the nomination as ranked
	 * @param included whether it is on the suggested shortlist
	 * @param reason why it is in or out
	 */
	public record Entry(RankedNomination nomination, boolean included, Reason reason) {

	}

}
