package org.learningcity.award.consensus.internal;

import org.camunda.bpm.engine.DecisionService;

import org.springframework.stereotype.Component;

/**
 * The agreement decision as deployed in the process engine: its latest version, so that a
 * changed table deployed by staff takes effect, and each evaluation is kept in the
 * engine's history (visible in Cockpit).
 */
@Component
class DeployedAgreementDecision implements AgreementDecision {

	private final DecisionService decisions;

	DeployedAgreementDecision(DecisionService decisions) {
		this.decisions = decisions;
	}

	@Override
	public boolean divergent(int spread, int divergenceThreshold) {
		return AgreementDecision.divergent(this.decisions.evaluateDecisionByKey(DECISION_KEY)
			.variables(AgreementDecision.variables(spread, divergenceThreshold))
			.evaluate(), spread, divergenceThreshold);
	}

}
