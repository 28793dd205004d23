package org.learningcity.award.shortlist;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A shortlist UIL staff confirmed for a cycle.
 *
 * @param id the confirmation
 * @param cycleId the cycle
 * @param members the shortlisted nominations in rank order
 * @param rationale why staff confirmed this shortlist
 * @param confirmedBy the staff member's username
 * @param confirmedAt when
 */
public record ConfirmedShortlist(@JsonSerialize(using = ToStringSerializer.class) long id,
		@JsonSerialize(using = ToStringSerializer.class) long cycleId, List<Member> members, String rationale,
		String confirmedBy, Instant confirmedAt) {

	public ConfirmedShortlist {
		members = List.copyOf(members);
	}

	/** The shortlisted nominations' ids in rank order. */
	@JsonProperty("nominationIds")
	@JsonSerialize(contentUsing = ToStringSerializer.class)
	public List<Long> nominationIds() {
		return this.members.stream().map(Member::nominationId).toList();
	}

	/**
	 * A shortlisted nomination.
	 *
	 * @param nominationId the nomination
	 * @param rank its rank in the cycle's ranking at confirmation time
	 * @param overall its overall score then
	 * @param reasonCode the message key of the reason shown at confirmation time
	 * @param reasonText that reason in English
	 */
	public record Member(@JsonSerialize(using = ToStringSerializer.class) long nominationId, int rank, double overall,
			String reasonCode, String reasonText) {

	}

}
