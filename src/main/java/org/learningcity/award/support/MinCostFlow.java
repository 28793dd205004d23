package org.learningcity.award.support;

import java.util.Arrays;
import java.util.Objects;

/**
 * Min-cost max-flow on a directed graph with integer capacities and non-negative costs:
 * successive shortest paths with Dijkstra on reduced costs (Johnson potentials), each
 * round pushing a blocking flow along all shortest paths at once (a Dinic phase on the
 * edges of zero reduced cost). Deterministic: the same graph built in the same order
 * gives the same flow. Used by review's panel assignment and the shortlist's optimiser.
 *
 * <p>
 * The edges are collected as they are added, then laid out once, when {@link #solve}
 * starts, node by node (compressed rows: each node's edges and their residual twins side
 * by side in memory, in the order a linked list of them would give). The panels of a
 * 3,000-city cycle make a graph of 9.5 million edges and residual twins in which each
 * expert node has a twin for every nomination it could review; walked through a linked
 * list, each of those was a cache miss in every search, and the searches took 2.5 s.
 */
public final class MinCostFlow {

	private static final long INFINITE = Long.MAX_VALUE / 4;

	private final int nodes;

	// the edges as added (edge i: from[i] → to[i]), until solve lays them out

	private int[] from = new int[32];

	private int[] to = new int[32];

	private long[] edgeCost = new long[32];

	/** Each edge's capacity as added, for {@link #flow(int)}. */
	private int[] original = new int[32];

	private int edges;

	// the residual network, node by node: node u's arcs are first[u] .. first[u + 1] - 1

	private int[] first;

	private int[] target;

	private int[] capacity;

	private long[] cost;

	/** The arc in the opposite direction of each arc (an edge's residual twin). */
	private int[] twin;

	/** Each edge's arc, by edge. */
	private int[] arcOf;

	private long[] potential;

	private int[] level;

	private int[] currentArc;

	/** The breadth-first search's queue: each node enters it once per search. */
	private int[] queue;

	/** Dijkstra's queue, of primitives (boxing showed in profiles of 3,000 panels). */
	private Heap heap;

	public MinCostFlow(int nodes) {
		this.nodes = nodes;
	}

	public int nodes() {
		return this.nodes;
	}

	/**
	 * Adds an edge (and, in the residual network, its twin).
	 * @return the edge's index, for {@link #flow(int)}
	 * @throws IllegalStateException once the flow is solved
	 */
	public int addEdge(int from, int to, int capacity, long cost) {
		if (capacity < 0 || cost < 0) {
			throw new IllegalArgumentException("Capacities and costs must not be negative");
		}
		if (this.first != null) {
			throw new IllegalStateException("The flow is solved: no edge can be added");
		}
		Objects.checkIndex(from, this.nodes);
		Objects.checkIndex(to, this.nodes);
		if (this.edges == this.from.length) {
			int size = this.edges * 2;
			this.from = Arrays.copyOf(this.from, size);
			this.to = Arrays.copyOf(this.to, size);
			this.edgeCost = Arrays.copyOf(this.edgeCost, size);
			this.original = Arrays.copyOf(this.original, size);
		}
		int edge = this.edges++;
		this.from[edge] = from;
		this.to[edge] = to;
		this.edgeCost[edge] = cost;
		this.original[edge] = capacity;
		return edge;
	}

	/** The flow on an edge returned by {@link #addEdge}, once solved (0 before). */
	public int flow(int edge) {
		Objects.checkIndex(edge, this.edges);
		return (this.first == null) ? 0 : this.original[edge] - this.capacity[this.arcOf[edge]];
	}

