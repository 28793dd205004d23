package org.learningcity.award.consensus;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.internal.AgreementDecision;
import org.learningcity.award.consensus.internal.StandaloneAgreementDecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The agreement service over a panel's scores, with the standalone DMN engine. */
class PanelAgreementTests {

	private static final PanelAgreement AGREEMENT = PanelAgreement.standalone();

	private static final MeasurementCode M1 = MeasurementCode.of("1.3.3.a");

	private static final MeasurementCode M2 = MeasurementCode.of("2.1.4.a");

	private static final MeasurementCode M3 = MeasurementCode.of("3.3.5.a");

	@Test
	void theMeasurementsWhoseSpreadReachesTheThresholdAreDivergent() {
		PanelScores round = PanelScores.builder()
			.score("ana", "1.3.3.a", 4)
			.score("ben", "1.3.3.a", 5)
			.score("chi", "1.3.3.a", 4)
			.score("ana", "2.1.4.a", 2)
			.score("ben", "2.1.4.a", 4)
			.score("chi", "2.1.4.a", 3)
			.score("ana", "3.3.5.a", 1)
			.score("ben", "3.3.5.a", 5)
			.score("chi", "3.3.5.a", 3)
			.build();
		assertThat(AGREEMENT.divergentMeasurements(round, 2)).containsExactly(M2, M3);
		assertThat(AGREEMENT.divergentMeasurements(round, 3)).containsExactly(M3);
		assertThat(AGREEMENT.divergentMeasurements(round, 1)).containsExactly(M1, M2, M3);
		assertThat(AGREEMENT.divergentMeasurements(round, 4)).containsExactly(M3);
	}

	@Test
	void theDecisionIsAskedOncePerDistinctSpreadAndAnswersAsOncePerMeasurement() {
		PanelScores.Builder builder = PanelScores.builder();
		int[][] panel = { { 3, 3, 3 }, { 2, 4, 3 }, { 1, 5, 3 }, { 4, 4, 5 } };
		List<String> codes = new java.util.ArrayList<>();
		for (int i = 0; i < 18; i++) {
			String code = "2.1." + (i + 1) + ".a";
			codes.add(code);
			int[] scores = panel[i % panel.length];
			builder.score("ana", code, scores[0]).score("ben", code, scores[1]).score("chi", code, scores[2]);
		}
		PanelScores round = builder.build();
		for (int threshold = 1; threshold <= 4; threshold++) {
			CountingDecision counting = new CountingDecision(StandaloneAgreementDecision.fromClasspath());
			java.util.SortedSet<MeasurementCode> expected = new java.util.TreeSet<>();
			for (Map.Entry<MeasurementCode, List<Score>> entry : round.byMeasurement().entrySet()) {
				if (AGREEMENT.isDivergent(Consensus.spread(entry.getValue()), threshold)) {
					expected.add(entry.getKey());
				}
			}
			assertThat(new PanelAgreement(counting).divergentMeasurements(round, threshold))
				.containsExactlyElementsOf(expected);
			// spreads 0, 2, 4 and 1 among 18 measurements: four evaluations
			assertThat(counting.asked).containsExactlyInAnyOrder(0, 1, 2, 4);
		}
	}

	@Test
	void aPanelThatAgreesEverywhereHasNoDivergentMeasurement() {
		PanelScores round = PanelScores.builder()
			.score("ana", "1.3.3.a", 3)
			.score("ben", "1.3.3.a", 3)
			.score("ana", "2.1.4.a", 4)
			.score("ben", "2.1.4.a", 5)
			.build();
		assertThat(AGREEMENT.divergentMeasurements(round, 2)).isEmpty();
	}

	@Test
	void aMeasurementWithOneScoreOrNoneIsNotDivergent() {
		assertThat(AGREEMENT.divergentMeasurements(Map.of(M1, List.of(Score.of(1)), M2, List.<Score>of()), 1))
			.isEmpty();
		assertThat(AGREEMENT.divergentMeasurements(PanelScores.empty(), 1)).isEmpty();
	}

	@Test
	void aSingleSpreadIsDecidedByTheTable() {
		assertThat(AGREEMENT.isDivergent(2, 2)).isTrue();
		assertThat(AGREEMENT.isDivergent(1, 2)).isFalse();
	}

	@Test
	void aThresholdTheRulesDoNotCoverIsAClearError() {
		assertThatThrownBy(() -> AGREEMENT.isDivergent(2, 0)).isInstanceOf(IllegalStateException.class)
			.hasMessage("The decision PanelAgreement has no rule for a spread of 2 with a divergence threshold of 0 "
					+ "(the threshold must be 1..4).");
	}

	/** The decision, counting the spreads it is asked about. */
	private static final class CountingDecision implements AgreementDecision {

		private final AgreementDecision decision;

		private final List<Integer> asked = new java.util.ArrayList<>();

		CountingDecision(AgreementDecision decision) {
			this.decision = decision;
		}

		@Override
		public boolean divergent(int spread, int divergenceThreshold) {
			this.asked.add(spread);
			return this.decision.divergent(spread, divergenceThreshold);
		}

	}

}
