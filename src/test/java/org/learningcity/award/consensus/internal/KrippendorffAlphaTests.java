package org.learningcity.award.consensus.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.consensus.Metric;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.consensus.Reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Krippendorff's alpha against the worked examples of K. Krippendorff (2011), "Computing
 * Krippendorff's Alpha-Reliability" (Annenberg School for Communication, University of
 * Pennsylvania): the published values to three decimals, and the exact fractions their
 * coincidence matrices give.
 */
class KrippendorffAlphaTests {

	private static final Integer __ = null;

	/**
	 * Section C, "Nominal data, any number of observers, missing data": 4 observers, 12
	 * units, values 1..5 (unit 12 has one value only and is not pairable).
	 */
	private static final List<List<Integer>> FOUR_OBSERVERS = List.of(
			Arrays.asList(1, 2, 3, 3, 2, 1, 4, 1, 2, __, __, __), // observer A
			Arrays.asList(1, 2, 3, 3, 2, 2, 4, 1, 2, 5, __, 3), // observer B
			Arrays.asList(__, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, __), // observer C
			Arrays.asList(1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, __)); // observer D

	/** Section A, "Binary or dichotomous data, two observers, no missing data". */
	private static final List<List<Integer>> TWO_OBSERVERS_BINARY = List.of(List.of(0, 1, 0, 0, 0, 0, 0, 0, 1, 0), // observer
																													// A
			List.of(1, 1, 1, 0, 0, 1, 0, 0, 0, 0)); // observer B

	@Test
	void theFourObserverExampleHasThePublishedCoincidenceMatrix() {
		KrippendorffAlpha.CoincidenceMatrix o = KrippendorffAlpha.CoincidenceMatrix.of(byUnit(FOUR_OBSERVERS));
		assertThat(o.values()).containsExactly(1, 2, 3, 4, 5);
		assertThat(o.pairableUnits()).isEqualTo(11);
		assertThat(o.total()).isCloseTo(40, within(1e-12));
		double[] published = { 9, 13, 10, 5, 3 };
		for (int value = 1; value <= 5; value++) {
			assertThat(o.marginal(value)).isCloseTo(published[value - 1], within(1e-12));
		}
		assertThat(o.coincidences(1, 1)).isCloseTo(7, within(1e-12));
		assertThat(o.coincidences(1, 2)).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(o.coincidences(2, 1)).isCloseTo(4.0 / 3, within(1e-12));
		assertThat(o.coincidences(1, 3)).isCloseTo(1.0 / 3, within(1e-12));
		assertThat(o.coincidences(2, 2)).isCloseTo(10, within(1e-12));
		assertThat(o.coincidences(3, 3)).isCloseTo(8, within(1e-12));
		assertThat(o.coincidences(4, 4)).isCloseTo(4, within(1e-12));
		assertThat(o.coincidences(5, 5)).isCloseTo(3, within(1e-12));
		assertThat(o.coincidences(4, 5)).isZero();
		assertThat(o.coincidences(6, 1)).isZero();
	}

	@Test
	void theFourObserverExampleHasThePublishedNominalAlpha() {
		Alpha alpha = Reliability.ofCoders(Metric.NOMINAL, FOUR_OBSERVERS);
		assertThat(alpha.value()).hasValueCloseTo(0.743, within(0.0005));
		assertThat(alpha.valueOrNaN()).isCloseTo(113.0 / 152, within(1e-12));
		assertThat(alpha.observedDisagreement()).isCloseTo(0.2, within(1e-12));
		assertThat(alpha.pairableUnits()).isEqualTo(11);
		assertThat(alpha.pairableValues()).isEqualTo(40);
		assertThat(alpha.status()).isEqualTo(Alpha.Status.DEFINED);
	}

	@Test
	void theFourObserverExampleHasThePublishedOrdinalAlpha() {
		Alpha alpha = Reliability.ofCoders(Metric.ORDINAL, FOUR_OBSERVERS);
		assertThat(alpha.value()).hasValueCloseTo(0.815, within(0.0005));
		assertThat(alpha.valueOrNaN()).isCloseTo(108577.0 / 133160, within(1e-12));
		assertThat(alpha.metric()).isEqualTo(Metric.ORDINAL);
	}

	@Test
	void theFourObserverExampleHasThePublishedIntervalAlpha() {
		Alpha alpha = Reliability.ofCoders(Metric.INTERVAL, FOUR_OBSERVERS);
		assertThat(alpha.value()).hasValueCloseTo(0.849, within(0.0005));
		assertThat(alpha.valueOrNaN()).isCloseTo(951.0 / 1120, within(1e-12));
	}

