package org.learningcity.award.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import org.learningcity.award.AwardApplication;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.review.PanelView;
import org.learningcity.award.review.Panels;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cycle simulator and benchmark of issue 7, run by {@code scripts/bench.sh} through
 * the {@code bench} Maven profile (never by the normal test run: the class name matches
 * none of surefire's patterns). One JVM starts the application, seeds a cycle of N
 * cities, drives its review through the HTTP API with V virtual experts, checks that
 * nothing was lost, then measures the engine ceiling, the engine limit and the inbox
 * against Camunda REST's task query with the open tasks preloaded; it writes
 * {@code target/bench/bench.md} and {@code bench.json}. See docs/benchmark.md.
 */
class CycleBenchmark {

	/** Every fifth panel disagrees, so that moderation rounds run. */
	static final int DISAGREEING_EVERY = 5;

	/** Every tenth panel stays divergent after moderation: staff resolve it. */
	static final int PERSISTING_EVERY = 10;

	static final int PEER_PAGE = 20;

	/** Engine ceiling runs, each on a cycle of its own; the median counts. */
	static final int CEILING_RUNS = 3;

	@Test
	void simulateACycleAndMeasureItAgainstTheEngine() throws Exception {
		BenchOptions options = BenchOptions.fromSystemProperties();
		Files.createDirectories(options.output());
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", BenchOptions.PORT);
		properties.put("award.base-url", "http://localhost:" + BenchOptions.PORT);
		properties.put("award.mail.embedded-smtp.enabled", true);
		properties.put("award.mail.embedded-smtp.port", BenchOptions.SMTP_PORT);
		properties.put("award.attachments.dir", options.output().resolve("attachments").toString());
		String[] profiles;
		if (options.postgres()) {
			properties.put("spring.datasource.url", options.datasourceUrl());
			properties.put("spring.datasource.username", "award");
			properties.put("spring.datasource.password", "award");
			profiles = new String[] { "postgres", "demo", "bench" };
		}
		else {
			Path h2 = options.output().resolve("h2");
			deleteTree(h2);
			properties.put("spring.datasource.url",
					"jdbc:h2:file:" + h2.toAbsolutePath().resolve("award") + ";DB_CLOSE_ON_EXIT=FALSE");
			profiles = new String[] { "demo", "bench" };
		}
		long startingApp = System.nanoTime();
		// as command-line arguments: they take precedence over application.yaml
		String[] arguments = properties.entrySet()
			.stream()
			.map((e) -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		ConfigurableApplicationContext app = new SpringApplicationBuilder(AwardApplication.class).profiles(profiles)
			.run(arguments);
		double startSeconds = (System.nanoTime() - startingApp) / 1e9;
		try {
			Report report = new Bench(options, app, startSeconds).run();
			report.write(options.output());
			System.out.println(report.markdown());
			assertThat(report.failures()).as("the run's checks").isEmpty();
		}
		finally {
			app.close();
		}
	}

	private static void deleteTree(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/** One run, step by step. */
	static final class Bench {

		private final BenchOptions options;

		private final ConfigurableApplicationContext app;

		private final JdbcTemplate jdbc;

		private final String base = "http://localhost:" + BenchOptions.PORT;

		private final Latencies latencies = new Latencies();

		private final AtomicInteger serverErrors = new AtomicInteger();

		private final ObjectMapper json = new ObjectMapper();

		private final Report report;

		private final PhaseProfiler profiler;

		Bench(BenchOptions options, ConfigurableApplicationContext app, double startSeconds) {
			this.options = options;
			this.app = app;
			this.jdbc = app.getBean(JdbcTemplate.class);
			this.report = new Report(options, this.latencies);
			this.profiler = PhaseProfiler.fromSystemProperties(options.output());
			this.report.put("setup", "applicationStartSeconds", startSeconds);
		}

		Report run() throws Exception {
			Report r = this.report;
			Catalog catalog = this.app.getBean(Catalog.class);
			Seeder seeder = new Seeder(this.jdbc, catalog);
			Footprint before = footprint();

			// --- the network and the cycle
			long t = System.nanoTime();
			List<String> experts = seeder.seedNetwork(this.options.cities(), 3, this.options.experts());
			r.put("setup", "seedNetworkSeconds", seconds(t));
			r.put("setup", "experts", experts.size());
			ApiClient staff = new ApiClient(this.base, this.latencies, this.serverErrors).basic(Seeder.STAFF,
					Seeder.PASSWORD);
			Footprint warmUp = new Footprint(0, 0);
			if (!this.options.openOnly()) {
				Footprint beforeWarmUp = footprint();
				t = System.nanoTime();
				int warmed = warmUp(seeder);
				r.put("setup", "warmUpSeconds", seconds(t));
				r.put("setup", "warmUpSubmissions", warmed);
				Footprint afterWarmUp = footprint();
				warmUp = new Footprint(afterWarmUp.rows - beforeWarmUp.rows, afterWarmUp.bytes - beforeWarmUp.bytes);
			}
			Map<String, Double> retriesBefore = retriesByType();
			long cycle = createCycle(staff, "Benchmark cycle", 3);
			t = System.nanoTime();
			List<Long> nominations = seeder.seedNominations(cycle);
			r.put("setup", "seedNominationsSeconds", seconds(t));
			r.put("setup", "nominations", nominations.size());
			CycleSteps steps = new CycleSteps(this.base, this.latencies, this.serverErrors, this.jdbc,
					this.app.getBean(RuntimeService.class), this.app.getBean(ManagementService.class));
			// the call opens: the cycle process starts and waits for the nomination
			// deadline
			t = System.nanoTime();
			ApiClient.Response opened = staff.post("cycle.open", "/api/cycles/" + cycle + "/open", "{}");
			double openCall = seconds(t);
			check(opened.ok(), "opening the cycle answered " + opened.status() + " " + opened.body());
			// the nomination deadline passes: REVIEW, eligibility settled, FORM_PANELS
			// for staff
			t = System.nanoTime();
			steps.passNominationDeadline(cycle);
			String formPanels = steps.awaitTask(staff, "FORM_PANELS", 120);
			double deadlineToFormPanels = seconds(t);
			r.put("open", "formPanelsTask", formPanels);
			// staff form the panels: the task completes and the process starts one review
			// per nomination
			boolean openingStatements = resetStatementStatistics();
			t = System.nanoTime();
			CpuMeter openingCpu = new CpuMeter();
			this.profiler.start();
			ApiClient.Response formed = staff.post("cycle.panels", "/api/cycles/" + cycle + "/panels", "{}");
			double panelsCall = seconds(t);
			check(formed.ok(), "forming the panels answered " + formed.status() + " " + abbreviate(formed.body()));
			int expected = nominations.size();
			boolean allStarted = CycleSteps
				.await(() -> steps.reviewsStarted(cycle) >= expected
						&& this.jdbc.queryForObject(
								"select count(*) from act_ru_job "
										+ "where process_def_key_ = 'CycleProcess' and type_ = 'message'",
								Long.class) == 0,
						this.options.quick() ? 300 : 1800);
			double reviewsStartedAt = seconds(t);
			r.put("open", "jvmCpuSeconds", openingCpu.jvm());
			r.put("open", "machineCpuSeconds", openingCpu.machine());
			this.profiler.stop("open");
			if (openingStatements) {
				r.put("database", "openingPhaseStatements", statementStatistics(25));
			}
			check(allStarted, "only " + steps.reviewsStarted(cycle) + " of " + expected + " reviews started");
			r.put("open", "openCallSeconds", openCall);
			r.put("open", "deadlineToFormPanelsTaskSeconds", deadlineToFormPanels);
			r.put("open", "formPanelsCallSeconds", panelsCall);
			r.put("open", "formPanelsAndStartReviewsSeconds", reviewsStartedAt);
			r.put("open", "totalSeconds", openCall + deadlineToFormPanels + reviewsStartedAt);
			if (this.options.openOnly()) {
				Footprint opened2 = footprint();
				r.put("database", "rowsPerCity", (opened2.rows - before.rows) / (double) this.options.cities());
				r.put("database", "bytesPerCity", (opened2.bytes - before.bytes) / (double) this.options.cities());
				memory();
				return r;
			}
			Map<Long, List<String>> panels = panelsOf(formed);
			List<String> codes = expertReviewCodes();
			ScorePlan plan = plan(panels, codes);

			// --- the review through HTTP
			if (this.options.postgres()) {
				// the tables grew from nothing in minutes: give the planner the
				// statistics a
				// production database has (autovacuum analyses within a minute or so; the
				// engine ceiling, measured later, would otherwise be the only side to
				// have
				// them)
				this.jdbc.execute("analyze");
			}
			boolean statements = resetStatementStatistics();
			ReviewDriver driver = new ReviewDriver(this.base, this.options.experts(), this.latencies, this.serverErrors,
					this.jdbc, plan);
			this.profiler.start();
			driver.run(this.options.reviewTimeoutSeconds());
			this.profiler.stop("review");
			double reviewSeconds = (driver.endedNanos - driver.startedNanos) / 1e9;
			if (statements) {
				r.put("database", "reviewPhaseStatements", statementStatistics(25));
			}
			double submitWindow = (driver.lastSubmit.get() - driver.startedNanos) / 1e9;
			int appCompletions = driver.invitations.get() + driver.submissions.get() + driver.moderations.get();
			r.put("review", "virtualExperts", this.options.experts());
			r.put("review", "panels", panels.size());
			r.put("review", "disagreeingPanels", plan.disagreeingPanels());
			r.put("review", "invitationsAccepted", driver.invitations.get());
			r.put("review", "submissions", driver.submissions.get());
			r.put("review", "moderations", driver.moderations.get());
			r.put("review", "seconds", reviewSeconds);
			r.put("review", "submissionsPerSecond", driver.submissions.get() / reviewSeconds);
			r.put("review", "submissionsPerSecondUntilLastSubmit",
					(submitWindow > 0) ? driver.submissions.get() / submitWindow : 0);
			r.put("review", "taskCompletionsPerSecond", appCompletions / reviewSeconds);
			r.put("review", "staffResolutions", driver.resolutions.get());
			r.put("review", "persistingPanels", plan.persistingPanels());
			r.put("review", "clientRetriesOn409", driver.clientRetries.get());
			r.put("review", "refusals", driver.refusals.toString());
			driver.problems().stream().limit(20).forEach((p) -> r.problem("review: " + p));

			// --- the end-game: shortlist, jury, decision, announcement, closed cycle
			Instant lastSubmitAt = driver.lastSubmitAt.get();
			t = System.nanoTime();
			try {
				List<Long> shortlist = steps.confirmShortlist(staff, cycle);
				r.put("endgame", "resultsFinalToShortlistConfirmedSeconds", seconds(t));
				r.put("endgame", "shortlisted", shortlist.size());
				long jury = System.nanoTime();
				List<String> jurors = CycleSteps.await(() -> this.jdbc
					.queryForObject("select count(*) from jury_session where cycle_id = ?", Long.class, cycle) > 0, 120)
							? this.jdbc.queryForList(
									"select username from jury_member where cycle_id = ? order by username",
									String.class, cycle)
							: List.of();
				check(!jurors.isEmpty(), "no jury was seated");
				steps.vote(cycle, shortlist, jurors, "demo");
				r.put("endgame", "jurors", jurors.size());
				List<Long> awardees = steps.finalizeDecision(staff, cycle, shortlist,
						this.app.getBean(Cycles.class).get(cycle).settings().maxAwardees());
				r.put("endgame", "jurySeconds", seconds(jury));
				r.put("endgame", "awardees", awardees.size());
				boolean closed = CycleSteps
					.await(() -> this.app.getBean(Cycles.class).get(cycle).status() == CycleStatus.CLOSED
							&& steps.cycleProcess(cycle) == null, this.options.quick() ? 300 : 900);
				r.put("endgame", "shortlistToClosedSeconds", seconds(t));
				check(closed, "the cycle did not close: " + this.app.getBean(Cycles.class).get(cycle).status());
				ApiClient.Response decision = staff.get("endgame.decision", "/api/cycles/" + cycle + "/decision");
				check(decision.ok(), "the decision answered " + decision.status());
			}
			catch (RuntimeException ex) {
				check(false, "end-game: " + ex.getMessage());
			}

			// --- mail
			Instant lastSent = waitForMail();
			r.put("mail", "secondsFromLastSubmissionToLastMailSent",
					(lastSent != null) ? Duration.between(lastSubmitAt, lastSent).toMillis() / 1000.0 : -1);
			Map<String, Object> outbox = new LinkedHashMap<>();
			this.jdbc.query("select status, count(*) as n from notification_outbox group by status",
					(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> outbox.put(rs.getString("status"),
							rs.getLong("n")));
			r.put("mail", "outbox", outbox);
			GreenMail smtp = this.app.getBeanProvider(GreenMail.class).getIfAvailable();
			int received = (smtp != null) ? smtp.getReceivedMessages().length : -1;
			r.put("mail", "receivedBySmtp", received);

			// --- nothing lost
			checkNothingLost(cycle, driver, panels.size(), plan, outbox, received);
			Footprint after = footprint();
			r.put("database", "rowsPerCity", (after.rows - before.rows - warmUp.rows) / (double) this.options.cities());
			r.put("database", "bytesPerCity",
					(after.bytes - before.bytes - warmUp.bytes) / (double) this.options.cities());
			r.put("database", "rowsAfterReview", after.rows);
			r.put("database", "bytesAfterReview", after.bytes);
			Map<String, Double> retries = retriesByType();
			retriesBefore.forEach((type, count) -> retries.merge(type, -count, Double::sum));
			r.put("engine", "optimisticLockingRetries",
					retries.values().stream().mapToDouble(Double::doubleValue).sum());
			r.put("engine", "optimisticLockingRetriesByTaskType", retries);
			org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration = this.app
				.getBean(org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl.class);
			r.put("engine", "historyLevel", engineConfiguration.getHistory());
			MeterRegistry meters = this.app.getBean(MeterRegistry.class);
			io.micrometer.core.instrument.Timer acquire = meters.find("hikaricp.connections.acquire").timer();
			if (acquire != null) {
				r.put("database", "poolAcquireMaxMs", acquire.max(java.util.concurrent.TimeUnit.MILLISECONDS));
				r.put("database", "poolAcquireMeanMs", acquire.mean(java.util.concurrent.TimeUnit.MILLISECONDS));
				r.put("database", "poolAcquisitions", acquire.count());
			}
			io.micrometer.core.instrument.Gauge max = meters.find("hikaricp.connections.max").gauge();
			r.put("database", "poolSize", (max != null) ? max.value() : -1);
			r.put("engine", "exclusiveOverProcessHierarchies",
					engineConfiguration.isJobExecutorAcquireExclusiveOverProcessHierarchies());
			r.put("engine", "jobsFailedWithOptimisticLocking", this.jdbc.queryForObject(
					"select count(*) from act_hi_job_log where job_exception_msg_ like '%updated by another transaction%'",
					Long.class));

			// --- the engine ceiling: the same review through the Java API
			EngineBaselines engine = new EngineBaselines(this.app.getBean(TaskService.class),
					this.app.getBean(RuntimeService.class), this.app.getBean(RepositoryService.class), this.jdbc,
					new TransactionTemplate(
							this.app.getBean(org.springframework.transaction.PlatformTransactionManager.class)));
			Cycles cycles = this.app.getBean(Cycles.class);
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
			// a short burst (a third of the application's review phase) is at the mercy
			// of whatever else the machine does for a few seconds: run it several times,
			// each on a cycle of its own, and take the median
			List<EngineBaselines.Run> ceilings = new ArrayList<>();
			for (int run = 0; run < CEILING_RUNS; run++) {
				long ceilingCycle = cycles
					.create(CycleSettings.rules2024("Benchmark engine ceiling " + (run + 1), now.getYear() + 4 + run,
							now.plusDays(30), now.plusDays(60)))
					.id();
				seeder.seedNominations(ceilingCycle);
				t = System.nanoTime();
				List<PanelView> ceilingPanels = this.app.getBean(Panels.class).formAll(ceilingCycle);
				r.put("open", "formPanelsInProcessSeconds", seconds(t));
				Map<Long, List<String>> ceilingMembers = new LinkedHashMap<>();
				ceilingPanels.forEach((p) -> ceilingMembers.put(p.nominationId(), p.expertUsernames()));
				ScorePlan ceilingPlan = plan(ceilingMembers, codes);
				// the same database conditions as the application's review had: fresh
				// statistics, and the statements it ran on record
				if (this.options.postgres()) {
					this.jdbc.execute("analyze");
				}
				boolean ceilingStatements = resetStatementStatistics();
				this.profiler.start();
				ceilings.add(engine.ceiling(ceilingPlan, this.options.experts(), this.options.reviewTimeoutSeconds()));
				this.profiler.stop("ceiling-" + (run + 1));
				if (ceilingStatements && run == 0) {
					r.put("database", "ceilingPhaseStatements", statementStatistics(25));
				}
			}
			ceilings.sort(Comparator.comparingDouble(EngineBaselines.Run::submissionsPerSecond));
			EngineBaselines.Run ceiling = ceilings.get(ceilings.size() / 2);
			r.put("engine", "ceilingRunsSubmissionsPerSecond",
					ceilings.stream().map((c) -> Math.round(c.submissionsPerSecond() * 100) / 100.0).toList());
			r.put("engine", "ceilingSubmissions", ceiling.submissions());
			r.put("engine", "ceilingSeconds", ceiling.seconds());
			r.put("engine", "ceilingSubmissionsPerSecond", ceiling.submissionsPerSecond());
			r.put("engine", "ceilingTaskCompletionsPerSecond", ceiling.completionsPerSecond());

			// --- the engine limit: as many plain user tasks
			EngineBaselines.Run limit = engine.limit(appCompletions, experts, this.options.experts(),
					this.options.reviewTimeoutSeconds());
			r.put("engine", "limitTasks", limit.completions());
			r.put("engine", "limitSeconds", limit.seconds());
			r.put("engine", "limitTaskCompletionsPerSecond", limit.completionsPerSecond());
			r.put("engine", "ceilingOptimisticLockingRetries", engine.optimisticLockRetries.get());
			engine.problems().stream().limit(20).forEach((p) -> r.problem("engine: " + p));
			double appRate = driver.submissions.get() / reviewSeconds;
			r.put("ratios", "appToCeilingSubmissions", appRate / ceiling.submissionsPerSecond());
			r.put("ratios", "appToLimitTaskCompletions",
					(appCompletions / reviewSeconds) / limit.completionsPerSecond());

			// --- the inbox against Camunda REST with the open tasks preloaded
			t = System.nanoTime();
			if (this.options.postgres()) {
				engine.preloadBySql(this.options.openTasks(), Seeder.PEER, PEER_PAGE);
			}
			else {
				engine.preload(this.options.openTasks(), Seeder.PEER, PEER_PAGE);
			}
			r.put("peer", "preloadSeconds", seconds(t));
			r.put("peer", "openTasks", this.jdbc.queryForObject("select count(*) from act_ru_task", Long.class));
			peer();
			basicVersusSession();

			memory();
			r.put("review", "serverErrors", this.serverErrors.get());
			check(this.serverErrors.get() == 0, this.serverErrors.get() + " responses were 5xx");
			return r;
		}

		private void memory() {
			long heapPeak = 0;
			for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
				if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
					heapPeak += pool.getPeakUsage().getUsed();
				}
			}
			this.report.put("memory", "peakHeapMb", heapPeak / 1048576.0);
			this.report.put("memory", "peakRssMb", procStatus("VmHWM") / 1024.0);
			this.report.put("memory", "rssMb", procStatus("VmRSS") / 1024.0);
		}

		/**
		 * Warms the JVM up before anything is measured: a cycle as large as the measured
		 * one (at most 300 cities, at least 20) is opened, its panels formed and its
		 * review driven through the same HTTP API by the same virtual experts, its
		 * figures thrown away. Without it the application's review ran on a cold JVM (the
		 * JIT compiler took about as much CPU as the requests during the first minute)
		 * while the engine ceiling, measured after it, ran warm; after a cycle a third as
		 * large the JIT compiler still took 13% of the CPU of the measured review (CPU
		 * profile), against 11% in the ceiling's first run. The warm-up cycle's process
		 * is then removed once it waits for its shortlist: nothing of it must wait in the
		 * staff's inbox.
		 * @return the submissions of the warm-up
		 */
		private int warmUp(Seeder seeder) throws IOException, InterruptedException {
			Latencies discarded = new Latencies();
			ApiClient staff = new ApiClient(this.base, discarded, this.serverErrors).basic(Seeder.STAFF,
					Seeder.PASSWORD);
			long cycle = createCycle(staff, "Benchmark warm-up", 2);
			List<Long> nominations = seeder.seedNominations(cycle, Math.max(20, Math.min(this.options.cities(), 300)));
			CycleSteps steps = new CycleSteps(this.base, discarded, this.serverErrors, this.jdbc,
					this.app.getBean(RuntimeService.class), this.app.getBean(ManagementService.class));
			check(staff.post("cycle.open", "/api/cycles/" + cycle + "/open", "{}").ok(), "warm-up: opening");
			steps.passNominationDeadline(cycle);
			steps.awaitTask(staff, "FORM_PANELS", 120);
			ApiClient.Response formed = staff.post("cycle.panels", "/api/cycles/" + cycle + "/panels", "{}");
			check(formed.ok(), "warm-up: forming the panels answered " + formed.status());
			check(CycleSteps.await(() -> steps.reviewsStarted(cycle) >= nominations.size(), 600),
					"warm-up: the reviews did not start");
			ReviewDriver driver = new ReviewDriver(this.base, this.options.experts(), discarded, this.serverErrors,
					this.jdbc, plan(panelsOf(formed), expertReviewCodes()));
			driver.run(this.options.reviewTimeoutSeconds());
			driver.problems().stream().limit(20).forEach((p) -> this.report.problem("warm-up: " + p));
			// the process moves on to the shortlist: once it waits there, it is removed
			steps.awaitTask(staff, "CONFIRM_SHORTLIST", 600);
			org.camunda.bpm.engine.runtime.ProcessInstance process = steps.cycleProcess(cycle);
			if (process != null) {
				this.app.getBean(RuntimeService.class)
					.deleteProcessInstance(process.getId(), "benchmark warm-up done", true, true);
			}
			return driver.submissions.get();
		}

		private long createCycle(ApiClient staff, String title, int yearsAhead) throws IOException {
			OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("title", title + " " + now);
			body.put("year", now.getYear() + yearsAhead);
			body.put("nominationQuota", 10);
			body.put("panelSize", 3);
			body.put("divergenceThreshold", 2);
			body.put("shortlistSize", 15);
			body.put("maxAwardeesPerCountry", 1);
			body.put("membershipMonths", 12);
			body.put("exclusionYears", 6);
			body.put("applicationDeadline", now.plusDays(30).toString());
			body.put("nominationDeadline", now.plusDays(60).toString());
			body.put("invitationResponse", "P3D");
			body.put("reviewDuration", "P21D");
			body.put("reminderBefore", List.of("P7D", "P1D"));
			body.put("moderationDuration", "P7D");
			body.put("juryDuration", "P14D");
			body.put("shortlistPerCountry", 2);
			body.put("minimumScore", 1.0);
			body.put("maxAwardees", 10);
			ApiClient.Response created = staff.post("cycle.create", "/api/cycles", this.json.writeValueAsString(body));
			check(created.ok(), "creating the cycle answered " + created.status() + " " + created.body());
			return this.json.readTree(created.body()).path("id").asLong();
		}

		/**
		 * The panels the panels call answered with: nomination → its experts, in order.
		 */
		private Map<Long, List<String>> panelsOf(ApiClient.Response formed) throws IOException {
			Map<Long, List<String>> panels = new LinkedHashMap<>();
			for (JsonNode panel : this.json.readTree(formed.body())) {
				List<String> members = new ArrayList<>();
				panel.path("experts").forEach((e) -> members.add(e.path("username").asText()));
				panels.put(panel.path("nominationId").asLong(), members);
			}
			return panels;
		}

		private List<String> expertReviewCodes() {
			return this.app.getBean(Catalog.class)
				.measurements(Source.EXPERT_REVIEW)
				.stream()
				.map((m) -> m.code().value())
				.toList();
		}

		/** Who scores what: every fifth panel disagrees, every tenth stays divergent. */
		private static ScorePlan plan(Map<Long, List<String>> panels, List<String> codes) {
			return new ScorePlan(panels, disagreeing(panels.keySet(), DISAGREEING_EVERY),
					disagreeing(panels.keySet(), PERSISTING_EVERY), codes);
		}

		private static Set<Long> disagreeing(Set<Long> nominations, int every) {
			Set<Long> result = new HashSet<>();
			int i = 0;
			for (Long nomination : nominations) {
				if (i++ % every == 0) {
					result.add(nomination);
				}
			}
			return result;
		}

		/** Waits until no mail is waiting in the outbox; the last one's sending time. */
		private Instant waitForMail() throws InterruptedException {
			long deadline = System.nanoTime() + Duration.ofSeconds(this.options.quick() ? 180 : 1800).toNanos();
			while (System.nanoTime() < deadline) {
				Long waiting = this.jdbc
					.queryForObject("select count(*) from notification_outbox where status = 'PENDING'", Long.class);
				if (waiting == 0) {
					break;
				}
				Thread.sleep(250);
			}
			Timestamp last = this.jdbc.queryForObject("select max(sent_at) from notification_outbox", Timestamp.class);
			return (last != null) ? last.toInstant() : null;
		}

		private void checkNothingLost(long cycle, ReviewDriver driver, int panels, ScorePlan plan,
				Map<String, Object> outbox, int received) {
			Report r = this.report;
			long twice = driver.accepted.values().stream().filter((n) -> n.get() != 1).count();
			check(twice == 0, twice + " scores were accepted more than once");
			Set<String> submittedByClient = new HashSet<>();
			driver.accepted.keySet()
				.stream()
				.filter((k) -> k.endsWith("/1"))
				.forEach((k) -> submittedByClient.add(k.substring(0, k.length() - 2)));
			Set<String> submittedInDatabase = new HashSet<>(this.jdbc.query(
					"select r.nomination_id, r.username from review r join nomination n on n.id = r.nomination_id "
							+ "where n.cycle_id = ? and r.status = 'SUBMITTED'",
					(rs, i) -> rs.getLong(1) + "/" + rs.getString(2), cycle));
			check(submittedByClient.equals(submittedInDatabase),
					"the submitted reviews stored (" + submittedInDatabase.size()
							+ ") differ from those the API accepted (" + submittedByClient.size() + ")");
			Long firstRound = this.jdbc.queryForObject(
					"select count(*) from review_score s join review r on r.id = s.review_id "
							+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ? and s.round = 1",
					Long.class, cycle);
			Long secondRound = this.jdbc.queryForObject(
					"select count(*) from review_score s join review r on r.id = s.review_id "
							+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ? and s.round = 2",
					Long.class, cycle);
			check(firstRound == 18L * driver.submissions.get(),
					"first-round scores stored: " + firstRound + ", expected " + 18L * driver.submissions.get());
			// a moderation revises the divergent measurement only
			check(secondRound == driver.moderations.get(),
					"moderation scores stored: " + secondRound + ", expected " + driver.moderations.get());
			r.put("checks", "scoresStored", firstRound + secondRound);
			check(driver.submissions.get() == 3 * panels,
					"submissions " + driver.submissions.get() + ", expected " + 3 * panels);
			Long resolved = this.jdbc.queryForObject("select count(*) from review_resolution s "
					+ "join nomination n on n.id = s.nomination_id where n.cycle_id = ?", Long.class, cycle);
			r.put("checks", "resolutions", resolved);
			check(resolved == plan.persistingPanels() && driver.resolutions.get() == plan.persistingPanels(),
					"staff resolutions stored " + resolved + ", accepted " + driver.resolutions.get() + ", expected "
							+ plan.persistingPanels());
			HistoryService history = this.app.getBean(HistoryService.class);
			for (String key : List.of("CycleProcess", "JuryProcess")) {
				long ofCycle = history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(key)
					.processInstanceBusinessKey(Long.toString(cycle))
					.count();
				long open = history.createHistoricProcessInstanceQuery()
					.processDefinitionKey(key)
					.processInstanceBusinessKey(Long.toString(cycle))
					.unfinished()
					.count();
				r.put("checks", key + "Instances", ofCycle);
				check(ofCycle == 1 && open == 0, key + ": " + ofCycle + " instances, " + open + " unfinished");
			}
			// the cycle's reviews only (the warm-up cycle had its own)
			Map<String, Object> reviews = this.jdbc.queryForMap("select count(*) as started, "
					+ "coalesce(sum(case when p.end_time_ is null then 1 else 0 end), 0) as unfinished "
					+ "from act_hi_procinst p join nomination n on p.business_key_ = cast(n.id as varchar(20)) "
					+ "where p.proc_def_key_ = 'ReviewProcess' and n.cycle_id = ?", cycle);
			long started = ((Number) reviews.get("started")).longValue();
			long unfinished = ((Number) reviews.get("unfinished")).longValue();
			r.put("checks", "reviewProcesses", started);
			r.put("checks", "reviewProcessesUnfinished", unfinished);
			check(started == panels && unfinished == 0,
					"review processes: " + started + " started, " + unfinished + " unfinished, expected " + panels);
			long incidents = this.app.getBean(RuntimeService.class).createIncidentQuery().count();
			long failedJobs = this.app.getBean(ManagementService.class).createJobQuery().withException().count();
			r.put("checks", "incidents", incidents);
			r.put("checks", "failedJobs", failedJobs);
			check(incidents == 0 && failedJobs == 0, incidents + " incidents, " + failedJobs + " failed jobs");
			long notSent = outbox.entrySet()
				.stream()
				.filter((e) -> !"SENT".equals(e.getKey()))
				.mapToLong((e) -> ((Number) e.getValue()).longValue())
				.sum();
			long sent = ((Number) outbox.getOrDefault("SENT", 0L)).longValue();
			check(notSent == 0, notSent + " mails not SENT: " + outbox);
			check(received < 0 || received >= sent, "the SMTP server received " + received + " of " + sent + " mails");
			Long staffTasks = this.jdbc.queryForObject("select count(*) from act_ru_task where assignee_ is null",
					Long.class);
			r.put("checks", "openStaffTasks", staffTasks);
		}

		/**
		 * The inbox against Camunda REST's task query for the same user and page size.
		 */
		private void peer() {
			ApiClient session = new ApiClient(this.base, this.latencies, this.serverErrors).signIn(Seeder.PEER,
					Seeder.PASSWORD);
			ApiClient basic = new ApiClient(this.base, this.latencies, this.serverErrors).basic(Seeder.PEER,
					Seeder.PASSWORD);
			ApiClient rest = new ApiClient(this.base, this.latencies, this.serverErrors).basic(Seeder.STAFF,
					Seeder.PASSWORD);
			String restPath = "/engine-rest/task?assignee=" + Seeder.PEER + "&firstResult=0&maxResults=" + PEER_PAGE;
			for (int i = 0; i < 100; i++) {
				session.get("warmup", "/api/tasks");
				basic.get("warmup", "/api/tasks");
				rest.get("warmup", restPath);
			}
			int inboxSize = 0;
			int restSize = 0;
			for (int i = 0; i < this.options.peerSamples(); i++) {
				inboxSize = size(session.get("peer.inbox.session", "/api/tasks"));
				size(basic.get("peer.inbox.basic", "/api/tasks"));
				restSize = size(rest.get("peer.rest.basic", restPath));
			}
			this.report.put("peer", "inboxTasks", inboxSize);
			this.report.put("peer", "restTasks", restSize);
			check(inboxSize == PEER_PAGE && restSize == PEER_PAGE,
					"the peer's inbox listed " + inboxSize + " and REST " + restSize + " tasks, expected " + PEER_PAGE);
			double rest95 = this.latencies.summary("peer.rest.basic").p95();
			this.report.put("ratios", "inboxToRestP95Basic", this.latencies.summary("peer.inbox.basic").p95() / rest95);
			this.report.put("ratios", "inboxToRestP95Session",
					this.latencies.summary("peer.inbox.session").p95() / rest95);
		}

		/**
		 * What HTTP Basic costs with the production BCrypt strength (10) against a
		 * session: the demo staff account's password is hashed with strength 10.
		 */
		private void basicVersusSession() {
			ApiClient basic = new ApiClient(this.base, this.latencies, this.serverErrors).basic("staff", "demo");
			ApiClient session = new ApiClient(this.base, this.latencies, this.serverErrors).signIn("staff", "demo");
			for (int i = 0; i < 40; i++) {
				basic.get("auth.basic-bcrypt10.inbox", "/api/me");
				session.get("auth.session.inbox", "/api/me");
			}
			this.report.put("auth", "basicBcrypt10P50Ms", this.latencies.summary("auth.basic-bcrypt10.inbox").p50());
			this.report.put("auth", "sessionP50Ms", this.latencies.summary("auth.session.inbox").p50());
		}

		private int size(ApiClient.Response response) {
			if (!response.ok()) {
				return -1;
			}
			try {
				JsonNode node = this.json.readTree(response.body());
				return node.has("content") ? node.get("content").size() : node.size();
			}
			catch (IOException ex) {
				return -1;
			}
		}

		/**
		 * Starts PostgreSQL's statement statistics afresh (pg_stat_statements, loaded by
		 * scripts/bench.sh), so that the review phase's database time can be read by
		 * statement.
		 * @return whether they are available
		 */
		private boolean resetStatementStatistics() {
			if (!this.options.postgres()) {
				return false;
			}
			try {
				this.jdbc.execute("select pg_stat_statements_reset()");
				return true;
			}
			catch (RuntimeException ex) {
				this.report.problem("no statement statistics: " + ex.getMessage());
				return false;
			}
		}

		/** The statements that took the database's time, most first. */
		private List<Map<String, Object>> statementStatistics(int limit) {
			return this.jdbc.queryForList("select calls, round(total_exec_time::numeric, 1) as total_ms, "
					+ "round(mean_exec_time::numeric, 3) as mean_ms, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 2000) as query "
					+ "from pg_stat_statements where dbid = (select oid from pg_database where datname = current_database()) "
					+ "order by total_exec_time desc limit " + limit);
		}

		/**
		 * Completions run again after a collision, by task type, since the JVM started.
		 */
		private Map<String, Double> retriesByType() {
			Map<String, Double> byType = new java.util.TreeMap<>();
			MeterRegistry registry = this.app.getBeanProvider(MeterRegistry.class).getIfAvailable();
			if (registry != null) {
				registry.find("award.task.completion.retries")
					.counters()
					.forEach((c) -> byType.merge(String.valueOf(c.getId().getTag("type")), c.count(), Double::sum));
			}
			return byType;
		}

		private Footprint footprint() {
			long rows = 0;
			List<String> tables = this.jdbc.queryForList(this.options.postgres()
					? "select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'"
					: "select table_name from information_schema.tables where table_schema = 'PUBLIC' and table_type = 'BASE TABLE'",
					String.class);
			for (String table : tables) {
				rows += this.jdbc.queryForObject("select count(*) from \"" + table + "\"", Long.class);
			}
			long bytes;
			if (this.options.postgres()) {
				bytes = this.jdbc.queryForObject("select pg_database_size(current_database())", Long.class);
			}
			else {
				this.jdbc.execute("checkpoint");
				Path file = this.options.output().resolve("h2").resolve("award.mv.db");
				try {
					bytes = Files.size(file);
				}
				catch (IOException ex) {
					bytes = -1;
				}
			}
			return new Footprint(rows, bytes);
		}

		private void check(boolean condition, String failure) {
			if (!condition) {
				this.report.failure(failure);
			}
		}

		private static double seconds(long since) {
			return (System.nanoTime() - since) / 1e9;
		}

		private static String abbreviate(String text) {
			return (text != null && text.length() > 500) ? text.substring(0, 500) : text;
		}

		private static long procStatus(String field) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
					if (line.startsWith(field + ":")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				// not Linux
			}
			return -1;
		}

		record Footprint(long rows, long bytes) {
		}

	}

}
