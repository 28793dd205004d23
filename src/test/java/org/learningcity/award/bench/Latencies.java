package org.learningcity.award.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Response times per operation, in nanoseconds, from any number of threads. */
final class Latencies {

	private final Map<String, ConcurrentLinkedQueue<Long>> samples = new ConcurrentHashMap<>();

	void record(String operation, long nanos) {
		this.samples.computeIfAbsent(operation, (k) -> new ConcurrentLinkedQueue<>()).add(nanos);
	}

	int count(String operation) {
		ConcurrentLinkedQueue<Long> values = this.samples.get(operation);
		return (values != null) ? values.size() : 0;
	}

	/** p50, p95, p99, max and count of an operation, in milliseconds. */
	Summary summary(String operation) {
		ConcurrentLinkedQueue<Long> values = this.samples.get(operation);
		if (values == null || values.isEmpty()) {
			return new Summary(0, 0, 0, 0, 0, 0);
		}
		List<Long> sorted = new ArrayList<>(values);
		sorted.sort(null);
		double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
		return new Summary(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.get(sorted.size() - 1) / 1e6, mean);
	}

	Map<String, Summary> all() {
		Map<String, Summary> result = new LinkedHashMap<>();
		this.samples.keySet().stream().sorted().forEach((k) -> result.put(k, summary(k)));
		return result;
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

	record Summary(int count, double p50, double p95, double p99, double max, double mean) {
	}

}
