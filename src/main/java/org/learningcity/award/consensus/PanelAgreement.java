package org.learningcity.award.consensus;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.internal.AgreementDecision;
import org.learningcity.award.consensus.internal.StandaloneAgreementDecision;

import org.springframework.stereotype.Service;

/**
 * Whether a panel agrees: the DMN decision {@code processes/PanelAgreement.dmn},
 * evaluated with a measurement's spread (highest − lowest score) and the cycle's
 * divergence threshold. A measurement whose spread reaches the threshold is divergent. As
 * a Spring bean it evaluates the decision deployed in the process engine;
 * {@link #standalone()} reads the file with the standalone DMN engine instead.
 */
@Service
public class PanelAgreement {

	/** The key of the DMN decision (and the name of its file). */
	public static final String DECISION_KEY = AgreementDecision.DECISION_KEY;

	private final AgreementDecision decision;

	public PanelAgreement(AgreementDecision decision) {
		this.decision = decision;
	}

	/** The rules evaluated by the standalone DMN engine, without a process engine. */
	public static PanelAgreement standalone() {
		return new PanelAgreement(StandaloneAgreementDecision.fromClasspath());
	}

	/**
	 * Whether a measurement with this spread is divergent.
	 * @throws IllegalStateException if no rule decides (a threshold outside 1..4)
	 */
	public boolean isDivergent(int spread, int divergenceThreshold) {
		return this.decision.divergent(spread, divergenceThreshold);
	}

	/**
	 * The divergent measurements of a round of scores, in the framework's order. A
	 * measurement scored by one expert only has a spread of 0.
	 */
	public SortedSet<MeasurementCode> divergentMeasurements(PanelScores round, int divergenceThreshold) {
		return divergentMeasurements(round.byMeasurement(), divergenceThreshold);
	}

	/**
	 * The divergent measurements among these (measurement → its scores), in the
	 * framework's order; measurements without scores are skipped. The decision is
	 * evaluated once per distinct spread present (spreads are 0..4, so at most five
	 * evaluations, usually one or two), not once per measurement: the same answer, and
	 * the engine's decision history keeps one evaluation per spread.
	 */
	public SortedSet<MeasurementCode> divergentMeasurements(Map<MeasurementCode, ? extends Collection<Score>> scores,
			int divergenceThreshold) {
		Map<Integer, Boolean> bySpread = new HashMap<>();
		SortedSet<MeasurementCode> divergent = new TreeSet<>();
		scores.forEach((code, values) -> {
			if (!values.isEmpty() && bySpread.computeIfAbsent(Consensus.spread(values),
					(spread) -> isDivergent(spread, divergenceThreshold))) {
				divergent.add(code);
			}
		});
		return Collections.unmodifiableSortedSet(divergent);
	}

}
