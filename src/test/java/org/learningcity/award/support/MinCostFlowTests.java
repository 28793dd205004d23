package org.learningcity.award.support;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The flow is a maximum flow of least cost: on random graphs (parallel edges, loops,
 * edges of no capacity or no cost, unreachable sinks) it matches a plain reference —
 * successive shortest paths found by Bellman-Ford, one path at a time — in value and
 * cost, and the flows it reports per edge are a feasible flow of that cost.
 */
class MinCostFlowTests {

	@Test
	void randomGraphsGiveTheReferencesValueAndCostWithAFeasibleFlow() {
		Random random = new Random(20261121);
		for (int round = 0; round < 2000; round++) {
			int nodes = 2 + random.nextInt(12);
			int edges = random.nextInt(40);
			int[][] edge = new int[edges][];
			MinCostFlow flow = new MinCostFlow(nodes);
			int[] index = new int[edges];
			for (int i = 0; i < edges; i++) {
				edge[i] = new int[] { random.nextInt(nodes), random.nextInt(nodes), random.nextInt(4),
						(random.nextInt(4) == 0) ? 0 : random.nextInt(20) };
				index[i] = flow.addEdge(edge[i][0], edge[i][1], edge[i][2], edge[i][3]);
			}
			int source = random.nextInt(nodes);
			int sink = (source + 1 + random.nextInt(nodes - 1)) % nodes;

			MinCostFlow.Result result = flow.solve(source, sink);
			long[] expected = reference(nodes, edge, source, sink);

			assertThat(new long[] { result.flow(), result.cost() }).as("round %d", round).isEqualTo(expected);
			long[] balance = new long[nodes];
			long cost = 0;
			for (int i = 0; i < edges; i++) {
				int f = flow.flow(index[i]);
				assertThat(f).as("round %d edge %d", round, i).isBetween(0, edge[i][2]);
				balance[edge[i][0]] -= f;
				balance[edge[i][1]] += f;
				cost += (long) f * edge[i][3];
			}
			for (int v = 0; v < nodes; v++) {
				long wanted = (v == source) ? -result.flow() : (v == sink) ? result.flow() : 0;
				assertThat(balance[v]).as("round %d node %d", round, v).isEqualTo(wanted);
			}
			assertThat(cost).isEqualTo(result.cost());
		}
	}

	@Test
	void aSolvedFlowTakesNoMoreEdges() {
		MinCostFlow flow = new MinCostFlow(2);
		int edge = flow.addEdge(0, 1, 1, 0);
		assertThat(flow.flow(edge)).isZero();
		flow.solve(0, 1);

		assertThat(flow.flow(edge)).isEqualTo(1);
		assertThatThrownBy(() -> flow.addEdge(0, 1, 1, 0)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> flow.solve(0, 1)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> flow.addEdge(0, 1, -1, 0)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Value and cost by successive shortest paths, Bellman-Ford, one path at a time. */
	private static long[] reference(int nodes, int[][] edges, int source, int sink) {
		int arcs = 2 * edges.length;
		int[] from = new int[arcs];
		int[] to = new int[arcs];
		int[] capacity = new int[arcs];
		long[] cost = new long[arcs];
		for (int i = 0; i < edges.length; i++) {
			from[2 * i] = edges[i][0];
			to[2 * i] = edges[i][1];
			capacity[2 * i] = edges[i][2];
			cost[2 * i] = edges[i][3];
			from[2 * i + 1] = edges[i][1];
			to[2 * i + 1] = edges[i][0];
			cost[2 * i + 1] = -edges[i][3];
		}
		long flow = 0;
		long total = 0;
		while (true) {
			long[] distance = new long[nodes];
			int[] via = new int[nodes];
			Arrays.fill(distance, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			distance[source] = 0;
			for (int pass = 0; pass < nodes; pass++) {
				for (int a = 0; a < arcs; a++) {
					if (capacity[a] > 0 && distance[from[a]] != Long.MAX_VALUE
							&& distance[from[a]] + cost[a] < distance[to[a]]) {
						distance[to[a]] = distance[from[a]] + cost[a];
						via[to[a]] = a;
					}
				}
			}
			if (distance[sink] == Long.MAX_VALUE) {
				return new long[] { flow, total };
			}
			int bottleneck = Integer.MAX_VALUE;
			for (int v = sink; v != source; v = from[via[v]]) {
				bottleneck = Math.min(bottleneck, capacity[via[v]]);
			}
			for (int v = sink; v != source; v = from[via[v]]) {
				capacity[via[v]] -= bottleneck;
				capacity[via[v] ^ 1] += bottleneck;
			}
			flow += bottleneck;
			total += bottleneck * distance[sink];
		}
	}

}
