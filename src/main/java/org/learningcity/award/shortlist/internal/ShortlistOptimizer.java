package org.learningcity.award.shortlist.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.learningcity.award.support.MinCostFlow;

/**
 * Suggests a cycle's shortlist, exactly: pure and deterministic (no Spring, no database).
 *
 * <p>
 * The shortlist holds only <em>qualified</em> candidates (overall score at least the
 * minimum) and at most {@code perCountry} of one country. Among those shortlists it takes
 * (1) as many candidates as possible, up to {@code size}; (2) among those, one that
 * represents as many regions as possible, so every region with a qualified candidate when
 * there are places enough, else the regions whose best candidates score highest; (3)
 * among those, the highest sum of overall scores; (4) among those, the lexicographically
 * best in ranking order (it holds the best-ranked candidate it can, then the next ...).
 *
 * <p>
 * (1)–(3) are a min-cost max-flow: super source → source (capacity {@code size}) → region
 * (one unit at cost 0, the regional place, and any further units at a cost {@code B}
 * larger than any difference of scores) → country (capacity {@code perCountry}) →
 * candidate (capacity 1, cost {@code K − score}) → sink. The maximum flow is the largest
 * possible shortlist; with the flow fixed, the cost counts the units that do not open a
 * region times {@code B} plus the missing score, so the cheapest flow represents the most
 * regions and then keeps the best scores. (4) fixes the candidates one by one in ranking
 * order: a candidate is in if some optimal shortlist holds it and every candidate decided
 * before (forced candidates cost {@code G} less than the others, {@code G} larger than
 * everything else, so the flow holds every forced candidate it can).
 *
 * <p>
 * Scores are compared in millionths.
 */
final class ShortlistOptimizer {

	static final long SCALE = 1_000_000L;

	/** Costs would overflow beyond this many candidates. */
	static final int MAX_CANDIDATES = 2_000;

	/**
	 * A ranked nomination as the optimiser sees it.
	 *
	 * @param id the nomination
	 * @param cityName the city, for the reasons
	 * @param country the country code
	 * @param countryName the country's name, for the reasons
	 * @param region the region code
	 * @param regionName the region's name, for the reasons
	 * @param overall the overall score
	 * @param rank the rank in the ranking (ties share it)
	 */
	record Candidate(long id, String cityName, String country, String countryName, String region, String regionName,
			double overall, int rank) {

		long score() {
			return Math.round(this.overall * SCALE);
		}

	}

	/**
	 * The cycle's limits.
	 *
	 * @param size the shortlist's size
	 * @param perCountry the most candidates of one country
	 * @param minimumScore the lowest overall score that qualifies
	 */
	record Limits(int size, int perCountry, double minimumScore) {

		long minimum() {
			return Math.round(this.minimumScore * SCALE);
		}

	}

	/**
	 * Why a candidate is in or out, or a note on the whole shortlist: a message key of
	 * {@code messages/shortlist} and its arguments.
	 */
	record Why(String code, List<Object> args) {

		Why {
			args = List.copyOf(args);
		}

	}

	/**
	 * A suggestion.
	 *
	 * @param selected the ids of the shortlisted candidates, in ranking order
	 * @param reasons per candidate (every one, in ranking order) why it is in or out
	 * @param notes remarks on the whole shortlist
	 */
	record Outcome(List<Long> selected, Map<Long, Why> reasons, List<Why> notes) {

	}

	static final String IN_SCORE = "shortlist.reason.in-score";

	static final String IN_REGION = "shortlist.reason.in-region";

	static final String OUT_MINIMUM = "shortlist.reason.out-minimum";

	static final String OUT_COUNTRY = "shortlist.reason.out-country";

	static final String OUT_REGION_NO_PLACE = "shortlist.reason.out-region-no-place";

	static final String OUT_DISPLACED = "shortlist.reason.out-displaced";

	static final String OUT_FULL = "shortlist.reason.out-full";

	static final String NOTE_FEW_QUALIFIED = "shortlist.note.few-qualified";

	static final String NOTE_COUNTRY_LIMIT = "shortlist.note.country-limit";

	static final String NOTE_MORE_REGIONS = "shortlist.note.more-regions";

	static final String NOTE_REGION_UNQUALIFIED = "shortlist.note.region-unqualified";

	private ShortlistOptimizer() {
	}

