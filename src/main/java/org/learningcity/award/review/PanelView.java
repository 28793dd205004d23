package org.learningcity.award.review;

import java.time.Instant;
import java.util.List;

/**
 * One nomination's review panel.
 *
 * @param nominationId the nomination
 * @param cycleId its cycle
 * @param cityId the nominated city
 * @param cityName its name
 * @param countryCode its country
 * @param experts the panel, in order
 * @param reserves who steps in when a panel expert declines, best first
 * @param formedAt when the panel was formed
 * @param formedBy who formed it
 */
public record PanelView(long nominationId, long cycleId, long cityId, String cityName, String countryCode,
		List<PanelMember> experts, List<PanelMember> reserves, Instant formedAt, String formedBy) {

	public PanelView {
		experts = List.copyOf(experts);
		reserves = List.copyOf(reserves);
	}

	/** The experts' usernames, in order. */
	public List<String> expertUsernames() {
		return this.experts.stream().map(PanelMember::username).toList();
	}

	/** The reserves' usernames, in order. */
	public List<String> reserveUsernames() {
		return this.reserves.stream().map(PanelMember::username).toList();
	}

	/**
	 * An expert on a panel or among its reserves.
	 *
	 * @param username the expert's account
	 * @param displayName the expert's name
	 * @param countryCode the expert's country
	 */
	public record PanelMember(String username, String displayName, String countryCode) {

	}

}
