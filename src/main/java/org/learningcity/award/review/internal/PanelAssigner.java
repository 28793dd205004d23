package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.support.MinCostFlow;

/**
 * Forms every panel of a cycle at once, optimally. Pure and deterministic: no Spring, no
 * database; the same request gives the same panels whatever the order of its lists.
 *
 * <p>
 * The panels are a min-cost max-flow ({@link MinCostFlow}) in this network:
 *
 * <pre>
 * source ─(panel size)→ nomination ─(1 each, cost 0, s, 2s …)→ nomination × region
 *        ─(1, preference penalty)→ expert ─(1 each, cost B·(load+1), B·(load+2) …)→ sink
 * </pre>
 *
 * <ul>
 * <li>Only pairs that no {@link ConflictRule} forbids get an edge, so conflicts of
 * interest can never be broken.
 * <li>An expert's edges to the sink number their spare capacity ({@code maxLoad −
 * currentLoad}), so nobody goes over their maximum. Each further review costs more than
 * the one before (convex), so the cheapest flow spreads the load; as {@code B} is larger
 * than all preference penalties together, loads are first made as even as the rules allow
 * (the sum of squared loads is minimal, which for such flows also minimises the largest
 * and maximises the smallest load) and only then are preferences weighed.
 * <li>A nomination reaches its experts through one node per region whose first expert is
 * free, the second costs {@link AssignmentWeights#sameRegion()}, the third twice that:
 * panels mix regions where they can.
 * <li>The pair's cost holds the penalties for an expert who does not read the report's
 * language or does not know its focus.
 * </ul>
 * A nomination with fewer eligible experts than the panel size cannot be staffed at all;
 * it stays out of the flow so that it takes no place another nomination needs. A maximum
 * flow that does not fill every other panel means that a group of nominations shares
 * experts with too few places: the residual network (a minimum cut) names the group.
 * Reserves are picked afterwards from the conflict-free experts with room left, best
 * preference first; they do not count toward the load.
 */
public final class PanelAssigner {

	private static final int SOURCE = 0;

	private static final int SINK = 1;

	/**
	 * Forms the panels.
	 * @param request the nominations, experts, sizes, rules and penalties
	 * @return full panels for every nomination, or the nominations that cannot be staffed
	 */
	public PanelAssignment assign(AssignmentRequest request) {
		return new Run(request).assign();
	}

	/** One assignment: the sorted input, the network and what it gave. */
	private static final class Run {

		private final AssignmentRequest request;

		private final AssignmentWeights weights;

		private final int panelSize;

		private final List<PanelNomination> nominations;

		private final List<PanelExpert> experts;

		/** Per nomination, the experts (indices, by username) who may review it. */
		private final List<List<Integer>> eligible = new ArrayList<>();

		/** Per nomination, the count of experts each rule excludes, then fully booked. */
		private final List<int[]> excluded = new ArrayList<>();

		private MinCostFlow network;

		private final int[] sourceEdge;

		/** Per nomination, per eligible expert (same order): the pair's edge. */
		private final List<int[]> pairEdges = new ArrayList<>();

		Run(AssignmentRequest request) {
			this.request = request;
			this.weights = request.weights();
			this.panelSize = request.panelSize();
			this.nominations = request.nominations()
				.stream()
				.sorted(Comparator.comparingLong(PanelNomination::id))
				.toList();
			this.experts = request.experts().stream().sorted(Comparator.comparing(PanelExpert::username)).toList();
			this.sourceEdge = new int[this.nominations.size()];
		}

		PanelAssignment assign() {
			findEligibleExperts();
			buildNetwork();
			MinCostFlow.Result result = this.network.solve(SOURCE, SINK);
			if (result.flow() < (long) this.nominations.size() * this.panelSize) {
				return new PanelAssignment(List.of(), problems(), Map.of(), 0);
			}
			return panels();
		}

		private void findEligibleExperts() {
			List<ConflictRule> rules = this.request.rules();
			for (PanelNomination nomination : this.nominations) {
				List<Integer> candidates = new ArrayList<>();
				int[] counts = new int[rules.size() + 1];
				for (int j = 0; j < this.experts.size(); j++) {
					PanelExpert expert = this.experts.get(j);
					ConflictRule conflict = this.request.conflict(expert, nomination);
					if (conflict != null) {
						counts[rules.indexOf(conflict)]++;
					}
					else if (expert.spare() == 0) {
						counts[rules.size()]++;
					}
					else {
						candidates.add(j);
					}
				}
				this.eligible.add(candidates);
				this.excluded.add(counts);
			}
		}

