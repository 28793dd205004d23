package org.learningcity.award.shortlist.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Candidate;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Limits;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Outcome;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Why;

import static org.assertj.core.api.Assertions.assertThat;

class ShortlistOptimizerTests {

	private static final String[] REGIONS = { "AFRICA", "ARAB_STATES", "ASIA_PACIFIC", "EUROPE_NORTH_AMERICA",
			"LATIN_AMERICA_CARIBBEAN" };

	// --- the examples of the issue

	@Test
	void aThirdCityOfACountryIsOutWithTheCountryLimitAsItsReason() {
		List<Candidate> ranked = ranked(c(1, "Helsinki", "FI", "EUROPE_NORTH_AMERICA", 4.5),
				c(2, "Turku", "FI", "EUROPE_NORTH_AMERICA", 4.4), c(3, "Espoo", "FI", "EUROPE_NORTH_AMERICA", 4.3),
				c(4, "Cork", "IE", "EUROPE_NORTH_AMERICA", 3.5));

		Outcome outcome = ShortlistOptimizer.suggest(ranked, new Limits(3, 2, 3.0));

		assertThat(outcome.selected()).containsExactly(1L, 2L, 4L);
		assertThat(outcome.reasons().get(3L))
			.isEqualTo(new Why(ShortlistOptimizer.OUT_COUNTRY, List.of("Espoo", 3, "Finland", 2)));
		assertThat(outcome.reasons().get(4L).code()).isEqualTo(ShortlistOptimizer.IN_SCORE);
	}

	@Test
	void theBestCandidateOfAnOtherwiseUnrepresentedRegionTakesAPlaceAndDisplacesTheLastByScore() {
		List<Candidate> ranked = ranked(c(1, "Cork", "IE", "EUROPE_NORTH_AMERICA", 4.5),
				c(2, "Espoo", "FI", "EUROPE_NORTH_AMERICA", 4.4), c(3, "Turin", "IT", "EUROPE_NORTH_AMERICA", 4.3),
				c(4, "Lagos", "NG", "AFRICA", 3.2), c(5, "Accra", "GH", "AFRICA", 3.1),
				c(6, "Tunis", "TN", "ARAB_STATES", 2.0));

		Outcome outcome = ShortlistOptimizer.suggest(ranked, new Limits(3, 2, 3.0));

		assertThat(outcome.selected()).containsExactly(1L, 2L, 4L);
		assertThat(outcome.reasons().get(4L))
			.isEqualTo(new Why(ShortlistOptimizer.IN_REGION, List.of("Lagos", "Africa", 4)));
		assertThat(outcome.reasons().get(3L)).isEqualTo(new Why(ShortlistOptimizer.OUT_DISPLACED, List.of("Turin", 3)));
		assertThat(outcome.reasons().get(5L)).isEqualTo(new Why(ShortlistOptimizer.OUT_FULL, List.of("Accra", 5, 3)));
		assertThat(outcome.reasons().get(6L))
			.isEqualTo(new Why(ShortlistOptimizer.OUT_MINIMUM, List.of("Tunis", 2.0, 3.0)));
		assertThat(outcome.notes()).extracting(Why::code).containsExactly(ShortlistOptimizer.NOTE_REGION_UNQUALIFIED);
	}

	@Test
	void withMoreRegionsThanPlacesTheRegionsWithTheBestCandidatesAreRepresentedAndTheConflictIsNoted() {
		List<Candidate> ranked = ranked(c(1, "Cork", "IE", "EUROPE_NORTH_AMERICA", 4.5),
				c(2, "Espoo", "FI", "EUROPE_NORTH_AMERICA", 4.4), c(3, "Lagos", "NG", "AFRICA", 4.0),
				c(4, "Tunis", "TN", "ARAB_STATES", 3.8), c(5, "Quito", "EC", "LATIN_AMERICA_CARIBBEAN", 3.5));

		Outcome outcome = ShortlistOptimizer.suggest(ranked, new Limits(3, 2, 3.0));

		assertThat(outcome.selected()).containsExactly(1L, 3L, 4L);
		assertThat(outcome.reasons().get(5L).code()).isEqualTo(ShortlistOptimizer.OUT_REGION_NO_PLACE);
		assertThat(outcome.reasons().get(2L).code()).isEqualTo(ShortlistOptimizer.OUT_DISPLACED);
		assertThat(outcome.notes()).extracting(Why::code).contains(ShortlistOptimizer.NOTE_MORE_REGIONS);
	}