	@Test
	void theBinaryTwoObserverExampleHasThePublishedAlpha() {
		KrippendorffAlpha.CoincidenceMatrix o = KrippendorffAlpha.CoincidenceMatrix.of(byUnit(TWO_OBSERVERS_BINARY));
		assertThat(o.coincidences(0, 0)).isEqualTo(10);
		assertThat(o.coincidences(0, 1)).isEqualTo(4);
		assertThat(o.coincidences(1, 0)).isEqualTo(4);
		assertThat(o.coincidences(1, 1)).isEqualTo(2);
		Alpha alpha = Reliability.ofCoders(Metric.NOMINAL, TWO_OBSERVERS_BINARY);
		assertThat(alpha.value()).hasValueCloseTo(0.095, within(0.0005));
		// 1 - (n - 1) o01 / (n0 n1) = 1 - 19 * 4 / (14 * 6)
		assertThat(alpha.valueOrNaN()).isCloseTo(1 - 19.0 * 4 / (14 * 6), within(1e-12));
	}

	@Test
	void withTwoValuesEveryMetricAgrees() {
		// with only two values the ordinal and interval distances are proportional to the
		// nominal one, so alpha is the same
		double nominal = Reliability.ofCoders(Metric.NOMINAL, TWO_OBSERVERS_BINARY).valueOrNaN();
		assertThat(Reliability.ofCoders(Metric.ORDINAL, TWO_OBSERVERS_BINARY).valueOrNaN()).isCloseTo(nominal,
				within(1e-12));
		assertThat(Reliability.ofCoders(Metric.INTERVAL, TWO_OBSERVERS_BINARY).valueOrNaN()).isCloseTo(nominal,
				within(1e-12));
	}

	@Test
	void perfectAgreementIsOne() {
		List<List<Integer>> coders = List.of(Arrays.asList(1, 2, 3, 4, 5, __), Arrays.asList(1, 2, 3, 4, 5, 2),
				Arrays.asList(__, 2, 3, 4, 5, 2));
		for (Metric metric : Metric.values()) {
			Alpha alpha = Reliability.ofCoders(metric, coders);
			assertThat(alpha.value()).as(metric.name()).hasValue(1.0);
			assertThat(alpha.observedDisagreement()).isZero();
		}
	}

	@Test
	void noPairableValuesGiveNoAlpha() {
		List<List<Integer>> coders = List.of(Arrays.asList(1, __, 3), Arrays.asList(__, 2, __));
		for (Metric metric : Metric.values()) {
			Alpha alpha = Reliability.ofCoders(metric, coders);
			assertThat(alpha.isDefined()).isFalse();
			assertThat(alpha.value()).isEmpty();
			assertThat(alpha.valueOrNaN()).isNaN();
			assertThat(alpha.status()).isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
			assertThat(alpha.pairableUnits()).isZero();
			assertThat(alpha.pairableValues()).isZero();
		}
		assertThat(Reliability.alpha(Metric.ORDINAL, List.of()).status()).isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
		assertThat(Reliability.ofPanels(List.of()).status()).isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
	}

	@Test
	void agreementWithoutAnyVariationGivesNoAlpha() {
		// everyone gave every unit a 4: no disagreement, but nothing to tell it from
		// chance
		Alpha alpha = Reliability.alpha(Metric.ORDINAL, List.of(List.of(4, 4, 4), List.of(4, 4)));
		assertThat(alpha.status()).isEqualTo(Alpha.Status.NO_VARIATION);
		assertThat(alpha.value()).isEmpty();
		assertThat(alpha.pairableUnits()).isEqualTo(2);
		assertThat(alpha.pairableValues()).isEqualTo(5);
		assertThat(alpha.observedDisagreement()).isZero();
		assertThat(alpha.expectedDisagreement()).isZero();
	}

	@Test
	void aSingleUnitIsNoBetterThanChance() {
		// with one unit the expected coincidences are the observed ones: alpha is 0
		for (Metric metric : Metric.values()) {
			assertThat(Reliability.alpha(metric, List.of(List.of(1, 2, 4))).valueOrNaN()).as(metric.name())
				.isCloseTo(0, within(1e-12));
			assertThat(Reliability.alpha(metric, List.of(Arrays.asList(2, 2, 5, __))).valueOrNaN()).as(metric.name())
				.isCloseTo(0, within(1e-12));
		}
		assertThat(Reliability.alpha(Metric.ORDINAL, List.of(List.of(3, 3))).status())
			.isEqualTo(Alpha.Status.NO_VARIATION);
		assertThat(Reliability.alpha(Metric.ORDINAL, List.of(List.of(3))).status())
			.isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
	}

