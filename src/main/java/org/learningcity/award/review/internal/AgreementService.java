package org.learningcity.award.review.internal;

import java.util.List;

import org.learningcity.award.consensus.PanelAgreement;
import org.learningcity.award.consensus.PanelScores;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Whether a panel agrees on its stored scores (the DMN decision PanelAgreement). */
@Service
@Transactional(readOnly = true)
class AgreementService {

	private final ReviewScoreStore scores;

	private final PanelAgreement agreement;

	AgreementService(ReviewScoreStore scores, PanelAgreement agreement) {
		this.scores = scores;
		this.agreement = agreement;
	}

	Decision decide(long nominationId, int round, int divergenceThreshold) {
		PanelScores latest = this.scores.upToRound(nominationId, round);
		boolean divergent = !this.agreement.divergentMeasurements(latest, divergenceThreshold).isEmpty();
		return new Decision(divergent, latest.experts());
	}

	/** Whether the panel diverges, and who is on it (who submitted). */
	record Decision(boolean divergent, List<String> panel) {

	}

}
