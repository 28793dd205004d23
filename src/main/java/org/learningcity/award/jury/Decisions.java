package org.learningcity.award.jury;

import java.util.Optional;

/**
 * The jury's decisions and the tally of its votes. Reads without access checks: callers
 * check who may see what (the decision is public once the cycle is DECIDED).
 */
public interface Decisions {

	/** The cycle's recorded decision, if the jury has decided. */
	Optional<Decision> of(long cycleId);

	/** The tally of the cycle's jury votes as they stand now. */
	Tally tally(long cycleId);

}
