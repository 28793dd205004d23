package org.learningcity.award.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The review panels of eligible nominations: formed for a whole cycle at once by the
 * assignment, read, and changed by hand by UIL staff. Conflicts of interest and the
 * experts' maximum loads hold both ways. Reads without access checks: callers check who
 * may see what (panels are for staff only: experts review blind).
 */
public interface Panels {

	/**
	 * Forms the panels of every eligible nomination of the cycle that has none yet, in
	 * one go: either all of them are stored or none. Publishes {@link PanelFormed} per
	 * panel.
	 * @return the panels formed now
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 * @throws org.learningcity.award.support.RuleViolationException
	 * ({@code review.panels-formed}) if every eligible nomination has a panel already, or
	 * ({@code review.no-eligible}) if there is no eligible nomination
	 * @throws org.learningcity.award.support.InvalidInputException if some nominations
	 * cannot be staffed: one error per nomination, saying why
	 */
	List<PanelView> formAll(long cycleId);

	/** The nomination's panel, if it has one. */
	Optional<PanelView> find(long nominationId);

	/**
	 * The nomination's panel.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such
	 * nomination or it has no panel
	 */
	PanelView panel(long nominationId);

	/** The panels of a cycle. */
	List<PanelView> inCycle(long cycleId);

	/** How many panels each expert sits on in the cycle (reserves do not count). */
	Map<String, Integer> loads(long cycleId);

	/**
	 * Changes a panel by hand (or forms one by hand for an eligible nomination without
	 * one): exactly the cycle's panel size, experts only, no conflict of interest, no
	 * expert over their maximum load. Audited with the panel before and after.
	 * @param experts the panel's experts, by username
	 * @param reserves its reserves in order, by username
	 * @throws org.learningcity.award.support.NotFoundException if there is no such
	 * nomination
	 * @throws org.learningcity.award.support.InvalidInputException naming each expert who
	 * may not sit on the panel, and why
	 * @throws org.learningcity.award.support.RuleViolationException
	 * ({@code review.not-eligible}) if the nomination is not eligible
	 */
	PanelView replace(long nominationId, List<String> experts, List<String> reserves);

}