		private void buildNetwork() {
			List<Map<String, List<Integer>>> groups = new ArrayList<>();
			int groupCount = 0;
			for (List<Integer> candidates : this.eligible) {
				Map<String, List<Integer>> byRegion = new LinkedHashMap<>();
				for (int j : candidates) {
					byRegion.computeIfAbsent(regionKey(this.experts.get(j)), (key) -> new ArrayList<>()).add(j);
				}
				groups.add(byRegion);
				groupCount += byRegion.size();
			}
			int nominationBase = 2;
			int expertBase = nominationBase + this.nominations.size();
			int groupBase = expertBase + this.experts.size();
			this.network = new MinCostFlow(groupBase + groupCount);
			int group = groupBase;
			for (int i = 0; i < this.nominations.size(); i++) {
				PanelNomination nomination = this.nominations.get(i);
				int node = nominationBase + i;
				// a nomination that cannot have a full panel anyway takes no expert's
				// place
				int demand = (this.eligible.get(i).size() >= this.panelSize) ? this.panelSize : 0;
				this.sourceEdge[i] = this.network.addEdge(SOURCE, node, demand, 0);
				Map<Integer, Integer> edgeOf = new HashMap<>();
				for (List<Integer> members : groups.get(i).values()) {
					for (int t = 0; t < Math.min(this.panelSize, members.size()); t++) {
						this.network.addEdge(node, group, 1, (long) t * this.weights.sameRegion());
					}
					for (int j : members) {
						edgeOf.put(j, this.network.addEdge(group, expertBase + j, 1,
								this.weights.pair(this.experts.get(j), nomination)));
					}
					group++;
				}
				this.pairEdges.add(this.eligible.get(i).stream().mapToInt(edgeOf::get).toArray());
			}
			long loadStep = loadStep();
			for (int j = 0; j < this.experts.size(); j++) {
				PanelExpert expert = this.experts.get(j);
				for (int unit = 1; unit <= expert.spare(); unit++) {
					this.network.addEdge(expertBase + j, SINK, 1,
							Math.multiplyExact(loadStep, (long) expert.currentLoad() + unit));
				}
			}
		}

		/**
		 * The cost of one more review on an expert, larger than every preference penalty
		 * of every panel together, so that even loads always come first.
		 */
		private long loadStep() {
			long perPanel = Math.addExact(
					Math.multiplyExact((long) this.panelSize,
							(long) this.weights.language() + this.weights.expertise()),
					this.weights.sameRegion(this.panelSize));
			return Math.addExact(Math.multiplyExact(perPanel, (long) this.nominations.size()), 1);
		}

		private PanelAssignment panels() {
			int[] assigned = new int[this.experts.size()];
			List<List<Integer>> members = new ArrayList<>();
			for (int i = 0; i < this.nominations.size(); i++) {
				List<Integer> panel = new ArrayList<>();
				int[] edges = this.pairEdges.get(i);
				for (int c = 0; c < edges.length; c++) {
					if (this.network.flow(edges[c]) > 0) {
						int j = this.eligible.get(i).get(c);
						panel.add(j);
						assigned[j]++;
					}
				}
				members.add(panel);
			}
			int[] reserveCount = new int[this.experts.size()];
			List<AssignedPanel> panels = new ArrayList<>();
			long total = 0;
			for (int i = 0; i < this.nominations.size(); i++) {
				PanelNomination nomination = this.nominations.get(i);
				List<Integer> panel = members.get(i);
				long cost = preferenceCost(nomination, panel);
				total += cost;
				List<Integer> reserves = reserves(i, panel, assigned, reserveCount);
				panels.add(new AssignedPanel(nomination.id(), usernames(panel), usernames(reserves), cost));
			}
			Map<String, Integer> loads = new HashMap<>();
			for (int j = 0; j < this.experts.size(); j++) {
				PanelExpert expert = this.experts.get(j);
				loads.put(expert.username(), expert.currentLoad() + assigned[j]);
			}
			return new PanelAssignment(panels, List.of(), loads, total);
		}

		private long preferenceCost(PanelNomination nomination, List<Integer> panel) {
			long cost = 0;
			Map<String, Integer> perRegion = new HashMap<>();
			for (int j : panel) {
				PanelExpert expert = this.experts.get(j);
				cost += this.weights.pair(expert, nomination);
				perRegion.merge(regionKey(expert), 1, Integer::sum);
			}
			for (int count : perRegion.values()) {
				cost += this.weights.sameRegion(count);
			}
			return cost;
		}

