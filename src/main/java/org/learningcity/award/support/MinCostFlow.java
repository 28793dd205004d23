package org.learningcity.award.support;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Min-cost max-flow on a directed graph with integer capacities and non-negative costs:
 * successive shortest paths with Dijkstra on reduced costs (Johnson potentials), each
 * round pushing a blocking flow along all shortest paths at once (a Dinic phase on the
 * edges of zero reduced cost). Deterministic: the same graph built in the same order
 * gives the same flow. Used by review's panel assignment and the shortlist's optimiser.
 */
public final class MinCostFlow {

	private static final long INFINITE = Long.MAX_VALUE / 4;

	private final int nodes;

	private final int[] head;

	private int[] next = new int[64];

	private int[] target = new int[64];

	private int[] capacity = new int[64];

	private int[] original = new int[64];

	private long[] cost = new long[64];

	private int edges;

	private long[] potential;

	private int[] level;

	private int[] currentArc;

	/** The breadth-first search's queue: each node enters it once per search. */
	private int[] queue;

	/** Dijkstra's queue, of primitives (boxing showed in profiles of 3,000 panels). */
	private Heap heap;

	public MinCostFlow(int nodes) {
		this.nodes = nodes;
		this.head = new int[nodes];
		Arrays.fill(this.head, -1);
	}

	public int nodes() {
		return this.nodes;
	}

	/**
	 * Adds an edge and its residual twin.
	 * @return the edge's index, for {@link #flow(int)}
	 */
	public int addEdge(int from, int to, int capacity, long cost) {
		if (capacity < 0 || cost < 0) {
			throw new IllegalArgumentException("Capacities and costs must not be negative");
		}
		ensureRoom();
		int edge = this.edges;
		link(from, to, capacity, cost);
		link(to, from, 0, -cost);
		return edge;
	}

	private void link(int from, int to, int capacity, long cost) {
		int edge = this.edges++;
		this.target[edge] = to;
		this.capacity[edge] = capacity;
		this.original[edge] = capacity;
		this.cost[edge] = cost;
		this.next[edge] = this.head[from];
		this.head[from] = edge;
	}

	private void ensureRoom() {
		if (this.edges + 2 > this.target.length) {
			int size = this.target.length * 2;
			this.next = Arrays.copyOf(this.next, size);
			this.target = Arrays.copyOf(this.target, size);
			this.capacity = Arrays.copyOf(this.capacity, size);
			this.original = Arrays.copyOf(this.original, size);
			this.cost = Arrays.copyOf(this.cost, size);
		}
	}

	/** The flow on an edge returned by {@link #addEdge}. */
	public int flow(int edge) {
		return this.original[edge] - this.capacity[edge];
	}

	/**
	 * Sends as much flow as possible from {@code source} to {@code sink} at the least
	 * cost among all maximum flows.
	 * @return the flow and its cost
	 */
	public Result solve(int source, int sink) {
		this.potential = new long[this.nodes];
		this.level = new int[this.nodes];
		this.currentArc = new int[this.nodes];
		this.queue = new int[this.nodes];
		this.heap = new Heap();
		long flow = 0;
		long[] distance = new long[this.nodes];
		while (true) {
			shortestPaths(source, distance);
			if (distance[sink] >= INFINITE) {
				break;
			}
			for (int v = 0; v < this.nodes; v++) {
				if (distance[v] < INFINITE) {
					this.potential[v] += distance[v];
				}
			}
			flow += blockingFlow(source, sink, distance);
		}
		long total = 0;
		for (int edge = 0; edge < this.edges; edge += 2) {
			total += flow(edge) * this.cost[edge];
		}
		return new Result(flow, total);
	}

	/**
	 * Dijkstra on reduced costs, which the potentials keep non-negative on every edge
	 * with capacity left between nodes the source reaches (a node it cannot reach now it
	 * never reaches again: new residual edges only join nodes on an augmenting path).
	 */
	private void shortestPaths(int source, long[] distance) {
		Arrays.fill(distance, INFINITE);
		distance[source] = 0;
		this.heap.clear();
		this.heap.push(0, source);
		while (!this.heap.isEmpty()) {
			long top = this.heap.topKey();
			int u = this.heap.pop();
			if (top > distance[u]) {
				continue;
			}
			for (int edge = this.head[u]; edge != -1; edge = this.next[edge]) {
				if (this.capacity[edge] > 0) {
					int v = this.target[edge];
					long candidate = top + reducedCost(u, edge);
					if (candidate < distance[v]) {
						distance[v] = candidate;
						this.heap.push(candidate, v);
					}
				}
			}
		}
	}

	private long reducedCost(int from, int edge) {
		return this.cost[edge] + this.potential[from] - this.potential[this.target[edge]];
	}

