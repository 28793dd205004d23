package org.learningcity.award.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A running review of Cork's submitted application by a panel of expert-01..03 (expert-04
 * in reserve), stored by plain JDBC in a cycle of its own and removed again by
 * {@link #cleanUp()}.
 */
final class ReviewScenario {

	static final String EXPERTS = "expert-01,expert-02,expert-03";

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Catalog catalog;

	private final Clock clock;

	private final RuntimeService runtime;

	private final TaskService taskService;

	private final ManagementService management;

	/**
	 * The panel's experts, comma-separated: {@link #EXPERTS} unless {@link #panel}
	 * changed it.
	 */
	String experts = EXPERTS;

	long cycle;

	long nomination;

	String processInstance;

	ReviewScenario(JdbcClient jdbc, Cycles cycles, Catalog catalog, Clock clock, RuntimeService runtime,
			TaskService taskService, ManagementService management) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.catalog = catalog;
		this.clock = clock;
		this.runtime = runtime;
		this.taskService = taskService;
		this.management = management;
	}

	/** A scenario on the application's beans. */
	static ReviewScenario in(ApplicationContext context) {
		return new ReviewScenario(context.getBean(JdbcClient.class), context.getBean(Cycles.class),
				context.getBean(Catalog.class), context.getBean(Clock.class), context.getBean(RuntimeService.class),
				context.getBean(TaskService.class), context.getBean(ManagementService.class));
	}

	/**
	 * Makes the panel of these experts (comma-separated) instead of {@link #EXPERTS};
	 * call before {@link #start} or {@link #store}.
	 */
	ReviewScenario panel(String experts) {
		this.experts = experts;
		return this;
	}

	/**
	 * Stores the cycle, application, eligible nomination and panel, and starts the review
	 * process.
	 */
	ReviewScenario start(String cycleTitle) {
		store(cycleTitle, "expert-04");
		this.processInstance = this.runtime
			.startProcessInstanceByKey(ReviewProcess.KEY, Long.toString(this.nomination),
					ReviewProcessEvents.startVariables(this.nomination, this.cycle, this.experts,
							this.cycles.settings(this.cycle)))
			.getId();
		return this;
	}

	/**
	 * Stores the cycle, Cork's submitted application with its narratives, the eligible
	 * nomination and its panel (the {@link #experts} and these reserves, in order);
	 * starts no process.
	 */
	ReviewScenario store(String cycleTitle, String... reserves) {
		ClockUtil.reset();
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		this.cycle = this.cycles
			.create(CycleSettings.rules2024(cycleTitle + " " + System.nanoTime(), now.getYear() + 3, now.plusDays(30),
					now.plusDays(60)))
			.id();
		Map<String, Object> city = this.jdbc.sql("select id, country_code from city where slug = 'cork'")
			.query()
			.singleRow();
		Timestamp at = Timestamp.from(this.clock.instant());
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'SUBMITTED', ?, 'test', ?, 'test')",
				this.cycle, city.get("ID"), at, at);
		for (Measurement m : expertMeasurements()) {
			this.jdbc.sql("insert into application_narrative (application_id, measurement_code, body) values (?, ?, ?)")
				.params(application, m.code().value(), "Cork's evidence for " + m.code().value())
				.update();
		}
		this.nomination = insert(
				"insert into nomination (application_id, cycle_id, city_id, country_code, slot, endorsement, status, "
						+ "nominated_by, nominated_at) values (?, ?, ?, ?, 1, 'Endorsed', 'ELIGIBLE', 'test', ?)",
				application, this.cycle, city.get("ID"), city.get("COUNTRY_CODE"), at);
		long panel = insert(
				"insert into review_panel (cycle_id, nomination_id, formed_at, formed_by) values (?, ?, ?, ?)",
				this.cycle, this.nomination, at, "test");
		String[] members = this.experts.split(",");
		for (int i = 0; i < members.length; i++) {
			member(panel, members[i], "MEMBER", i + 1, at);
		}
		for (int i = 0; i < reserves.length; i++) {
			member(panel, reserves[i], "RESERVE", i + 1, at);
		}
		return this;
	}

	/** Removes the process and every row {@link #start} stored. */
	void cleanUp() {
		this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(this.nomination))
			.list()
			.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
		for (String table : new String[] { "review_score", "review_comment", "review_draft_score" }) {
			this.jdbc
				.sql("delete from " + table + " where review_id in (select id from review where nomination_id = ?)")
				.param(this.nomination)
				.update();
		}
		this.jdbc.sql(
				"delete from review_resolution_score where resolution_id in (select id from review_resolution where nomination_id = ?)")
			.param(this.nomination)
			.update();
		this.jdbc.sql("delete from review_resolution where nomination_id = ?").param(this.nomination).update();
		this.jdbc.sql("delete from review_round_decision where nomination_id = ?").param(this.nomination).update();
		this.jdbc.sql(
				"delete from audit_event where subject_type = 'Nomination' and subject_id = ? and action like 'review.%'")
			.param(Long.toString(this.nomination))
			.update();
		this.jdbc.sql("delete from review where nomination_id = ?").param(this.nomination).update();
		this.jdbc.sql(
				"delete from review_panel_member where panel_id in (select id from review_panel where nomination_id = ?)")
			.param(this.nomination)
			.update();
		this.jdbc.sql("delete from review_panel where nomination_id = ?").param(this.nomination).update();
		this.jdbc.sql("delete from nomination where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from application where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from award_cycle where id = ?").param(this.cycle).update();
		ClockUtil.reset();
	}

	List<Measurement> expertMeasurements() {
		return this.catalog.measurements(Source.EXPERT_REVIEW);
	}

	/**
	 * Every expert-review measurement scored {@code score}, with a justification, as the
	 * API's {@code scores} body.
	 */
	Map<String, Object> allScores(int score) {
		Map<String, Object> scores = new LinkedHashMap<>();
		expertMeasurements().forEach(
				(m) -> scores.put(m.code().value(), Map.of("score", score, "justification", "The report shows it.")));
		return scores;
	}

	/** The expert's open task of this kind in the scenario's process, or {@code null}. */
	String taskOf(String expert, String key) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(this.processInstance)
			.taskDefinitionKey(key)
			.taskAssignee(expert)
			.singleResult();
		return (task != null) ? task.getId() : null;
	}

	/**
	 * Runs the process's asynchronous continuations (the job executor is off in tests).
	 */
	void runAsyncContinuations() {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = new ArrayList<>(
					this.management.createJobQuery().processInstanceId(this.processInstance).messages().list());
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	private void member(long panel, String username, String role, int position, Timestamp at) {
		this.jdbc
			.sql("insert into review_panel_member (panel_id, username, role, position, added_at, added_by) "
					+ "values (?, ?, ?, ?, ?, 'test')")
			.params(panel, username, role, position, at)
			.update();
	}

	private long insert(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
