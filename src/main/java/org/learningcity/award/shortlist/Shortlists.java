package org.learningcity.award.shortlist;

import java.util.List;
import java.util.Optional;

/**
 * A cycle's ranking, its suggested shortlist and its confirmed shortlist. Reads without
 * access checks: callers check who may see what.
 */
public interface Shortlists {

	/**
	 * The cycle's latest confirmed shortlist, if staff confirmed one (every confirmation
	 * is kept; the latest counts).
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	Optional<ConfirmedShortlist> confirmed(long cycleId);

	/**
	 * Every nomination of the cycle with a final review result, best first (ties share a
	 * rank, see {@link RankedNomination}).
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	List<RankedNomination> ranking(long cycleId);

	/**
	 * The suggested shortlist: it keeps the cycle's limits exactly (size, per country,
	 * every region with a qualified candidate represented, minimum score) with the
	 * highest total of overall scores, and says why each nomination is in or out.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	Suggestion suggestion(long cycleId);

}
