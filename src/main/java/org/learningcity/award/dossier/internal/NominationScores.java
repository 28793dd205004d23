package org.learningcity.award.dossier.internal;

import java.util.List;

import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult;

/**
 * One nomination of a cycle with its review result: a row of the CSV export and of the
 * cycle report.
 *
 * @param nomination the nomination
 * @param countryName its country's English name
 * @param result its result (empty when not reviewed)
 */
record NominationScores(NominationView nomination, String countryName, NominationResult result) {

	/** The experts' accounts in the order of the result's scores. */
	public List<String> expertAccounts() {
		return this.result.experts();
	}

	/** Whether it has an overall score. */
	public boolean scored() {
		return this.result.overall().isPresent();
	}

	/** The overall score, or NaN. */
	public double overall() {
		return this.result.overall().orElse(Double.NaN);
	}

	/**
	 * The final-round scores as the consensus module takes them (for the cycle's alpha).
	 */
	public PanelScores finalRound() {
		PanelScores.Builder builder = PanelScores.builder();
		this.result.measurements().forEach((code, m) -> {
			for (int i = 0; i < m.scores().size(); i++) {
				Integer score = m.scores().get(i);
				if (score != null) {
					builder.score(this.result.experts().get(i), code.value(), score);
				}
			}
		});
		return builder.build();
	}

}
