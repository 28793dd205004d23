package org.learningcity.award.consensus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.learningcity.award.catalog.MeasurementCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;

class ConsensusTests {

	/** The 18 expert-review measurements of the catalogue (V3__catalog_data.sql). */
	static final List<String> EXPERT_REVIEW = List.of("1.3.3.a", "2.1.4.a", "2.1.4.b", "2.2.1.b", "2.3.1.b", "2.3.2.a",
			"2.5.1.a", "2.6.1.a", "2.6.3.a", "3.1.1.a", "3.1.2.a", "3.1.3.a", "3.2.1.a", "3.2.2.a", "3.2.2.b",
			"3.3.2.a", "3.3.3.a", "3.3.5.a");

	private static List<Score> scores(int... values) {
		return IntStream.of(values).mapToObj(Score::of).toList();
	}

	private static MeasurementCode code(String code) {
		return MeasurementCode.of(code);
	}

	@Test
	void theConsensusOfAnOddNumberOfScoresIsTheMiddleOne() {
		assertThat(Consensus.median(scores(5, 1, 4))).isEqualTo(4.0);
		assertThat(Consensus.median(scores(2, 2, 5))).isEqualTo(2.0);
		assertThat(Consensus.median(scores(3))).isEqualTo(3.0);
		assertThat(Consensus.median(scores(1, 5, 5, 2, 3))).isEqualTo(3.0);
	}

	@Test
	void theConsensusOfAnEvenNumberOfScoresIsTheMeanOfTheTwoMiddleOnes() {
		assertThat(Consensus.median(scores(3, 4))).isEqualTo(3.5);
		assertThat(Consensus.median(scores(1, 5, 2, 4))).isEqualTo(3.0);
		assertThat(Consensus.median(scores(4, 1, 5, 2))).isEqualTo(3.0);
		assertThat(Consensus.median(scores(1, 2, 5, 5))).isEqualTo(3.5);
		assertThat(Consensus.median(scores(2, 2, 2, 3))).isEqualTo(2.0);
	}

	@Test
	void theSpreadIsTheHighestScoreLessTheLowest() {
		assertThat(Consensus.spread(scores(2, 5, 3))).isEqualTo(3);
		assertThat(Consensus.spread(scores(4, 4, 4))).isZero();
		assertThat(Consensus.spread(scores(1))).isZero();
		assertThat(Consensus.spread(scores(1, 5))).isEqualTo(4);
	}