	private boolean admissible(int from, int edge, long[] distance) {
		return this.capacity[edge] > 0 && distance[this.target[edge]] < INFINITE && reducedCost(from, edge) == 0;
	}

	/** Pushes flow along shortest paths only (zero reduced cost) until none is left. */
	private long blockingFlow(int source, int sink, long[] distance) {
		long pushed = 0;
		while (levels(source, sink, distance)) {
			System.arraycopy(this.head, 0, this.currentArc, 0, this.nodes);
			int sent;
			while ((sent = push(source, sink, Integer.MAX_VALUE, distance)) > 0) {
				pushed += sent;
			}
		}
		return pushed;
	}

	private boolean levels(int source, int sink, long[] distance) {
		Arrays.fill(this.level, -1);
		this.level[source] = 0;
		int[] queue = this.queue;
		int first = 0;
		int last = 0;
		queue[last++] = source;
		while (first < last) {
			int u = queue[first++];
			for (int edge = this.head[u]; edge != -1; edge = this.next[edge]) {
				int v = this.target[edge];
				if (this.level[v] < 0 && admissible(u, edge, distance)) {
					this.level[v] = this.level[u] + 1;
					queue[last++] = v;
				}
			}
		}
		return this.level[sink] >= 0;
	}

	private int push(int u, int sink, int limit, long[] distance) {
		if (u == sink) {
			return limit;
		}
		for (; this.currentArc[u] != -1; this.currentArc[u] = this.next[this.currentArc[u]]) {
			int edge = this.currentArc[u];
			int v = this.target[edge];
			if (this.level[v] == this.level[u] + 1 && admissible(u, edge, distance)) {
				int sent = push(v, sink, Math.min(limit, this.capacity[edge]), distance);
				if (sent > 0) {
					this.capacity[edge] -= sent;
					this.capacity[edge ^ 1] += sent;
					return sent;
				}
			}
		}
		return 0;
	}

	/**
	 * The nodes reachable from {@code start} over edges with capacity left without
	 * passing through {@code avoided}. After {@link #solve}, from a node that the source
	 * still reaches, this is a closed set whose outgoing edges are all saturated: a
	 * minimum cut around what {@code start} can draw on.
	 */
	public boolean[] residualReachable(int start, int avoided) {
		boolean[] seen = new boolean[this.nodes];
		ArrayDeque<Integer> queue = new ArrayDeque<>();
		seen[avoided] = true;
		seen[start] = true;
		queue.add(start);
		while (!queue.isEmpty()) {
			int u = queue.poll();
			for (int edge = this.head[u]; edge != -1; edge = this.next[edge]) {
				int v = this.target[edge];
				if (!seen[v] && this.capacity[edge] > 0) {
					seen[v] = true;
					queue.add(v);
				}
			}
		}
		seen[avoided] = false;
		return seen;
	}

	/** A binary min-heap of (key, node) pairs; ties go to the smaller node. */
	private static final class Heap {

		private long[] keys = new long[64];

		private int[] values = new int[64];

		private int size;

		void clear() {
			this.size = 0;
		}

		boolean isEmpty() {
			return this.size == 0;
		}

		long topKey() {
			return this.keys[0];
		}

		void push(long key, int value) {
			if (this.size == this.keys.length) {
				this.keys = Arrays.copyOf(this.keys, this.size * 2);
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			int i = this.size++;
			while (i > 0) {
				int parent = (i - 1) >>> 1;
				if (!less(key, value, this.keys[parent], this.values[parent])) {
					break;
				}
				this.keys[i] = this.keys[parent];
				this.values[i] = this.values[parent];
				i = parent;
			}
			this.keys[i] = key;
			this.values[i] = value;
		}

		int pop() {
			int top = this.values[0];
			long key = this.keys[--this.size];
			int value = this.values[this.size];
			int i = 0;
			int half = this.size >>> 1;
			while (i < half) {
				int child = 2 * i + 1;
				int right = child + 1;
				if (right < this.size
						&& less(this.keys[right], this.values[right], this.keys[child], this.values[child])) {
					child = right;
				}
				if (!less(this.keys[child], this.values[child], key, value)) {
					break;
				}
				this.keys[i] = this.keys[child];
				this.values[i] = this.values[child];
				i = child;
			}
			this.keys[i] = key;
			this.values[i] = value;
			return top;
		}

		private static boolean less(long key, int value, long otherKey, int otherValue) {
			return (key != otherKey) ? key < otherKey : value < otherValue;
		}

	}

	/**
	 * A flow's value and cost.
	 *
	 * @param flow how much was sent
	 * @param cost its total cost
	 */
	public record Result(long flow, long cost) {

	}

}