	@Test
	void fewerQualifiedCandidatesThanPlacesGiveAShorterShortlistAndANote() {
		List<Candidate> ranked = ranked(c(1, "Cork", "IE", "EUROPE_NORTH_AMERICA", 4.5),
				c(2, "Lagos", "NG", "AFRICA", 2.9));

		Outcome outcome = ShortlistOptimizer.suggest(ranked, new Limits(15, 2, 3.0));

		assertThat(outcome.selected()).containsExactly(1L);
		assertThat(outcome.notes()).extracting(Why::code).contains(ShortlistOptimizer.NOTE_FEW_QUALIFIED);
	}

	@Test
	void noCandidatesGiveAnEmptyShortlist() {
		Outcome outcome = ShortlistOptimizer.suggest(List.of(), new Limits(15, 2, 3.0));

		assertThat(outcome.selected()).isEmpty();
		assertThat(outcome.reasons()).isEmpty();
	}

	@Test
	void tiedCandidatesAreBrokenByRankingOrder() {
		List<Candidate> ranked = ranked(c(1, "Cork", "IE", "EUROPE_NORTH_AMERICA", 4.0),
				c(2, "Espoo", "FI", "EUROPE_NORTH_AMERICA", 4.0), c(3, "Turin", "IT", "EUROPE_NORTH_AMERICA", 4.0));

		assertThat(ShortlistOptimizer.suggest(ranked, new Limits(2, 2, 3.0)).selected()).containsExactly(1L, 2L);
	}

	// --- generated cycles

	@Test
	void generatedCyclesKeepEveryLimitAndMatchTheBestShortlistByBruteForce() {
		for (long seed = 1; seed <= 400; seed++) {
			Random random = new Random(seed);
			List<Candidate> ranked = generate(random, random.nextInt(13));
			Limits limits = new Limits(1 + random.nextInt(6), 1 + random.nextInt(3),
					new double[] { 1.0, 2.5, 3.0, 3.5 }[random.nextInt(4)]);

			Outcome outcome = ShortlistOptimizer.suggest(ranked, limits);

			List<Candidate> chosen = ranked.stream().filter(c -> outcome.selected().contains(c.id())).toList();
			assertThat(outcome.selected()).as("seed %d", seed).doesNotHaveDuplicates();
			assertThat(chosen).as("seed %d", seed).hasSizeLessThanOrEqualTo(limits.size());
			assertThat(chosen).as("seed %d", seed).allMatch(c -> c.score() >= limits.minimum());
			Map<String, Integer> perCountry = new HashMap<>();
			chosen.forEach(c -> perCountry.merge(c.country(), 1, Integer::sum));
			assertThat(perCountry.values()).as("seed %d", seed).allMatch(n -> n <= limits.perCountry());
			assertThat(outcome.selected()).as("seed %d", seed).containsExactlyElementsOf(bruteForce(ranked, limits));
			assertExplained(seed, ranked, limits, outcome);
		}
	}

	@Test
	void largeGeneratedCyclesRepresentEveryQualifiedRegionWhenThereArePlacesEnough() {
		for (long seed = 1; seed <= 30; seed++) {
			Random random = new Random(seed);
			List<Candidate> ranked = generate(random, 60 + random.nextInt(80));
			Limits limits = new Limits(15, 2, 3.0);

			Outcome outcome = ShortlistOptimizer.suggest(ranked, limits);

			Set<String> qualifiedRegions = new HashSet<>();
			ranked.stream().filter(c -> c.score() >= limits.minimum()).forEach(c -> qualifiedRegions.add(c.region()));
			Set<String> represented = new HashSet<>();
			ranked.stream().filter(c -> outcome.selected().contains(c.id())).forEach(c -> represented.add(c.region()));
			assertThat(represented).as("seed %d", seed).isEqualTo(qualifiedRegions);
			assertExplained(seed, ranked, limits, outcome);
		}
	}

