package org.learningcity.award.consensus;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.learningcity.award.catalog.MeasurementCode;

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

}
