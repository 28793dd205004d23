package org.learningcity.award.review.internal;

import java.util.List;

/**
 * The experts of one nomination's panel and its reserves.
 *
 * @param nominationId the nomination
 * @param experts the panel, exactly the panel size, by username
 * @param reserves who steps in when a panel member declines or stays silent, best first;
 * fewer than asked when no more conflict-free expert has room left
 * @param preferenceCost the penalties of the soft preferences this panel pays
 */
public record AssignedPanel(long nominationId, List<String> experts, List<String> reserves, long preferenceCost) {

	public AssignedPanel {
		experts = List.copyOf(experts);
		reserves = List.copyOf(reserves);
	}

}