	/**
	 * Every candidate has exactly one reason, and it is true of the shortlist.
	 */
	private static void assertExplained(long seed, List<Candidate> ranked, Limits limits, Outcome outcome) {
		assertThat(outcome.reasons().keySet()).as("seed %d", seed)
			.containsExactlyElementsOf(ranked.stream().map(Candidate::id).toList());
		Set<Long> in = new HashSet<>(outcome.selected());
		List<Candidate> qualified = ranked.stream().filter(c -> c.score() >= limits.minimum()).toList();
		Set<String> qualifiedRegions = new HashSet<>();
		qualified.forEach(c -> qualifiedRegions.add(c.region()));
		Map<String, Integer> chosenPerCountry = new HashMap<>();
		Set<String> represented = new HashSet<>();
		ranked.stream().filter(c -> in.contains(c.id())).forEach(c -> {
			chosenPerCountry.merge(c.country(), 1, Integer::sum);
			represented.add(c.region());
		});
		for (Candidate c : ranked) {
			Why why = outcome.reasons().get(c.id());
			String code = why.code();
			assertThat(code.startsWith("shortlist.reason.in-")).as("seed %d, %s: %s", seed, c.cityName(), code)
				.isEqualTo(in.contains(c.id()));
			int position = ranked.indexOf(c);
			switch (code) {
				case ShortlistOptimizer.OUT_MINIMUM -> assertThat(c.score()).isLessThan(limits.minimum());
				case ShortlistOptimizer.OUT_COUNTRY -> {
					assertThat(c.score()).isGreaterThanOrEqualTo(limits.minimum());
					assertThat(chosenPerCountry.get(c.country())).isEqualTo(limits.perCountry());
					// every chosen city of the country is ranked above it
					assertThat(ranked.subList(0, position)
						.stream()
						.filter(o -> in.contains(o.id()) && o.country().equals(c.country()))
						.count()).isEqualTo(limits.perCountry());
					long ordinal = qualified.stream()
						.filter(o -> o.country().equals(c.country()) && ranked.indexOf(o) <= position)
						.count();
					assertThat(why.args().get(1)).isEqualTo((int) ordinal);
				}
				case ShortlistOptimizer.OUT_REGION_NO_PLACE -> {
					assertThat(qualifiedRegions.size()).as("seed %d", seed).isGreaterThan(in.size());
					assertThat(represented).doesNotContain(c.region());
				}
				case ShortlistOptimizer.OUT_DISPLACED, ShortlistOptimizer.OUT_FULL -> {
					assertThat(c.score()).isGreaterThanOrEqualTo(limits.minimum());
					assertThat(chosenPerCountry.getOrDefault(c.country(), 0)).isLessThan(limits.perCountry());
					assertThat(in).as("seed %d: the shortlist is full", seed).hasSize(limits.size());
					if (code.equals(ShortlistOptimizer.OUT_DISPLACED)) {
						// someone ranked below it is in for the region
						assertThat(ranked.subList(position + 1, ranked.size()))
							.anyMatch(o -> outcome.reasons().get(o.id()).code().equals(ShortlistOptimizer.IN_REGION));
					}
					else {
						// every one in for the score alone is at least as good
						ranked.stream()
							.filter(o -> outcome.reasons().get(o.id()).code().equals(ShortlistOptimizer.IN_SCORE))
							.forEach(o -> assertThat(o.score()).isGreaterThanOrEqualTo(c.score()));
					}
				}
				case ShortlistOptimizer.IN_REGION -> {
					// the only one of its region on the shortlist, and it would not be on
					// it by score alone
					assertThat(
							ranked.stream().filter(o -> in.contains(o.id()) && o.region().equals(c.region())).count())
						.as("seed %d", seed)
						.isEqualTo(1);
					assertThat(ShortlistOptimizer.byScoreAlone(qualified, limits, in.size())).doesNotContain(c.id());
				}
				case ShortlistOptimizer.IN_SCORE -> assertThat(c.score()).isGreaterThanOrEqualTo(limits.minimum());
				default -> throw new AssertionError("Unknown reason " + code);
			}
		}
	}

