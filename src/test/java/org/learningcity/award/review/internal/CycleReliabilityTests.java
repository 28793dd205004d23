package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.consensus.Metric;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.review.internal.CycleReliability.ExpertSeverity;
import org.learningcity.award.review.internal.CycleReliability.Leaning;
import org.learningcity.award.review.internal.CycleReliability.ScoreRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A cycle's reliability aggregates every panel: alpha over the final-round scores of all
 * nominations (units = nomination × measurement), and each expert's severity over all
 * their panels, lenient and harsh experts flagged from half a point.
 */
class CycleReliabilityTests {

	static final String M1 = "2.1.1.a";

	static final String M2 = "2.1.2.a";

	/**
	 * Nomination 1: a scores 5 where b and c score 3 (a lenient by 2). Nomination 2: b
	 * scores 2 where a and d score 4 (b harsh by 2), then revises the first measurement
	 * to 4 in the moderation round.
	 */
	static List<ScoreRow> twoPanels() {
		List<ScoreRow> rows = new ArrayList<>();
		for (String code : List.of(M1, M2)) {
			rows.add(new ScoreRow(1, "a", 1, code, 5));
			rows.add(new ScoreRow(1, "b", 1, code, 3));
			rows.add(new ScoreRow(1, "c", 1, code, 3));
			rows.add(new ScoreRow(2, "a", 1, code, 4));
			rows.add(new ScoreRow(2, "b", 1, code, 2));
			rows.add(new ScoreRow(2, "d", 1, code, 4));
		}
		rows.add(new ScoreRow(2, "b", 2, M1, 4));
		return rows;
	}

	@Test
	void alphaIsOverTheFinalRoundOfEveryPanelWithOneUnitPerNominationAndMeasurement() {
		CycleReliability cycle = CycleReliability.of(7, twoPanels());
		Alpha expected = Reliability.alpha(Metric.ORDINAL,
				List.of(List.of(5, 3, 3), List.of(5, 3, 3), List.of(4, 4, 4), List.of(4, 2, 4)));
		assertThat(cycle.cycleId()).isEqualTo(7);
		assertThat(cycle.panels()).isEqualTo(2);
		assertThat(cycle.alpha().pairableUnits()).isEqualTo(4);
		assertThat(cycle.alpha().pairableValues()).isEqualTo(12);
		assertThat(cycle.alpha().valueOrNaN()).isCloseTo(expected.valueOrNaN(), within(1e-12));
		assertThat(cycle.alpha().valueOrNaN()).isNotCloseTo(Reliability
			.alpha(Metric.ORDINAL, List.of(List.of(5, 3, 3), List.of(5, 3, 3), List.of(4, 2, 4), List.of(4, 2, 4)))
			.valueOrNaN(), within(1e-6));
	}

	@Test
	void eachExpertsSeverityIsTheMeanOverAllTheirPanelsTheMostLenientFirst() {
		CycleReliability cycle = CycleReliability.of(7, twoPanels());
		assertThat(cycle.experts()).extracting(ExpertSeverity::username).containsExactly("a", "c", "d", "b");
		ExpertSeverity a = cycle.experts().get(0);
		assertThat(a.severity()).isCloseTo(1.0, within(1e-12));
		assertThat(a.scores()).isEqualTo(4);
		assertThat(a.panels()).isEqualTo(2);
		ExpertSeverity b = cycle.experts().get(3);
		assertThat(b.severity()).isCloseTo(-1.0, within(1e-12));
		assertThat(b.scores()).isEqualTo(4);
		assertThat(cycle.experts().get(1).severity()).isZero();
		assertThat(cycle.experts().get(1).scores()).isEqualTo(2);
		assertThat(cycle.flagged()).containsEntry("a", Leaning.LENIENT)
			.containsEntry("b", Leaning.HARSH)
			.doesNotContainKeys("c", "d");
	}

	@Test
	void halfAPointFromTheConsensusIsFlaggedAndLessIsInLine() {
		assertThat(new ExpertSeverity("x", 0.5, 10, 1).leaning()).isEqualTo(Leaning.LENIENT);
		assertThat(new ExpertSeverity("x", 0.49, 10, 1).leaning()).isEqualTo(Leaning.IN_LINE);
		assertThat(new ExpertSeverity("x", -0.49, 10, 1).leaning()).isEqualTo(Leaning.IN_LINE);
		assertThat(new ExpertSeverity("x", -0.5, 10, 1).leaning()).isEqualTo(Leaning.HARSH);
	}

	@Test
	void aCycleWithoutScoresHasNoAlphaAndNoExperts() {
		CycleReliability cycle = CycleReliability.of(7, List.of());
		assertThat(cycle.alpha().isDefined()).isFalse();
		assertThat(cycle.alpha().status()).isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
		assertThat(cycle.experts()).isEmpty();
		assertThat(cycle.panels()).isZero();
	}

}