	@Test
	void systematicDisagreementIsBelowZero() {
		Alpha alpha = Reliability.alpha(Metric.ORDINAL, List.of(List.of(1, 5), List.of(5, 1), List.of(1, 5)));
		assertThat(alpha.valueOrNaN()).isLessThan(0);
	}

	@Test
	void unpairableUnitsAndMissingValuesDoNotChangeAlpha() {
		List<List<Integer>> units = byUnit(FOUR_OBSERVERS);
		List<List<Integer>> more = new ArrayList<>(units);
		more.add(Arrays.asList(__, __, 5, __));
		more.add(Arrays.asList(__, __, __, __));
		for (Metric metric : Metric.values()) {
			assertThat(Reliability.alpha(metric, more)).isEqualTo(Reliability.alpha(metric, units));
		}
	}

	@Test
	void theOrdinalMetricDependsOnlyOnTheOrderOfTheValues() {
		// relabelling 1..5 as 10, 20, 40, 80, 160 keeps the ranks and so the ordinal
		// alpha
		List<List<Integer>> relabelled = FOUR_OBSERVERS.stream()
			.map(row -> row.stream().map(v -> (v == null) ? null : 10 * (1 << (v - 1))).toList())
			.toList();
		assertThat(Reliability.ofCoders(Metric.ORDINAL, relabelled).valueOrNaN())
			.isCloseTo(Reliability.ofCoders(Metric.ORDINAL, FOUR_OBSERVERS).valueOrNaN(), within(1e-12));
		assertThat(Reliability.ofCoders(Metric.INTERVAL, relabelled).valueOrNaN())
			.isNotCloseTo(Reliability.ofCoders(Metric.INTERVAL, FOUR_OBSERVERS).valueOrNaN(), within(1e-3));
	}

	@Test
	void theOrdinalDistanceFollowsKrippendorff2011() {
		// values 1, 2, 3 with n = 9, 13, 10: δ²(1,2) = (9 + 13 - 11)², δ²(1,3) = (9 + 13
		// + 10 - 9.5)²
		double[][] delta = KrippendorffAlpha.differences(Metric.ORDINAL, new int[] { 1, 2, 3 },
				new double[] { 9, 13, 10 });
		assertThat(delta[0][0]).isZero();
		assertThat(delta[0][1]).isEqualTo(121);
		assertThat(delta[1][0]).isEqualTo(121);
		assertThat(delta[0][2]).isEqualTo(22.5 * 22.5);
		assertThat(delta[1][2]).isEqualTo(11.5 * 11.5);
	}

	@Test
	void aPanelsUnitsAreItsMeasurementsAndItsCodersItsExperts() {
		PanelScores panel = PanelScores.builder()
			.score("A", "1.3.3.a", 1)
			.score("B", "1.3.3.a", 1)
			.score("D", "1.3.3.a", 1)
			.build();
		// the four-observer example as a panel: unit i is a measurement, observers are
		// experts
		PanelScores.Builder builder = PanelScores.builder();
		String[] experts = { "A", "B", "C", "D" };
		for (int unit = 0; unit < 12; unit++) {
			for (int coder = 0; coder < 4; coder++) {
				Integer value = FOUR_OBSERVERS.get(coder).get(unit);
				if (value != null) {
					builder.score(experts[coder], "2.1." + (unit + 1) + ".a", value);
				}
			}
		}
		PanelScores example = builder.build();
		assertThat(Reliability.ofPanel(example).value()).hasValueCloseTo(0.815, within(0.0005));
		// a cycle pools the units of all its panels
		Alpha cycle = Reliability.ofPanels(List.of(example, panel));
		assertThat(cycle.pairableUnits()).isEqualTo(12);
		assertThat(cycle.pairableValues()).isEqualTo(43);
		assertThat(cycle.valueOrNaN())
			.isEqualTo(Reliability.alpha(Metric.ORDINAL, concat(byUnit(FOUR_OBSERVERS), List.of(List.of(1, 1, 1))))
				.valueOrNaN());
	}

	private static List<List<Integer>> byUnit(List<List<Integer>> coders) {
		List<List<Integer>> units = new ArrayList<>();
		for (int unit = 0; unit < coders.get(0).size(); unit++) {
			List<Integer> values = new ArrayList<>();
			for (List<Integer> coder : coders) {
				values.add(coder.get(unit));
			}
			units.add(values);
		}
		return units;
	}

	private static List<List<Integer>> concat(List<List<Integer>> a, List<List<Integer>> b) {
		List<List<Integer>> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

}