	/**
	 * The best shortlist by enumeration: the most candidates, then the most regions, then
	 * the highest score, then the lexicographically first in ranking order.
	 */
	private static List<Long> bruteForce(List<Candidate> ranked, Limits limits) {
		int n = ranked.size();
		long[] bestKey = null;
		int bestMask = 0;
		for (int mask = 0; mask < (1 << n); mask++) {
			if (Integer.bitCount(mask) > limits.size()) {
				continue;
			}
			Map<String, Integer> perCountry = new HashMap<>();
			Set<String> regions = new HashSet<>();
			long score = 0;
			boolean valid = true;
			for (int i = 0; i < n && valid; i++) {
				if ((mask & (1 << i)) != 0) {
					Candidate c = ranked.get(i);
					valid = c.score() >= limits.minimum()
							&& perCountry.merge(c.country(), 1, Integer::sum) <= limits.perCountry();
					regions.add(c.region());
					score += c.score();
				}
			}
			if (!valid) {
				continue;
			}
			// lexicographic in ranking order: position 0 is the most significant
			long order = 0;
			for (int i = 0; i < n; i++) {
				order = (order << 1) | (((mask >> i) & 1));
			}
			long[] key = { Integer.bitCount(mask), regions.size(), score, order };
			if (bestKey == null || compare(key, bestKey) > 0) {
				bestKey = key;
				bestMask = mask;
			}
		}
		List<Long> chosen = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if ((bestMask & (1 << i)) != 0) {
				chosen.add(ranked.get(i).id());
			}
		}
		return chosen;
	}

	private static int compare(long[] a, long[] b) {
		for (int i = 0; i < a.length; i++) {
			if (a[i] != b[i]) {
				return Long.compare(a[i], b[i]);
			}
		}
		return 0;
	}

	private static List<Candidate> generate(Random random, int count) {
		int countries = 1 + random.nextInt(8);
		String[] regionOf = new String[countries];
		int regionCount = 2 + random.nextInt(4);
		for (int i = 0; i < countries; i++) {
			regionOf[i] = REGIONS[random.nextInt(regionCount)];
		}
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int country = random.nextInt(countries);
			// scores on a coarse grid so that ties happen
			double overall = 1.0 + random.nextInt(17) * 0.25;
			candidates.add(c(i + 1, "City " + (i + 1), "C" + country, regionOf[country], overall));
		}
		return ranked(candidates.toArray(Candidate[]::new));
	}

	private static Candidate c(long id, String city, String country, String region, double overall) {
		return new Candidate(id, city, country, country.equals("FI") ? "Finland" : country, region,
				region.equals("AFRICA") ? "Africa" : region, overall, 0);
	}

	/** In ranking order (overall, then id), with ranks that ties share. */
	private static List<Candidate> ranked(Candidate... candidates) {
		List<Candidate> sorted = new ArrayList<>(List.of(candidates));
		sorted.sort(Comparator.comparingDouble(Candidate::overall).reversed().thenComparingLong(Candidate::id));
		List<Candidate> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Candidate c = sorted.get(i);
			int rank = (i > 0 && sorted.get(i - 1).overall() == c.overall()) ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new Candidate(c.id(), c.cityName(), c.country(), c.countryName(), c.region(), c.regionName(),
					c.overall(), rank));
		}
		return ranked;
	}

}
