package org.learningcity.award.review.internal;

import java.util.List;
import java.util.SortedSet;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.PanelAgreement;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.Nominations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a panel agrees on its stored scores (the DMN decision PanelAgreement). Not
 * read-only: each evaluation of the decision writes the engine's decision history, which
 * PostgreSQL refuses in a read-only transaction (a moderation task's page answered 500
 * there; H2 does not enforce read-only).
 */
@Service
@Transactional
class AgreementService {

	private final ReviewScoreStore scores;

	private final PanelAgreement agreement;

	private final Nominations nominations;

	private final Cycles cycles;

	AgreementService(ReviewScoreStore scores, PanelAgreement agreement, Nominations nominations, Cycles cycles) {
		this.scores = scores;
		this.agreement = agreement;
		this.nominations = nominations;
		this.cycles = cycles;
	}

	Decision decide(long nominationId, int round, int divergenceThreshold) {
		PanelScores latest = this.scores.upToRound(nominationId, round);
		boolean divergent = !this.agreement.divergentMeasurements(latest, divergenceThreshold).isEmpty();
		return new Decision(divergent, latest.experts());
	}

	/**
	 * The measurements on which the panel's scores up to this round diverge, with the
	 * threshold of the nomination's cycle: after round 1 those the moderation round
	 * revisits, after round 2 those staff resolve.
	 */
	SortedSet<MeasurementCode> divergent(long nominationId, int round) {
		int threshold = this.cycles.settings(this.nominations.get(nominationId).cycleId()).divergenceThreshold();
		return this.agreement.divergentMeasurements(this.scores.upToRound(nominationId, round), threshold);
	}

	/** Whether the panel diverges, and who is on it (who submitted). */
	record Decision(boolean divergent, List<String> panel) {

	}

}