	@Test
	void noScoresHaveNoMedianAndNoSpread() {
		assertThatThrownBy(() -> Consensus.median(List.of())).isInstanceOf(IllegalArgumentException.class)
			.hasMessage("There are no scores.");
		assertThatThrownBy(() -> Consensus.spread(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void theConsensusOfAPanelIsPerMeasurementAndSkipsMissingScores() {
		PanelScores round = PanelScores.builder()
			.score("ana", "2.1.4.a", 4)
			.score("ben", "2.1.4.a", 2)
			.score("chi", "2.1.4.a", 5)
			.score("ana", "3.1.1.a", 3)
			.score("chi", "3.1.1.a", 4)
			.build();
		assertThat(Consensus.consensus(round)).containsExactly(entry(code("2.1.4.a"), 4.0),
				entry(code("3.1.1.a"), 3.5));
		assertThat(Consensus.spreads(round)).containsExactly(entry(code("2.1.4.a"), 3), entry(code("3.1.1.a"), 1));
	}

	@Test
	void theFinalRoundIsTheFirstRevisedByTheModerationRound() {
		PanelScores first = PanelScores.builder()
			.score("ana", "2.1.4.a", 1)
			.score("ben", "2.1.4.a", 4)
			.score("chi", "2.1.4.a", 5)
			.score("ana", "3.1.1.a", 3)
			.score("ben", "3.1.1.a", 3)
			.score("chi", "3.1.1.a", 4)
			.build();
		PanelScores moderation = PanelScores.builder()
			.score("ana", "2.1.4.a", 3)
			.score("ben", "2.1.4.a", 4)
			.score("chi", "2.1.4.a", 4)
			.build();
		PanelScores last = first.revisedBy(moderation);
		assertThat(last.scores(code("2.1.4.a"))).containsExactly(Score.of(3), Score.of(4), Score.of(4));
		assertThat(last.scores(code("3.1.1.a"))).containsExactly(Score.of(3), Score.of(3), Score.of(4));
		assertThat(first.scores(code("2.1.4.a"))).containsExactly(Score.of(1), Score.of(4), Score.of(5));
		assertThat(Consensus.consensus(last)).containsEntry(code("2.1.4.a"), 4.0).containsEntry(code("3.1.1.a"), 3.0);
	}

	@Test
	void aResolutionByStaffIsTheConsensusOfItsMeasurement() {
		PanelScores last = PanelScores.builder()
			.score("ana", "2.1.4.a", 1)
			.score("ben", "2.1.4.a", 3)
			.score("chi", "2.1.4.a", 5)
			.build();
		assertThat(Consensus.consensus(last, Map.of(code("2.1.4.a"), Score.of(2))))
			.containsExactly(entry(code("2.1.4.a"), 2.0));
	}

	@Test
	void theAreaOfFocusIsTheFirstTwoPartsOfTheCode() {
		assertThat(Consensus.focusCode(code("2.1.4.b"))).isEqualTo("2.1");
		assertThat(Consensus.focusCode(code("3.3.5.a"))).isEqualTo("3.3");
		assertThat(Consensus.focusCode(code("10.12.3.a"))).isEqualTo("10.12");
	}

	@Test
	void averagesArePerAreaOfFocusAndForTheBuildingBlocks() {
		Map<MeasurementCode, Double> consensus = Map.of(code("1.3.3.a"), 2.0, code("2.1.4.a"), 4.0, code("2.1.4.b"),
				3.0, code("2.2.1.b"), 5.0, code("2.6.1.a"), 2.5, code("2.6.3.a"), 3.5, code("3.2.1.a"), 1.0,
				code("3.2.2.a"), 2.0, code("3.2.2.b"), 4.5);
		assertThat(Consensus.focusAverages(consensus)).containsExactly(entry("1.3", 2.0), entry("2.1", 3.5),
				entry("2.2", 5.0), entry("2.6", 3.0), entry("3.2", 2.5));
		assertThat(Consensus.buildingBlockAverages(consensus)).containsExactly(entry("2.1", 3.5), entry("2.2", 5.0),
				entry("2.6", 3.0));
	}

	@Test
	void areasOfFocusKeepTheFrameworksOrderBeyondNine() {
		Map<MeasurementCode, Double> consensus = Map.of(code("2.10.1.a"), 1.0, code("2.9.1.a"), 2.0, code("10.1.1.a"),
				3.0);
		assertThat(Consensus.focusAverages(consensus).keySet()).containsExactly("2.9", "2.10", "10.1");
	}

	@Test
	void theOverallScoreIsTheMeanOfAllConsensusScoresNotOfTheAreaAverages() {
		Map<MeasurementCode, Double> consensus = Map.of(code("2.1.4.a"), 5.0, code("2.1.4.b"), 5.0, code("3.1.1.a"),
				2.0);
		// the mean of the three scores is 4; the mean of the two area averages would be
		// 3.5
		assertThat(Consensus.overall(consensus)).hasValue(4.0);
		assertThat(Consensus.overall(Map.of())).isEmpty();
	}

	@Test
	void theOverallScoreOfAFullPanelIsTheMeanOfTheEighteenConsensusScores() {
		PanelScores.Builder builder = PanelScores.builder();
		int[][] values = { { 4, 4, 5 }, { 3, 2, 3 }, { 5, 5, 5 }, { 2, 3, 4 }, { 1, 2, 2 }, { 3, 3, 3 }, { 4, 5, 4 },
				{ 2, 2, 3 }, { 3, 4, 4 }, { 5, 4, 4 }, { 1, 1, 2 }, { 3, 4, 5 }, { 2, 3, 3 }, { 4, 4, 4 }, { 3, 2, 2 },
				{ 5, 4, 5 }, { 1, 3, 2 }, { 4, 3, 3 } };
		double sumOfMedians = 0;
		for (int m = 0; m < EXPERT_REVIEW.size(); m++) {
			builder.score("ana", EXPERT_REVIEW.get(m), values[m][0])
				.score("ben", EXPERT_REVIEW.get(m), values[m][1])
				.score("chi", EXPERT_REVIEW.get(m), values[m][2]);
			int[] sorted = values[m].clone();
			Arrays.sort(sorted);
			sumOfMedians += sorted[1];
		}
		PanelResult result = Consensus.result(builder.build());
		assertThat(result.consensus()).hasSize(18);
		assertThat(result.overall().getAsDouble()).isCloseTo(sumOfMedians / 18, within(1e-12));
		assertThat(result.buildingBlocks()).containsOnlyKeys("2.1", "2.2", "2.3", "2.5", "2.6");
		assertThat(result.focusAverages()).containsOnlyKeys("1.3", "2.1", "2.2", "2.3", "2.5", "2.6", "3.1", "3.2",
				"3.3");
		assertThat(result.reliability().metric()).isEqualTo(Metric.ORDINAL);
		assertThat(result.reliability().pairableUnits()).isEqualTo(18);
		assertThat(result.reliability().pairableValues()).isEqualTo(54);
	}

	@Test
	void severityIsTheMeanSignedDeviationOfAnExpertsScoresFromTheConsensus() {
		PanelScores round = PanelScores.builder()
			.score("lenient", "2.1.4.a", 5)
			.score("fair", "2.1.4.a", 3)
			.score("harsh", "2.1.4.a", 2)
			.score("lenient", "3.1.1.a", 4)
			.score("fair", "3.1.1.a", 3)
			.score("harsh", "3.1.1.a", 1)
			.score("lenient", "3.1.2.a", 4)
			.score("fair", "3.1.2.a", 4)
			.build();
		Map<MeasurementCode, Double> consensus = Consensus.consensus(round);
		assertThat(consensus).containsEntry(code("3.1.2.a"), 4.0);
		Map<String, Severity> severity = Consensus.severity(round, consensus);
		// lenient: +2, +1, 0; fair: 0, 0, 0; harsh: -1, -2 (did not score 3.1.2.a)
		assertThat(severity).containsExactly(entry("lenient", new Severity(1.0, 3)), entry("fair", new Severity(0, 3)),
				entry("harsh", new Severity(-1.5, 2)));
	}

	@Test
	void severityCountsOnlyMeasurementsThatHaveAConsensus() {
		PanelScores round = PanelScores.builder().score("ana", "2.1.4.a", 5).score("ana", "3.1.1.a", 1).build();
		assertThat(Consensus.severity(round, Map.of(code("2.1.4.a"), 4.0)))
			.containsExactly(entry("ana", new Severity(1.0, 1)));
		assertThat(Consensus.severity(round, Map.of())).isEmpty();
	}

	@Test
	void severitiesOfAnExpertOnSeveralPanelsAreWeightedByTheirScores() {
		Map<String, Severity> first = Map.of("ana", new Severity(1.0, 3), "ben", new Severity(-0.5, 2));
		Map<String, Severity> second = Map.of("ana", new Severity(-1.0, 1));
		assertThat(Severity.combine(List.of(first, second))).containsExactly(entry("ana", new Severity(0.5, 4)),
				entry("ben", new Severity(-0.5, 2)));
		assertThatThrownBy(() -> new Severity(0, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void thePanelResultUsesTheFinalRoundForTheConsensusAndTheIndependentScoresForSeverity() {
		PanelScores independent = PanelScores.builder()
			.score("ana", "2.1.4.a", 1)
			.score("ben", "2.1.4.a", 4)
			.score("chi", "2.1.4.a", 5)
			.score("ana", "2.2.1.b", 2)
			.score("ben", "2.2.1.b", 3)
			.score("chi", "2.2.1.b", 3)
			.score("ana", "3.1.1.a", 1)
			.score("ben", "3.1.1.a", 5)
			.score("chi", "3.1.1.a", 3)
			.build();
		PanelScores moderation = PanelScores.builder()
			.score("ana", "2.1.4.a", 3)
			.score("ben", "2.1.4.a", 4)
			.score("chi", "2.1.4.a", 4)
			.score("ana", "3.1.1.a", 1)
			.score("ben", "3.1.1.a", 5)
			.score("chi", "3.1.1.a", 3)
			.build();
		PanelScores last = independent.revisedBy(moderation);
		PanelResult result = Consensus.result(independent, last, Map.of(code("3.1.1.a"), Score.of(2)));

		assertThat(result.consensus()).containsExactly(entry(code("2.1.4.a"), 4.0), entry(code("2.2.1.b"), 3.0),
				entry(code("3.1.1.a"), 2.0));
		assertThat(result.spreads()).containsExactly(entry(code("2.1.4.a"), 1), entry(code("2.2.1.b"), 1),
				entry(code("3.1.1.a"), 4));
		assertThat(result.focusAverages()).containsExactly(entry("2.1", 4.0), entry("2.2", 3.0), entry("3.1", 2.0));
		assertThat(result.buildingBlocks()).containsExactly(entry("2.1", 4.0), entry("2.2", 3.0));
		assertThat(result.overall()).hasValue(3.0);
		// ana: 1-4, 2-3, 1-2 = -5/3; ben: 0, 0, +3 = 1; chi: +1, 0, +1 = 2/3
		assertThat(result.severity().get("ana").meanDeviation()).isCloseTo(-5.0 / 3, within(1e-12));
		assertThat(result.severity().get("ben").meanDeviation()).isCloseTo(1.0, within(1e-12));
		assertThat(result.severity().get("chi").meanDeviation()).isCloseTo(2.0 / 3, within(1e-12));
		assertThat(result.reliability()).isEqualTo(Reliability.ofPanel(independent));
	}

	@Test
	void panelScoresAreCopiedAndReadOnly() {
		Map<String, Map<MeasurementCode, Score>> source = new HashMap<>();
		source.put("ana", new HashMap<>(Map.of(code("2.1.4.a"), Score.of(3))));
		PanelScores scores = new PanelScores(source);
		source.get("ana").put(code("3.1.1.a"), Score.of(5));
		assertThat(scores.measurements()).containsExactly(code("2.1.4.a"));
		assertThatThrownBy(() -> scores.byExpert().get("ana").put(code("3.1.1.a"), Score.of(1)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThat(scores.score("ana", code("2.1.4.a"))).contains(Score.of(3));
		assertThat(scores.score("bob", code("2.1.4.a"))).isEmpty();
	}

}