		/**
		 * The best conflict-free experts with room left who are not on the panel: the
		 * least penalty (counting regions already on the panel) first, then who is a
		 * reserve least often so far, then who has the most room, then by username.
		 */
		private List<Integer> reserves(int i, List<Integer> panel, int[] assigned, int[] reserveCount) {
			PanelNomination nomination = this.nominations.get(i);
			Map<String, Integer> perRegion = new HashMap<>();
			for (int j : panel) {
				perRegion.merge(regionKey(this.experts.get(j)), 1, Integer::sum);
			}
			// only the few best are wanted: keep them in order while scanning (sorting
			// every
			// candidate of every panel showed in profiles of 3,000 panels)
			int wanted = this.request.reservesPerPanel();
			int[] best = new int[wanted];
			long[] bestPenalty = new long[wanted];
			int found = 0;
			for (int j : this.eligible.get(i)) {
				PanelExpert expert = this.experts.get(j);
				if (panel.contains(j) || expert.spare() <= assigned[j]) {
					continue;
				}
				long penalty = this.weights.pair(expert, nomination)
						+ (long) this.weights.sameRegion() * perRegion.getOrDefault(regionKey(expert), 0);
				int at = found;
				while (at > 0 && betterReserve(penalty, j, bestPenalty[at - 1], best[at - 1], assigned, reserveCount)) {
					at--;
				}
				if (at >= wanted) {
					continue;
				}
				int last = Math.min(found, wanted - 1);
				System.arraycopy(best, at, best, at + 1, last - at);
				System.arraycopy(bestPenalty, at, bestPenalty, at + 1, last - at);
				best[at] = j;
				bestPenalty[at] = penalty;
				found = Math.min(found + 1, wanted);
			}
			List<Integer> chosen = new ArrayList<>(found);
			for (int k = 0; k < found; k++) {
				chosen.add(best[k]);
				reserveCount[best[k]]++;
			}
			return chosen;
		}

		/**
		 * Whether reserve {@code j} comes before {@code other}: less penalty, then a
		 * reserve less often so far, then more room left, then the first by username.
		 */
		private boolean betterReserve(long penalty, int j, long otherPenalty, int other, int[] assigned,
				int[] reserveCount) {
			if (penalty != otherPenalty) {
				return penalty < otherPenalty;
			}
			if (reserveCount[j] != reserveCount[other]) {
				return reserveCount[j] < reserveCount[other];
			}
			int room = this.experts.get(j).spare() - assigned[j];
			int otherRoom = this.experts.get(other).spare() - assigned[other];
			if (room != otherRoom) {
				return room > otherRoom;
			}
			return j < other;
		}

		private List<StaffingProblem> problems() {
			int nominationBase = 2;
			List<StaffingProblem> problems = new ArrayList<>();
			for (int i = 0; i < this.nominations.size(); i++) {
				PanelNomination nomination = this.nominations.get(i);
				int staffed = this.network.flow(this.sourceEdge[i]);
				List<StaffingProblem.Exclusion> exclusions = exclusions(i);
				int eligibleCount = this.eligible.get(i).size();
				if (eligibleCount < this.panelSize) {
					problems.add(new StaffingProblem(nomination.id(), nomination.label(),
							StaffingProblem.Reason.TOO_FEW_ELIGIBLE, this.panelSize, eligibleCount, exclusions,
							List.of(), this.panelSize, eligibleCount));
				}
				else if (staffed < this.panelSize) {
					// what i reaches in the residual network (not via the source) is a
					// closed group of nominations and experts whose cut is saturated
					boolean[] reached = this.network.residualReachable(nominationBase + i, SOURCE);
					List<String> competing = new ArrayList<>();
					int available = 0;
					for (int other = 0; other < this.nominations.size(); other++) {
						if (reached[nominationBase + other]) {
							competing.add(this.nominations.get(other).label());
							available += this.network.flow(this.sourceEdge[other]);
						}
					}
					problems.add(new StaffingProblem(nomination.id(), nomination.label(),
							StaffingProblem.Reason.NOT_ENOUGH_PLACES, this.panelSize, eligibleCount, exclusions,
							competing, competing.size() * this.panelSize, available));
				}
			}
			return problems;
		}

		private List<StaffingProblem.Exclusion> exclusions(int i) {
			List<ConflictRule> rules = this.request.rules();
			int[] counts = this.excluded.get(i);
			List<StaffingProblem.Exclusion> exclusions = new ArrayList<>();
			for (int r = 0; r < rules.size(); r++) {
				exclusions
					.add(new StaffingProblem.Exclusion(rules.get(r).code(), rules.get(r).description(), counts[r]));
			}
			exclusions.add(new StaffingProblem.Exclusion(StaffingProblem.Exclusion.FULLY_BOOKED,
					"at their maximum load", counts[rules.size()]));
			return exclusions;
		}

		private List<String> usernames(List<Integer> indices) {
			return indices.stream().map((j) -> this.experts.get(j).username()).toList();
		}

	}

	/** Experts without a region count as a region of their own. */
	static String regionKey(PanelExpert expert) {
		return (expert.region() != null) ? expert.region() : "\u0000" + expert.username();
	}

}
