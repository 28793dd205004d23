package org.learningcity.award.consensus.internal;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;

/**
 * Evaluates the DMN decision {@code processes/PanelAgreement.dmn} for one measurement:
 * with the engine's deployed version ({@link DeployedAgreementDecision}) or with the
 * standalone DMN engine reading the file from the class path
 * ({@link StandaloneAgreementDecision}).
 */
public interface AgreementDecision {

	/** The decision's key: the id of the decision and the file's name. */
	String DECISION_KEY = "PanelAgreement";

	/** The classpath resource of the decision. */
	String RESOURCE = "processes/PanelAgreement.dmn";

	/** Input: the spread (highest − lowest) of a measurement's scores. */
	String SPREAD = "spread";

	/** Input: the cycle's divergence threshold. */
	String DIVERGENCE_THRESHOLD = "divergenceThreshold";

	/** Output: whether the measurement is divergent. */
	String DIVERGENT = "divergent";

	/**
	 * Whether a measurement with this spread is divergent under this threshold.
	 * @throws IllegalStateException if no rule decides (e.g. a threshold outside 1..4)
	 */
	boolean divergent(int spread, int divergenceThreshold);

	/** The variables of one evaluation. */
	static Map<String, Object> variables(int spread, int divergenceThreshold) {
		return Map.of(SPREAD, spread, DIVERGENCE_THRESHOLD, divergenceThreshold);
	}

	/** The output of one evaluation, or a clear error if no rule matched. */
	static boolean divergent(DmnDecisionResult result, int spread, int divergenceThreshold) {
		if (result.isEmpty() || result.getSingleResult().getEntry(DIVERGENT) == null) {
			throw new IllegalStateException("The decision " + DECISION_KEY + " has no rule for a spread of " + spread
					+ " with a divergence threshold of " + divergenceThreshold + " (the threshold must be 1..4).");
		}
		return result.getSingleResult().<Boolean>getEntry(DIVERGENT);
	}

}