	/**
	 * Lays the residual network out node by node. A node's arcs come in the order a
	 * linked list with the newest arc first gives (the order of the searches before this
	 * layout, so the flows found are the same): edge {@code i} adds arc {@code 2i} at its
	 * tail and its twin, arc {@code 2i + 1}, at its head; each node lists its arcs by
	 * decreasing number.
	 */
	private void layOut() {
		int arcs = 2 * this.edges;
		int[] first = new int[this.nodes + 1];
		for (int edge = 0; edge < this.edges; edge++) {
			first[this.from[edge] + 1]++;
			first[this.to[edge] + 1]++;
		}
		for (int u = 0; u < this.nodes; u++) {
			first[u + 1] += first[u];
		}
		int[] fill = Arrays.copyOf(first, this.nodes);
		this.target = new int[arcs];
		this.capacity = new int[arcs];
		this.cost = new long[arcs];
		this.twin = new int[arcs];
		this.arcOf = new int[this.edges];
		for (int edge = this.edges - 1; edge >= 0; edge--) {
			int u = this.from[edge];
			int v = this.to[edge];
			// the twin (arc 2i + 1) before the edge (arc 2i): decreasing arc numbers
			int back = fill[v]++;
			int forth = fill[u]++;
			this.target[forth] = v;
			this.capacity[forth] = this.original[edge];
			this.cost[forth] = this.edgeCost[edge];
			this.twin[forth] = back;
			this.target[back] = u;
			this.cost[back] = -this.edgeCost[edge];
			this.twin[back] = forth;
			this.arcOf[edge] = forth;
		}
		this.first = first;
		// what is left of the edges as added: their capacities, for flow()
		this.from = null;
		this.to = null;
		this.edgeCost = null;
	}

	/**
	 * Sends as much flow as possible from {@code source} to {@code sink} at the least
	 * cost among all maximum flows. Once only: the edges are then fixed.
	 * @return the flow and its cost
	 */
	public Result solve(int source, int sink) {
		if (this.first != null) {
			throw new IllegalStateException("The flow is solved already");
		}
		layOut();
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
		for (int edge = 0; edge < this.edges; edge++) {
			total += flow(edge) * this.cost[this.arcOf[edge]];
		}
		return new Result(flow, total);
	}

	/**
	 * Dijkstra on reduced costs, which the potentials keep non-negative on every arc with
	 * capacity left between nodes the source reaches (a node it cannot reach now it never
	 * reaches again: new residual arcs only join nodes on an augmenting path).
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
			for (int arc = this.first[u], end = this.first[u + 1]; arc < end; arc++) {
				if (this.capacity[arc] > 0) {
					int v = this.target[arc];
					long candidate = top + reducedCost(u, arc);
					if (candidate < distance[v]) {
						distance[v] = candidate;
						this.heap.push(candidate, v);
					}
				}
			}
		}
	}

	private long reducedCost(int from, int arc) {
		return this.cost[arc] + this.potential[from] - this.potential[this.target[arc]];
	}

	private boolean admissible(int from, int arc, long[] distance) {
		return this.capacity[arc] > 0 && distance[this.target[arc]] < INFINITE && reducedCost(from, arc) == 0;
	}

	/** Pushes flow along shortest paths only (zero reduced cost) until none is left. */
	private long blockingFlow(int source, int sink, long[] distance) {
		long pushed = 0;
		while (levels(source, sink, distance)) {
			System.arraycopy(this.first, 0, this.currentArc, 0, this.nodes);
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
		int head = 0;
		int last = 0;
		queue[last++] = source;
		while (head < last) {
			int u = queue[head++];
			for (int arc = this.first[u], end = this.first[u + 1]; arc < end; arc++) {
				int v = this.target[arc];
				if (this.level[v] < 0 && admissible(u, arc, distance)) {
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
		for (int end = this.first[u + 1]; this.currentArc[u] < end; this.currentArc[u]++) {
			int arc = this.currentArc[u];
			int v = this.target[arc];
			if (this.level[v] == this.level[u] + 1 && admissible(u, arc, distance)) {
				int sent = push(v, sink, Math.min(limit, this.capacity[arc]), distance);
				if (sent > 0) {
					this.capacity[arc] -= sent;
					this.capacity[this.twin[arc]] += sent;
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
	 * @throws IllegalStateException before {@link #solve}
	 */
	public boolean[] residualReachable(int start, int avoided) {
		if (this.first == null) {
			throw new IllegalStateException("Solve the flow first");
		}
		boolean[] seen = new boolean[this.nodes];
		int[] queue = new int[this.nodes];
		int head = 0;
		int last = 0;
		seen[avoided] = true;
		seen[start] = true;
		queue[last++] = start;
		while (head < last) {
			int u = queue[head++];
			for (int arc = this.first[u], end = this.first[u + 1]; arc < end; arc++) {
				int v = this.target[arc];
				if (!seen[v] && this.capacity[arc] > 0) {
					seen[v] = true;
					queue[last++] = v;
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
