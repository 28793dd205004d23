package org.learningcity.award.jury.internal;

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
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * A cycle in JURY with Cork and Limerick (Ireland) and Espoo (Finland) shortlisted and
 * Dublin (Ireland) only eligible, at most 2 awardees and 1 per country; stored by plain
 * JDBC and removed again by {@link #cleanUp()}. juror-04 is made Irish for the test (so
 * that recusal applies) and made Polish again afterwards.
 */
final class JuryScenario {

	static final List<String> JURORS = List.of("juror-01", "juror-02", "juror-03", "juror-04", "juror-05");

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Clock clock;

	private final RuntimeService runtime;

	private final TaskService taskService;

	private final ManagementService management;

	long cycle;

	/** Nomination ids by city slug. */
	final Map<String, Long> nominations = new LinkedHashMap<>();

	String processInstance;

	JuryScenario(JdbcClient jdbc, Cycles cycles, Clock clock, RuntimeService runtime, TaskService taskService,
			ManagementService management) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.clock = clock;
		this.runtime = runtime;
		this.taskService = taskService;
		this.management = management;
	}

	JuryScenario store(String title) {
		ClockUtil.reset();
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		this.cycle = this.cycles
			.create(CycleSettings
				.rules2024(title + " " + System.nanoTime(), now.getYear() + 3, now.plusDays(30), now.plusDays(60))
				.withLimits(15, 2, 3.0, 2, 1))
			.id();
		this.jdbc.sql("update award_cycle set status = 'JURY' where id = ?").param(this.cycle).update();
		nominate("cork", 1, "SHORTLISTED");
		nominate("limerick", 2, "SHORTLISTED");
		nominate("espoo", 1, "SHORTLISTED");
		nominate("dublin", 3, "ELIGIBLE");
		this.jdbc.sql("update account set country_code = 'IE' where username = 'juror-04'").update();
		return this;
	}

	JuryScenario start(String title) {
		store(title);
		this.processInstance = this.runtime
			.startProcessInstanceByKey(JuryProcess.KEY, Long.toString(this.cycle),
					Map.of(JuryProcess.CYCLE_ID, this.cycle))
			.getId();
		return this;
	}

	long id(String slug) {
		return this.nominations.get(slug);
	}

	String voteTask(String juror) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(this.processInstance)
			.taskDefinitionKey(JuryProcess.TASK_JURY_VOTE)
			.taskAssignee(juror)
			.singleResult();
		return (task != null) ? task.getId() : null;
	}

	String finalizeTask() {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(this.processInstance)
			.taskDefinitionKey(JuryProcess.TASK_FINALIZE_DECISION)
			.singleResult();
		return (task != null) ? task.getId() : null;
	}

	/** A full ballot: FOR Cork, AGAINST Limerick, ABSTAIN Espoo (keys as strings). */
	Map<String, String> ballot(String cork, String limerick, String espoo) {
		Map<String, String> votes = new LinkedHashMap<>();
		votes.put(Long.toString(id("cork")), cork);
		votes.put(Long.toString(id("limerick")), limerick);
		votes.put(Long.toString(id("espoo")), espoo);
		return votes;
	}

	/** Runs the async continuations (the job executor is off in tests). */
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

	void cleanUp() {
		this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(this.cycle))
			.list()
			.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
		this.jdbc.sql("update account set country_code = 'PL' where username = 'juror-04'").update();
		this.jdbc.sql("delete from jury_awardee where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from jury_decision where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from jury_vote where ballot_id in (select id from jury_ballot where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc.sql("delete from jury_ballot where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from jury_session where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from jury_member where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from city_award where award_year = ?")
			.param(this.cycles.get(this.cycle).settings().year())
			.update();
		this.jdbc.sql("delete from nomination where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from application where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from notification_outbox").update();
		this.jdbc.sql("delete from notification_inbox where link = ? or link like '/jury/votes/%'")
			.param(JuryLinks.decisionPage(this.cycle))
			.update();
		this.jdbc.sql("delete from award_cycle where id = ?").param(this.cycle).update();
		ClockUtil.reset();
	}

	private void nominate(String slug, int slot, String status) {
		Map<String, Object> city = this.jdbc.sql("select id, country_code from city where slug = ?")
			.param(slug)
			.query()
			.singleRow();
		Timestamp at = Timestamp.from(this.clock.instant());
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'NOMINATED', ?, 'test', ?, 'test')",
				this.cycle, city.get("ID"), at, at);
		this.nominations.put(slug, insert(
				"insert into nomination (application_id, cycle_id, city_id, country_code, slot, endorsement, status, "
						+ "nominated_by, nominated_at) values (?, ?, ?, ?, ?, 'Endorsed', ?, 'test', ?)",
				application, this.cycle, city.get("ID"), city.get("COUNTRY_CODE"), slot, status, at));
	}

	private long insert(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
