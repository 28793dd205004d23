package org.learningcity.award.bench;

import java.nio.file.Path;

/**
 * What {@code scripts/bench.sh} asks for, as {@code -Dbench.*} system properties.
 *
 * @param cities cities in the simulated cycle, one eligible nomination each
 * @param experts concurrent virtual experts
 * @param openTasks open tasks preloaded for the inbox-versus-Camunda-REST comparison
 * @param postgres PostgreSQL (else the embedded H2 file database)
 * @param datasourceUrl the PostgreSQL JDBC URL
 * @param quick a smoke run
 * @param openOnly measure the opening of the cycle only (seed, open, panels, reviews
 * started), e.g. for {@code --cities 3000}
 * @param output where the Markdown and JSON reports go
 */
record BenchOptions(int cities, int experts, int openTasks, boolean postgres, String datasourceUrl, boolean quick,
		boolean openOnly, Path output) {

	static final int PORT = 8097;

	static final int SMTP_PORT = 3097;

	static BenchOptions fromSystemProperties() {
		boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
		String database = System.getProperty("bench.database", "postgres");
		String url = System.getProperty("bench.datasource.url", "");
		boolean postgres = "postgres".equals(database) && !url.isBlank();
		return new BenchOptions(Integer.getInteger("bench.cities", quick ? 20 : 300),
				Integer.getInteger("bench.experts", quick ? 6 : 40),
				Integer.getInteger("bench.openTasks", quick ? 2000 : 90_000), postgres, url, quick,
				Boolean.parseBoolean(System.getProperty("bench.openOnly", "false")),
				Path.of(System.getProperty("bench.output", "target/bench")));
	}

	/**
	 * Iterations of each side of the inbox-versus-REST comparison: with 300, the 95th
	 * percentile of calls of about 10 ms moved by a tenth from one run to the next.
	 */
	int peerSamples() {
		return this.quick ? 60 : 1000;
	}

	/** How long the review phase may take before the run gives up. */
	long reviewTimeoutSeconds() {
		return this.quick ? 300 : 3600;
	}

}