	/**
	 * The suggestion for candidates given in ranking order (best first).
	 */
	static Outcome suggest(List<Candidate> ranked, Limits limits) {
		if (ranked.size() > MAX_CANDIDATES) {
			throw new IllegalArgumentException("At most " + MAX_CANDIDATES + " candidates");
		}
		List<Candidate> qualified = ranked.stream().filter(c -> c.score() >= limits.minimum()).toList();
		Selection best = solve(qualified, limits, Set.of(), Set.of());
		Set<Long> in = new LinkedHashSet<>();
		Set<Long> out = new HashSet<>();
		Selection current = best;
		for (Candidate candidate : qualified) {
			if (in.size() == best.chosen.size()) {
				out.add(candidate.id());
				continue;
			}
			if (current.chosen.contains(candidate.id())) {
				in.add(candidate.id());
				continue;
			}
			Set<Long> forced = new LinkedHashSet<>(in);
			forced.add(candidate.id());
			Selection trial = solve(qualified, limits, forced, out);
			if (trial.chosen.containsAll(forced) && trial.regions == best.regions && trial.score == best.score) {
				in.add(candidate.id());
				current = trial;
			}
			else {
				out.add(candidate.id());
			}
		}
		List<Long> selected = qualified.stream().map(Candidate::id).filter(in::contains).toList();
		return new Outcome(selected, explain(ranked, qualified, limits, in, best.chosen.size()),
				notes(ranked, qualified, limits, in));
	}

	/** A flow's shortlist, the regions it represents and its score. */
	private record Selection(Set<Long> chosen, int regions, long score) {

	}

	private static Selection solve(List<Candidate> qualified, Limits limits, Set<Long> forced, Set<Long> excluded) {
		Map<String, Integer> regionNode = new LinkedHashMap<>();
		Map<String, Integer> countryNode = new LinkedHashMap<>();
		int next = 3;
		for (Candidate c : qualified) {
			if (!regionNode.containsKey(c.region())) {
				regionNode.put(c.region(), next++);
			}
		}
		for (Candidate c : qualified) {
			if (!countryNode.containsKey(c.country())) {
				countryNode.put(c.country(), next++);
			}
		}
		int candidateBase = next;
		int superSource = 0;
		int source = 1;
		int sink = 2;
		MinCostFlow flow = new MinCostFlow(candidateBase + qualified.size());
		long n = qualified.size() + 1;
		long k = 5 * SCALE + 1;
		long b = k * n;
		long g = b * n;
		flow.addEdge(superSource, source, Math.max(limits.size(), 0), 0);
		Map<String, Integer> regionalPlace = new HashMap<>();
		for (Map.Entry<String, Integer> region : regionNode.entrySet()) {
			regionalPlace.put(region.getKey(), flow.addEdge(source, region.getValue(), 1, 0));
			flow.addEdge(source, region.getValue(), Math.max(limits.size(), 0), b);
		}
		Set<String> linked = new HashSet<>();
		for (Candidate c : qualified) {
			if (linked.add(c.country())) {
				flow.addEdge(regionNode.get(c.region()), countryNode.get(c.country()), Math.max(limits.perCountry(), 0),
						0);
			}
		}
		int[] edges = new int[qualified.size()];
		for (int i = 0; i < qualified.size(); i++) {
			Candidate c = qualified.get(i);
			int node = candidateBase + i;
			long cost = Math.max(k - c.score(), 0) + (forced.contains(c.id()) ? 0 : g);
			edges[i] = flow.addEdge(countryNode.get(c.country()), node, excluded.contains(c.id()) ? 0 : 1, cost);
			flow.addEdge(node, sink, 1, 0);
		}
		flow.solve(superSource, sink);
		Set<Long> chosen = new LinkedHashSet<>();
		long score = 0;
		for (int i = 0; i < qualified.size(); i++) {
			if (flow.flow(edges[i]) > 0) {
				chosen.add(qualified.get(i).id());
				score += qualified.get(i).score();
			}
		}
		int regions = 0;
		for (int edge : regionalPlace.values()) {
			regions += flow.flow(edge);
		}
		return new Selection(chosen, regions, score);
	}

