package org.learningcity.award.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The figures of a run: {@code bench.json} (everything) and {@code bench.md} (the
 * headline table, the targets of issue 7 and the latencies).
 */
final class Report {

	private final BenchOptions options;

	private final Latencies latencies;

	private final Map<String, Map<String, Object>> sections = new LinkedHashMap<>();

	private final List<String> failures = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	Report(BenchOptions options, Latencies latencies) {
		this.options = options;
		this.latencies = latencies;
		put("run", "date", OffsetDateTime.now().toString());
		put("run", "cities", options.cities());
		put("run", "virtualExperts", options.experts());
		put("run", "openTasks", options.openTasks());
		put("run", "database", options.postgres() ? "PostgreSQL" : "H2 (file)");
		put("run", "quick", options.quick());
		put("run", "cores", Runtime.getRuntime().availableProcessors());
		put("run", "maxHeapMb", Runtime.getRuntime().maxMemory() / 1048576);
		put("run", "java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
		put("run", "os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
		put("run", "jvmArguments", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
		put("run", "loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
	}

	void put(String section, String key, Object value) {
		this.sections.computeIfAbsent(section, (k) -> new LinkedHashMap<>()).put(key, value);
	}

	Object get(String section, String key) {
		return this.sections.getOrDefault(section, Map.of()).get(key);
	}

	void failure(String failure) {
		this.failures.add(failure);
	}

	void problem(String problem) {
		this.problems.add(problem);
	}

	List<String> failures() {
		return this.failures;
	}

	void write(Path directory) throws IOException {
		Files.createDirectories(directory);
		Map<String, Object> all = new LinkedHashMap<>(this.sections);
		Map<String, Object> latency = new LinkedHashMap<>();
		this.latencies.all().forEach(latency::put);
		all.put("latenciesMs", latency);
		all.put("failures", this.failures);
		all.put("problems", this.problems);
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
			.findAndRegisterModules()
			.writeValue(directory.resolve("bench.json").toFile(), all);
		Files.writeString(directory.resolve("bench.md"), markdown());
	}

	String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("## Benchmark run ").append(get("run", "date")).append("\n\n");
		md.append(String.format(Locale.ROOT,
				"%s cities, %s virtual experts, %s open tasks preloaded, %s, %s cores, %s%n%n", this.options.cities(),
				this.options.experts(), get("peer", "openTasks"), get("run", "database"), get("run", "cores"),
				get("run", "java")));
		md.append("| target (issue 7) | measured | verdict |\n|---|---|---|\n");
		target(md, "app review throughput ≥ 0.5 × engine ceiling", "ratios", "appToCeilingSubmissions", 0.5, true,
				"× (%s vs %s submissions/s)", get("review", "submissionsPerSecond"),
				get("engine", "ceilingSubmissionsPerSecond"));
		target(md, "inbox p95 ≤ 1.0 × Camunda REST p95 (same auth: Basic)", "ratios", "inboxToRestP95Basic", 1.0, false,
				"× (%s vs %s ms)", this.latencies.summary("peer.inbox.basic").p95(),
				this.latencies.summary("peer.rest.basic").p95());
		double submit95 = this.latencies.summary("submit").p95();
		md.append(row("submit p95 < 300 ms with " + this.options.experts() + " experts", fmt(submit95) + " ms",
				submit95 < 300));
		Object errors = get("review", "serverErrors");
		md.append(row("zero 5xx", String.valueOf(errors), Integer.valueOf(0).equals(errors)));
		md.append(row("zero lost scores",
				String.valueOf(get("checks", "scoresStored")) + " stored, "
						+ this.failures.stream().filter((f) -> f.contains("score") || f.contains("review")).count()
						+ " failures",
				this.failures.stream().noneMatch((f) -> f.contains("score") || f.contains("review"))));
		md.append(row("zero incidents",
				get("checks", "incidents") + " incidents, " + get("checks", "failedJobs") + " failed jobs",
				Long.valueOf(0).equals(get("checks", "incidents"))));
		Object open = get("open", "totalSeconds");
		md.append(row("open a cycle of " + this.options.cities() + " cities (target for 3,000: < 30 s)",
				fmt(open) + " s", open instanceof Number n && n.doubleValue() < 30));
		md.append("\n| figure | value |\n|---|---|\n");
		figure(md, "review submissions/s (whole review phase)", get("review", "submissionsPerSecond"));
		figure(md, "review submissions/s (until the last submission)",
				get("review", "submissionsPerSecondUntilLastSubmit"));
		figure(md, "engine ceiling submissions/s (same process and data, Java API; median of the runs)",
				get("engine", "ceilingSubmissionsPerSecond"));
		figure(md, "engine ceiling submissions/s of each run", get("engine", "ceilingRunsSubmissionsPerSecond"));
		figure(md, "app task completions/s", get("review", "taskCompletionsPerSecond"));
		figure(md, "engine limit task completions/s (plain user tasks)",
				get("engine", "limitTaskCompletionsPerSecond"));
		figure(md, "ratio app / engine limit (task completions)", get("ratios", "appToLimitTaskCompletions"));
		figure(md, "ratio inbox / REST p95 (inbox with a session)", get("ratios", "inboxToRestP95Session"));
		figure(md, "open: POST /open (s)", get("open", "openCallSeconds"));
		figure(md, "open: nomination deadline → FORM_PANELS in the staff inbox (s)",
				get("open", "deadlineToFormPanelsTaskSeconds"));
		figure(md, "open: POST /panels, " + this.options.cities() + " panels formed, task completed (s)",
				get("open", "formPanelsCallSeconds"));
		figure(md, "open: POST /panels until every review process has started (s)",
				get("open", "formPanelsAndStartReviewsSeconds"));
		figure(md, "open: CPU seconds from POST /panels until every review started (this JVM / whole machine)",
				String.format(java.util.Locale.ROOT, "%.1f / %.1f", get("open", "jvmCpuSeconds"),
						get("open", "machineCpuSeconds")));
		figure(md, "staff resolutions (panels still divergent after moderation)",
				get("review", "staffResolutions") + " / " + get("review", "persistingPanels"));
		figure(md, "end-game: results final → shortlist confirmed (s)",
				get("endgame", "resultsFinalToShortlistConfirmedSeconds"));
		figure(md, "end-game: shortlisted / jurors / awardees",
				get("endgame", "shortlisted") + " / " + get("endgame", "jurors") + " / " + get("endgame", "awardees"));
		figure(md, "end-game: jury seated → decision (s)", get("endgame", "jurySeconds"));
		figure(md, "end-game: shortlist → cycle CLOSED, CycleProcess ended (s)",
				get("endgame", "shortlistToClosedSeconds"));
		figure(md, "process instances of the cycle ended (CycleProcess / JuryProcess / ReviewProcess)",
				get("checks", "CycleProcessInstances") + " / " + get("checks", "JuryProcessInstances") + " / "
						+ get("checks", "reviewProcesses"));
		figure(md, "last submission → last mail sent (decision mails included) (s)",
				get("mail", "secondsFromLastSubmissionToLastMailSent"));
		figure(md, "mails (outbox by status / received by SMTP)",
				get("mail", "outbox") + " / " + get("mail", "receivedBySmtp"));
		figure(md, "optimistic-locking retries (award.task.completion.retries; -1 = no such counter)",
				get("engine", "optimisticLockingRetries"));
		figure(md, "client retries on 409 concurrent-change", get("review", "clientRetriesOn409"));
		figure(md, "panels / disagreeing (moderated)",
				get("review", "panels") + " / " + get("review", "disagreeingPanels"));
		figure(md, "submissions / moderations / invitations", get("review", "submissions") + " / "
				+ get("review", "moderations") + " / " + get("review", "invitationsAccepted"));
		figure(md, "connection pool: size / longest wait for a connection (ms; max of the last minutes) / mean wait",
				get("database", "poolSize") + " / " + fmt(get("database", "poolAcquireMaxMs")) + " / "
						+ fmt(get("database", "poolAcquireMeanMs")));
		figure(md, "engine: history level / exclusive jobs one at a time per process hierarchy",
				get("engine", "historyLevel") + " / " + get("engine", "exclusiveOverProcessHierarchies"));
		figure(md, "jobs that failed on optimistic locking (job log; retried by the job executor)",
				get("engine", "jobsFailedWithOptimisticLocking"));
		figure(md, "DB rows per city", get("database", "rowsPerCity"));
		figure(md, "DB bytes per city", get("database", "bytesPerCity"));
		figure(md, "peak heap (MB)", get("memory", "peakHeapMb"));
		figure(md, "peak RSS of the JVM (MB, app + load generator)", get("memory", "peakRssMb"));
		figure(md, "HTTP Basic with BCrypt 10 vs session, p50 of GET /api/me (ms)",
				get("auth", "basicBcrypt10P50Ms") + " vs " + get("auth", "sessionP50Ms"));
		md.append("\n| operation | count | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
		this.latencies.all().forEach((name, s) -> {
			if (!name.equals("warmup")) {
				md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n", name, s.count(),
						s.p50(), s.p95(), s.p99(), s.max()));
			}
		});
		if (!this.failures.isEmpty()) {
			md.append("\nFailed checks:\n");
			this.failures.forEach((f) -> md.append("- ").append(f).append('\n'));
		}
		if (!this.problems.isEmpty()) {
			md.append("\nProblems seen (first ones):\n");
			this.problems.stream().limit(20).forEach((p) -> md.append("- ").append(p).append('\n'));
		}
		return md.toString();
	}

	private void target(StringBuilder md, String name, String section, String key, double bound, boolean atLeast,
			String detail, Object... args) {
		Object value = get(section, key);
		boolean met = value instanceof Number n && (atLeast ? n.doubleValue() >= bound : n.doubleValue() <= bound);
		Object[] formatted = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			formatted[i] = fmt(args[i]);
		}
		md.append(row(name, fmt(value) + String.format(Locale.ROOT, detail, formatted), met));
	}

	private static String row(String name, String value, boolean met) {
		return "| " + name + " | " + value + " | " + (met ? "met" : "**not met**") + " |\n";
	}

	private static void figure(StringBuilder md, String name, Object value) {
		md.append("| ").append(name).append(" | ").append(fmt(value)).append(" |\n");
	}

	private static String fmt(Object value) {
		if (value instanceof Double d) {
			return String.format(Locale.ROOT, (Math.abs(d) >= 100) ? "%.0f" : "%.2f", d);
		}
		return String.valueOf(value);
	}

}
