package org.learningcity.award.consensus.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;

import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.consensus.Metric;

/**
 * Krippendorff's alpha for any number of coders, missing values and the nominal, ordinal
 * and interval metrics, following K. Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability", section C:
 * <ol>
 * <li>only pairable values count: those of units with m<sub>u</sub> ≥ 2 values;</li>
 * <li>the coincidence matrix o<sub>ck</sub> = Σ<sub>u</sub> (number of c–k pairs of
 * values of different coders in u) / (m<sub>u</sub> − 1), its marginals n<sub>c</sub> =
 * Σ<sub>k</sub> o<sub>ck</sub> and n = Σ<sub>c</sub> n<sub>c</sub>;</li>
 * <li>α = 1 − D<sub>o</sub>/D<sub>e</sub> = 1 − (n − 1) Σ o<sub>ck</sub> δ²<sub>ck</sub>
 * / Σ n<sub>c</sub> n<sub>k</sub> δ²<sub>ck</sub>, with D<sub>o</sub> = Σ o<sub>ck</sub>
 * δ²<sub>ck</sub> / n and D<sub>e</sub> = Σ n<sub>c</sub> n<sub>k</sub> δ²<sub>ck</sub> /
 * (n (n − 1));</li>
 * <li>δ² nominal: 0 if c = k, else 1; ordinal: (Σ<sub>g=c..k</sub> n<sub>g</sub> −
 * (n<sub>c</sub> + n<sub>k</sub>)/2)² over the values in order; interval: (c − k)².</li>
 * </ol>
 * α is undefined when no unit has two values, and when all pairable values are equal (no
 * variation, D<sub>e</sub> = 0).
 */
public final class KrippendorffAlpha {

	private KrippendorffAlpha() {
	}

	/**
	 * Alpha of the units' values ({@code null} = missing).
	 * @param metric the difference function
	 * @param units for each unit, the values its coders gave
	 */
	public static Alpha compute(Metric metric, Collection<? extends Collection<Integer>> units) {
		Objects.requireNonNull(metric, "metric");
		CoincidenceMatrix coincidences = CoincidenceMatrix.of(units);
		double n = coincidences.total();
		if (coincidences.pairableUnits() == 0) {
			return new Alpha(metric, OptionalDouble.empty(), Alpha.Status.NO_PAIRABLE_VALUES, 0, 0, 0, 0);
		}
		int[] values = coincidences.values();
		double[][] delta = differences(metric, values, coincidences.marginalsByIndex());
		double observed = 0;
		double expected = 0;
		for (int c = 0; c < values.length; c++) {
			for (int k = 0; k < values.length; k++) {
				observed += coincidences.byIndex(c, k) * delta[c][k];
				expected += coincidences.marginalByIndex(c) * coincidences.marginalByIndex(k) * delta[c][k];
			}
		}
		double observedDisagreement = observed / n;
		double expectedDisagreement = expected / (n * (n - 1));
		int pairableValues = (int) Math.round(n);
		if (expected == 0) {
			return new Alpha(metric, OptionalDouble.empty(), Alpha.Status.NO_VARIATION, coincidences.pairableUnits(),
					pairableValues, observedDisagreement, 0);
		}
		double alpha = 1 - (n - 1) * observed / expected;
		return new Alpha(metric, OptionalDouble.of(alpha), Alpha.Status.DEFINED, coincidences.pairableUnits(),
				pairableValues, observedDisagreement, expectedDisagreement);
	}

	/** δ²(c,k) for the values (ascending) with these marginals. */
	static double[][] differences(Metric metric, int[] values, double[] marginals) {
		int size = values.length;
		double[][] delta = new double[size][size];
		for (int c = 0; c < size; c++) {
			for (int k = 0; k < size; k++) {
				delta[c][k] = switch (metric) {
					case NOMINAL -> (c == k) ? 0 : 1;
					case INTERVAL -> square(values[c] - values[k]);
					case ORDINAL -> square(ordinalDistance(marginals, Math.min(c, k), Math.max(c, k)));
				};
			}
		}
		return delta;
	}

	/** Σ<sub>g=c..k</sub> n<sub>g</sub> − (n<sub>c</sub> + n<sub>k</sub>)/2 for c ≤ k. */
	private static double ordinalDistance(double[] marginals, int from, int to) {
		double sum = 0;
		for (int g = from; g <= to; g++) {
			sum += marginals[g];
		}
		return sum - (marginals[from] + marginals[to]) / 2;
	}

	private static double square(double x) {
		return x * x;
	}

	/**
	 * The values-by-values coincidence matrix of the pairable values: o<sub>ck</sub>, its
	 * marginals n<sub>c</sub> and their total n.
	 */
	public static final class CoincidenceMatrix {

		private final int[] values;

		private final double[][] matrix;

		private final double[] marginals;

		private final int pairableUnits;

		private CoincidenceMatrix(int[] values, double[][] matrix, int pairableUnits) {
			this.values = values;
			this.matrix = matrix;
			this.pairableUnits = pairableUnits;
			this.marginals = new double[values.length];
			for (int c = 0; c < values.length; c++) {
				for (double o : matrix[c]) {
					this.marginals[c] += o;
				}
			}
		}

		/** The coincidences of the units' values ({@code null} = missing). */
		public static CoincidenceMatrix of(Collection<? extends Collection<Integer>> units) {
			List<List<Integer>> pairable = new ArrayList<>();
			SortedSet<Integer> distinct = new TreeSet<>();
			for (Collection<Integer> unit : units) {
				List<Integer> present = unit.stream().filter(Objects::nonNull).toList();
				if (present.size() >= 2) {
					pairable.add(present);
					distinct.addAll(present);
				}
			}
			int[] values = distinct.stream().mapToInt(Integer::intValue).toArray();
			double[][] matrix = new double[values.length][values.length];
			for (List<Integer> unit : pairable) {
				int m = unit.size();
				int[] counts = new int[values.length];
				for (int value : unit) {
					counts[Arrays.binarySearch(values, value)]++;
				}
				for (int c = 0; c < values.length; c++) {
					for (int k = 0; k < values.length; k++) {
						// ordered pairs of values of different coders: n_uc * n_uk,
						// without the
						// pairs of a value with itself when c = k
						double pairs = (c == k) ? counts[c] * (counts[c] - 1.0) : counts[c] * (double) counts[k];
						matrix[c][k] += pairs / (m - 1);
					}
				}
			}
			return new CoincidenceMatrix(values, matrix, pairable.size());
		}

		/** The distinct pairable values, ascending. */
		public int[] values() {
			return this.values.clone();
		}

		/** How many units had at least two values. */
		public int pairableUnits() {
			return this.pairableUnits;
		}

		/** o<sub>ck</sub> by the values themselves (0 for a value nobody used). */
		public double coincidences(int c, int k) {
			int i = Arrays.binarySearch(this.values, c);
			int j = Arrays.binarySearch(this.values, k);
			return (i < 0 || j < 0) ? 0 : this.matrix[i][j];
		}

		/** n<sub>c</sub> by the value itself (0 for a value nobody used). */
		public double marginal(int value) {
			int i = Arrays.binarySearch(this.values, value);
			return (i < 0) ? 0 : this.marginals[i];
		}

		/** n, the number of pairable values. */
		public double total() {
			return Arrays.stream(this.marginals).sum();
		}

		double byIndex(int c, int k) {
			return this.matrix[c][k];
		}

		double marginalByIndex(int c) {
			return this.marginals[c];
		}

		double[] marginalsByIndex() {
			return this.marginals.clone();
		}

	}

}