	/**
	 * The shortlist by score alone, without the regional places: the best-ranked
	 * qualified candidates that fit the per-country limit, up to the size.
	 */
	static Set<Long> byScoreAlone(List<Candidate> qualified, Limits limits, int places) {
		Set<Long> chosen = new LinkedHashSet<>();
		Map<String, Integer> perCountry = new HashMap<>();
		for (Candidate c : qualified) {
			if (chosen.size() >= places) {
				break;
			}
			if (perCountry.getOrDefault(c.country(), 0) < limits.perCountry()) {
				chosen.add(c.id());
				perCountry.merge(c.country(), 1, Integer::sum);
			}
		}
		return chosen;
	}

	private static Map<Long, Why> explain(List<Candidate> ranked, List<Candidate> qualified, Limits limits,
			Set<Long> in, int places) {
		Set<Long> byScore = byScoreAlone(qualified, limits, places);
		Map<String, Integer> chosenPerCountry = new HashMap<>();
		Set<String> representedRegions = new HashSet<>();
		for (Candidate c : qualified) {
			if (in.contains(c.id())) {
				chosenPerCountry.merge(c.country(), 1, Integer::sum);
				representedRegions.add(c.region());
			}
		}
		Map<Long, Why> reasons = new LinkedHashMap<>();
		Map<String, Integer> seenInCountry = new HashMap<>();
		Set<String> regionChosenSoFar = new HashSet<>();
		Set<String> regionSeen = new HashSet<>();
		int qualifiedRegions = (int) qualified.stream().map(Candidate::region).distinct().count();
		for (Candidate c : ranked) {
			if (c.score() < limits.minimum()) {
				reasons.put(c.id(), new Why(OUT_MINIMUM, List.of(c.cityName(), c.overall(), limits.minimumScore())));
				continue;
			}
			int ordinal = seenInCountry.merge(c.country(), 1, Integer::sum);
			boolean bestOfRegion = regionSeen.add(c.region());
			if (in.contains(c.id())) {
				boolean firstOfRegion = regionChosenSoFar.add(c.region());
				if (firstOfRegion && !byScore.contains(c.id())) {
					reasons.put(c.id(), new Why(IN_REGION, List.of(c.cityName(), c.regionName(), c.rank())));
				}
				else {
					reasons.put(c.id(), new Why(IN_SCORE, List.of(c.cityName(), c.rank())));
				}
			}
			else if (chosenPerCountry.getOrDefault(c.country(), 0) >= limits.perCountry()) {
				reasons.put(c.id(),
						new Why(OUT_COUNTRY, List.of(c.cityName(), ordinal, c.countryName(), limits.perCountry())));
			}
			else if (bestOfRegion && !representedRegions.contains(c.region())) {
				reasons.put(c.id(), new Why(OUT_REGION_NO_PLACE,
						List.of(c.cityName(), c.regionName(), qualifiedRegions, limits.size())));
			}
			else if (byScore.contains(c.id())) {
				reasons.put(c.id(), new Why(OUT_DISPLACED, List.of(c.cityName(), c.rank())));
			}
			else {
				reasons.put(c.id(), new Why(OUT_FULL, List.of(c.cityName(), c.rank(), limits.size())));
			}
		}
		return reasons;
	}

	private static List<Why> notes(List<Candidate> ranked, List<Candidate> qualified, Limits limits, Set<Long> in) {
		List<Why> notes = new ArrayList<>();
		if (qualified.size() < limits.size()) {
			notes.add(new Why(NOTE_FEW_QUALIFIED, List.of(qualified.size(), limits.minimumScore(), limits.size())));
		}
		else if (in.size() < limits.size()) {
			notes.add(new Why(NOTE_COUNTRY_LIMIT, List.of(in.size(), limits.perCountry(), limits.size())));
		}
		Set<String> qualifiedRegions = new LinkedHashSet<>();
		qualified.forEach(c -> qualifiedRegions.add(c.region()));
		if (qualifiedRegions.size() > limits.size()) {
			notes.add(new Why(NOTE_MORE_REGIONS, List.of(qualifiedRegions.size(), limits.size())));
		}
		Set<String> unqualified = new LinkedHashSet<>();
		Map<String, String> names = new HashMap<>();
		for (Candidate c : ranked) {
			names.put(c.region(), c.regionName());
			if (!qualifiedRegions.contains(c.region())) {
				unqualified.add(c.region());
			}
		}
		unqualified
			.forEach(r -> notes.add(new Why(NOTE_REGION_UNQUALIFIED, List.of(names.get(r), limits.minimumScore()))));
		return notes;
	}

}
