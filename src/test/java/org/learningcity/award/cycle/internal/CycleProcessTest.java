package org.learningcity.award.cycle.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.EligibilityDecided;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.progress.internal.CycleProgress;
import org.learningcity.award.review.PanelFormed;
import org.learningcity.award.review.Panels;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every path of the cycle process: opened by {@link Cycles#open}, nominations stored by
 * plain JDBC in the cycle's own rows, panels formed by {@link Panels}, reviews driven
 * through {@link Reviews}; the end-game through the real modules' task completions
 * ({@code POST /api/tasks/{id}/complete}): staff confirm the shortlist
 * ({@code CONFIRM_SHORTLIST}), the jurors vote ({@code JURY_VOTE}), staff finalize the
 * decision ({@code FINALIZE_DECISION}). Timers and asynchronous continuations executed by
 * hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@WithUserDetails("staff")
class CycleProcessTest {

	static final List<String> JURORS = List.of("juror-01", "juror-02", "juror-03", "juror-04", "juror-05");

	/** The juror made Irish for the test, so that they must recuse on Cork. */
	static final String IRISH_JUROR = "juror-04";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	RepositoryService repository;

	@Autowired
	HistoryService history;

	@Autowired
	Cycles cycles;

	@Autowired
	Panels panels;

	@Autowired
	Reviews reviews;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CycleProgress progress;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ObjectMapper json;

	long cycle;

	String jurorCountry;

	@BeforeEach
	void setUp() {
		init(this.engine);
		ClockUtil.reset();
		this.jurorCountry = this.jdbc.sql("select country_code from account where username = ?")
			.param(IRISH_JUROR)
			.query(String.class)
			.single();
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		this.cycle = this.cycles
			.create(CycleSettings.rules2024("Cycle process test " + System.nanoTime(), now.getYear() + 4,
					now.plusDays(30), now.plusDays(60)))
			.id();
		this.cycles.open(this.cycle);
	}

	@AfterEach
	void cleanUp() {
		List<Long> nominations = this.jdbc.sql("select id from nomination where cycle_id = ?")
			.param(this.cycle)
			.query(Long.class)
			.list();
		List<String> keys = new ArrayList<>(nominations.stream().map(String::valueOf).toList());
		keys.add(Long.toString(this.cycle));
		for (String key : keys) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(key)
				.list()
				.forEach((p) -> this.runtime.deleteProcessInstanceIfExists(p.getId(), "test done", true, true, true,
						false));
		}
		this.jdbc.sql("delete from notification_outbox where link like ? or link like '%/jury/votes/%'")
			.param("%" + decisionPage())
			.update();
		this.jdbc.sql("delete from notification_inbox where link like ? or link like '%/jury/votes/%'")
			.param("%" + decisionPage())
			.update();
		for (String table : List.of("jury_awardee", "jury_decision")) {
			this.jdbc.sql("delete from " + table + " where cycle_id = ?").param(this.cycle).update();
		}
		this.jdbc.sql("delete from jury_vote where ballot_id in (select id from jury_ballot where cycle_id = ?)")
			.param(this.cycle)
			.update();
		for (String table : List.of("jury_ballot", "jury_session", "jury_member")) {
			this.jdbc.sql("delete from " + table + " where cycle_id = ?").param(this.cycle).update();
		}
		this.jdbc
			.sql("delete from shortlist_member where shortlist_id in (select id from shortlist where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc.sql("delete from shortlist where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from city_award where award_year = ?")
			.param(this.cycles.get(this.cycle).settings().year())
			.update();
		this.jdbc
			.sql("delete from review_score where review_id in (select r.id from review r "
					+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc
			.sql("delete from review_round_decision where nomination_id in "
					+ "(select id from nomination where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc.sql("delete from review where nomination_id in (select id from nomination where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc
			.sql("delete from review_panel_member where panel_id in (select id from review_panel where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc.sql("delete from review_panel where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from nomination where cycle_id = ?").param(this.cycle).update();
		this.jdbc
			.sql("delete from application_narrative where application_id in "
					+ "(select id from application where cycle_id = ?)")
			.param(this.cycle)
			.update();
		this.jdbc.sql("delete from application where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from award_cycle where id = ?").param(this.cycle).update();
		this.jdbc.sql("update account set country_code = ? where username = ?")
			.params(this.jurorCountry, IRISH_JUROR)
			.update();
		ClockUtil.reset();
	}

	@Test
	void aCycleRunsFromTheOpenCallToItsClosing() throws Exception {
		long cork = nomination("cork", NominationStatus.ELIGIBLE);
		long espoo = nomination("espoo", NominationStatus.ELIGIBLE);
		ProcessInstance instance = instance();
		assertThat(instance).isWaitingAt(CycleProcess.TIMER_NOMINATION_DEADLINE)
			.hasBusinessKey(Long.toString(this.cycle));

		execute(job(CycleProcess.TIMER_NOMINATION_DEADLINE, instance));
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.REVIEW);
		assertThat(instance).hasPassed(CycleProcess.TASK_START_REVIEW, CycleProcess.TASK_CHECK_ELIGIBILITY)
			.isWaitingAt(CycleProcess.TASK_FORM_PANELS);
		assertThat(this.taskService.getIdentityLinksForTask(task(instance, CycleProcess.TASK_FORM_PANELS).getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("uil-staff"));

		inboxLinkOpens("staff", task(instance, CycleProcess.TASK_FORM_PANELS).getId(), "FORM_PANELS",
				"/cycles/" + this.cycle + "/panels");

		this.panels.formAll(this.cycle);
		assertThat(instance).hasPassed(CycleProcess.TASK_FORM_PANELS)
			.isWaitingAt(CycleProcess.SUBPROCESS_REVIEW + "#multiInstanceBody");
		assertThat(((String) this.runtime.getVariable(instance.getId(), CycleProcess.NOMINATION_IDS)).split(","))
			.containsExactlyInAnyOrder(Long.toString(cork), Long.toString(espoo));
		runJobs(instance.getId());
		assertThat(reviewProcesses(cork)).hasSize(1);
		assertThat(reviewProcesses(espoo)).hasSize(1);
		assertThat(this.progress.of(this.cycle).nominations()).extracting(CycleProgress.Row::stage)
			.containsOnly(CycleProgress.Stage.INVITATION);
		assertThat(this.runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count())
			.as("both reviews run under the cycle, none on its own")
			.isEqualTo(2);

		finishReview(cork);
		assertThat(instance).isWaitingAt(CycleProcess.SUBPROCESS_REVIEW + "#multiInstanceBody");
		assertThat(this.progress.of(this.cycle).nominations())
			.extracting(CycleProgress.Row::nominationId, CycleProgress.Row::stage)
			.containsExactlyInAnyOrder(tuple(cork, CycleProgress.Stage.RESULT_FINAL),
					tuple(espoo, CycleProgress.Stage.INVITATION));
		assertThat(this.progress.of(this.cycle).steps()).extracting(CycleProgress.Step::id)
			.containsExactly(CycleProcess.CALL_ACTIVITY_REVIEW);
		finishReview(espoo);
		assertThat(instance).hasPassed(CycleProcess.TASK_CHECK_RESULTS, CycleProcess.TASK_START_SHORTLISTING)
			.isWaitingAt(CycleProcess.TASK_CONFIRM_SHORTLIST);
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.SHORTLISTING);

		this.jdbc.sql("update account set country_code = 'IE' where username = ?").param(IRISH_JUROR).update();

		// staff confirm the shortlist through their CONFIRM_SHORTLIST task
		String confirm = task(instance, CycleProcess.TASK_CONFIRM_SHORTLIST).getId();
		inboxLinkOpens("staff", confirm, "CONFIRM_SHORTLIST", "/cycles/" + this.cycle + "/shortlist");
		complete("staff", confirm,
				Map.of("nominationIds", List.of(Long.toString(cork), Long.toString(espoo)), "rationale",
						"Both cities scored alike and well on every building block."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationIds", contains(Long.toString(cork), Long.toString(espoo))));
		assertThat(instance).hasPassed(CycleProcess.TASK_CONFIRM_SHORTLIST).isWaitingAt(CycleProcess.TASK_START_JURY);
		assertThat(this.cycles.get(this.cycle).status())
			.as("the confirmation commits on its own; the hand-over runs in a job")
			.isEqualTo(CycleStatus.SHORTLISTING);
		this.mvc.perform(get("/cycles/{id}/shortlist", this.cycle).with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("being handed over to the jury")))
			.andExpect(content().string(not(containsString("name=\"rationale\""))));
		execute(job(CycleProcess.TASK_START_JURY, instance));
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.JURY);
		assertThat(instance).isWaitingAt(CycleProcess.CALL_ACTIVITY_JURY);
		ProcessInstance jury = this.runtime.createProcessInstanceQuery()
			.superProcessInstanceId(instance.getId())
			.singleResult();
		assertThat(jury.getProcessDefinitionId()).startsWith(CycleProcess.JURY_PROCESS_KEY + ":");
		assertThat(jury.getBusinessKey()).isEqualTo(Long.toString(this.cycle));
		assertThat(this.runtime.getVariable(jury.getId(), CycleProcess.CYCLE_ID)).isEqualTo(this.cycle);

		// every juror votes through their JURY_VOTE task; the Irish juror recuses on Cork
		for (String juror : JURORS) {
			Task vote = this.taskService.createTaskQuery()
				.processInstanceId(jury.getId())
				.taskAssignee(juror)
				.singleResult();
			inboxLinkOpens(juror, vote.getId(), "JURY_VOTE", "/jury/votes/" + vote.getId());
			Map<String, String> votes = new LinkedHashMap<>();
			votes.put(Long.toString(cork), juror.equals(IRISH_JUROR) ? "RECUSED" : "AGAINST");
			votes.put(Long.toString(espoo), "FOR");
			if (juror.equals(IRISH_JUROR)) {
				complete(juror, vote.getId(), Map.of("votes", Map.of(Long.toString(cork), "FOR")))
					.andExpect(status().isUnprocessableEntity());
			}
			complete(juror, vote.getId(), Map.of("votes", votes)).andExpect(status().isOk());
		}
		runJobs(jury.getId());

		// staff finalize the decision through the FINALIZE_DECISION task
		Task finalize = this.taskService.createTaskQuery().processInstanceId(jury.getId()).singleResult();
		assertThat(finalize.getTaskDefinitionKey()).isEqualTo("Task_FinalizeDecision");
		inboxLinkOpens("staff", finalize.getId(), "FINALIZE_DECISION", "/jury/cycles/" + this.cycle + "/decision");
		inboxLinkOpens("juror-01", finalize.getId(), "FINALIZE_DECISION", "/jury/cycles/" + this.cycle + "/decision");
		complete("staff", finalize.getId(), Map.of("awardeeNominationIds", List.of(Long.toString(espoo)), "statement",
				"Espoo puts learning at the heart of the city."))
			.andExpect(status().isOk());
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(jury.getId()).count()).isZero();
		assertThat(instance).hasPassed(CycleProcess.CALL_ACTIVITY_JURY).isWaitingAt(CycleProcess.TASK_RECORD_DECISION);
		assertThat(this.cycles.get(this.cycle).status())
			.as("the decision commits on its own; the cycle moves on in a job")
			.isEqualTo(CycleStatus.JURY);
		execute(job(CycleProcess.TASK_RECORD_DECISION, instance));
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.DECIDED);
		assertThat(instance).isWaitingAt(CycleProcess.TASK_ANNOUNCE_DECISION);

		execute(job(CycleProcess.TASK_ANNOUNCE_DECISION, instance));
		assertThat(instance).hasPassed(CycleProcess.TASK_CLOSE_CYCLE, CycleProcess.END_CYCLE_CLOSED).isEnded();
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.CLOSED);
		assertThat(this.jdbc
			.sql("select recipient_username from notification_outbox where template_name = ? and link like ?")
			.params("decision-announced", "%" + decisionPage())
			.query(String.class)
			.list()).contains("city-cork", "city-espoo", "natcom-ie", "natcom-fi");
		assertThat(
				this.jdbc.sql("select status from nomination where id = ?").param(espoo).query(String.class).single())
			.isEqualTo(NominationStatus.AWARDED.name());
		this.mvc.perform(get("/api/cycles/{id}/decision", this.cycle))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awardees[*].nominationId", contains(Long.toString(espoo))));
	}

	@Test
	void aCycleWithoutAnEligibleNominationClosesAtOnce() {
		nomination("cork", NominationStatus.INELIGIBLE);
		ProcessInstance instance = instance();

		execute(job(CycleProcess.TIMER_NOMINATION_DEADLINE, instance));

		assertThat(instance).hasPassed(CycleProcess.TASK_CLOSE_WITHOUT_NOMINATIONS, CycleProcess.END_NO_ELIGIBLE)
			.hasNotPassed(CycleProcess.TASK_FORM_PANELS)
			.isEnded();
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.CLOSED);
		assertThat(this.jdbc.sql("select action from audit_event where subject_type = 'CYCLE' and subject_id = ?")
			.param(Long.toString(this.cycle))
			.query(String.class)
			.list()).contains(CycleService.CLOSED_EARLY);
	}

	@Test
	void onlyACycleInReviewClosesEarly() {
		assertThatThrownBy(() -> this.cycles.closeEarly(this.cycle, "nothing to review"))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.cycles.get(this.cycle).status()).isEqualTo(CycleStatus.OPEN);
	}

	@Test
	void theCycleWaitsForEveryEligibilityDecisionAndMissesNone() {
		long cork = nomination("cork", NominationStatus.NOMINATED);
		ProcessInstance instance = instance();
		execute(job(CycleProcess.TIMER_NOMINATION_DEADLINE, instance));
		assertThat(instance).isWaitingAt(CycleProcess.GATEWAY_WAIT_FOR_ELIGIBILITY);

		// a decision whose message got lost is found by the hourly re-check
		execute(job(CycleProcess.TIMER_ELIGIBILITY_RECHECK, instance));
		assertThat(instance).hasPassed(CycleProcess.TIMER_ELIGIBILITY_RECHECK)
			.isWaitingAt(CycleProcess.GATEWAY_WAIT_FOR_ELIGIBILITY);

		decide(cork, NominationStatus.ELIGIBLE);
		assertThat(instance).hasPassed(CycleProcess.MESSAGE_ELIGIBILITY_DECIDED)
			.isWaitingAt(CycleProcess.TASK_FORM_PANELS);
	}

	@Test
	void aPanelFormedByHandRunsItsOwnReviewAndTheCycleWaitsForItsResult() {
		long cork = nomination("cork", NominationStatus.ELIGIBLE);
		long espoo = nomination("espoo", NominationStatus.ELIGIBLE);
		ProcessInstance instance = instance();
		execute(job(CycleProcess.TIMER_NOMINATION_DEADLINE, instance));
		assertThat(instance).isWaitingAt(CycleProcess.TASK_FORM_PANELS);

		// Cork's panel formed by hand, before the others: a review of its own
		panelByHand(cork);
		this.events.publishEvent(new PanelFormed(cork));
		assertThat(reviewProcesses(cork)).hasSize(1);
		assertThat(this.runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).count()).isZero();
		assertThat(instance).isWaitingAt(CycleProcess.TASK_FORM_PANELS);

		this.panels.formAll(this.cycle);
		assertThat(instance).variables().containsEntry(CycleProcess.NOMINATION_IDS, Long.toString(espoo));
		runJobs(instance.getId());
		finishReview(espoo);
		assertThat(instance).hasPassed(CycleProcess.TASK_CHECK_RESULTS)
			.isWaitingAt(CycleProcess.GATEWAY_WAIT_FOR_RESULTS);
		execute(job(CycleProcess.TIMER_RESULTS_RECHECK, instance));
		assertThat(instance).isWaitingAt(CycleProcess.GATEWAY_WAIT_FOR_RESULTS);

		finishReview(cork);
		assertThat(instance).hasPassed(CycleProcess.MESSAGE_RESULT_FINAL)
			.isWaitingAt(CycleProcess.TASK_CONFIRM_SHORTLIST);
	}

	@Test
	void extendingTheNominationDeadlineMovesTheTimers() {
		ProcessInstance instance = instance();
		Map<String, Object> nominationVariables = new LinkedHashMap<>();
		long corkId = this.jdbc.sql("select id from city where slug = 'cork'").query(Long.class).single();
		CycleSettings before = this.cycles.settings(this.cycle);
		nominationVariables.put("applicationId", 999_000L + this.cycle);
		nominationVariables.put("cycleId", this.cycle);
		nominationVariables.put("cityId", corkId);
		nominationVariables.put("applicationDeadline", before.applicationDeadline().toInstant().toString());
		nominationVariables.put("nominationDeadline", before.nominationDeadline().toInstant().toString());
		nominationVariables.put("nominationReminders",
				"R2/" + before.nominationDeadline().toInstant().minus(java.time.Duration.ofDays(7)) + "/P6D");
		ProcessInstance application = this.runtime.startProcessInstanceByKey("NominationProcess",
				Long.toString(this.cycle), nominationVariables);

		OffsetDateTime later = before.nominationDeadline().plusDays(14);
		OffsetDateTime laterApplication = before.applicationDeadline().plusDays(7);
		this.cycles.update(this.cycle, before.withDeadlines(laterApplication, later));

		assertThat(job(CycleProcess.TIMER_NOMINATION_DEADLINE, instance).getDuedate())
			.isEqualTo(Date.from(later.toInstant()));
		assertThat(instance).variables().containsEntry(CycleProcess.NOMINATION_DEADLINE, later.toInstant().toString());
		assertThat(job("Timer_ApplicationDeadline", application).getDuedate())
			.isEqualTo(Date.from(laterApplication.toInstant()));
		assertThat(
				this.taskService.createTaskQuery().processInstanceId(application.getId()).singleResult().getDueDate())
			.isEqualTo(Date.from(laterApplication.toInstant()));
	}

	// --- helpers

	private ResultActions complete(String username, String taskId, Object body) throws Exception {
		return this.mvc.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic(username, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	/**
	 * The task is in the person's inbox with the link to its page, and the page opens for
	 * them.
	 */
	private void inboxLinkOpens(String username, String taskId, String type, String link) throws Exception {
		this.mvc.perform(get("/api/tasks/{id}", taskId).with(httpBasic(username, "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value(type))
			.andExpect(jsonPath("$.link").value(link));
		this.mvc.perform(get(link).with(user(this.users.loadUserByUsername(username)))).andExpect(status().isOk());
	}

	private String decisionPage() {
		return "/cycles/" + this.cycle + "/decision";
	}

	private ProcessInstance instance() {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CycleProcess.KEY)
			.processInstanceBusinessKey(Long.toString(this.cycle))
			.singleResult();
	}

	private Task task(ProcessInstance instance, String key) {
		return this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(key)
			.singleResult();
	}

	private List<ProcessInstance> reviewProcesses(long nomination) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey("ReviewProcess")
			.processInstanceBusinessKey(Long.toString(nomination))
			.list();
	}

	/** Every expert of the panel accepts and scores alike: the result is final. */
	private void finishReview(long nomination) {
		List<String> experts = this.panels.panel(nomination).expertUsernames();
		experts.forEach((expert) -> this.reviews.accept(nomination, expert));
		experts.forEach((expert) -> this.reviews.submit(nomination, expert, scores(4)));
		java.util.Set<String> cycleProcesses = new java.util.HashSet<>();
		for (ProcessInstance review : reviewProcesses(nomination)) {
			ProcessInstance caller = this.runtime.createProcessInstanceQuery()
				.subProcessInstanceId(review.getId())
				.singleResult();
			if (caller != null) {
				cycleProcesses.add(caller.getId());
			}
			runJobs(review.getId());
		}
		assertThat(reviewProcesses(nomination)).isEmpty();
		// the cycle process takes each ended review in a job of its own (async after its
		// call activity)
		cycleProcesses.forEach(this::runJobs);
	}

	/** A decision recorded elsewhere, as the nomination module publishes it. */
	private void decide(long nomination, NominationStatus status) {
		this.jdbc.sql("update nomination set status = ? where id = ?").params(status.name(), nomination).update();
		this.events.publishEvent(new EligibilityDecided(nomination, this.cycle, status));
	}

	private void runJobs(String processInstanceId) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = this.management.createJobQuery().processInstanceId(processInstanceId).messages().list();
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	private Map<String, ScoreInput> scores(int score) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach((m) -> scores.put(m.code().value(), ScoreInput.of(score, "The report shows it.")));
		return scores;
	}

	/** The city's submitted application and its nomination in this cycle. */
	private long nomination(String slug, NominationStatus status) {
		Map<String, Object> city = this.jdbc.sql("select id, country_code from city where slug = ?")
			.param(slug)
			.query()
			.singleRow();
		Timestamp at = Timestamp.from(this.clock.instant());
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'SUBMITTED', ?, 'test', ?, 'test')",
				this.cycle, city.get("ID"), at, at);
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach((m) -> this.jdbc
				.sql("insert into application_narrative (application_id, measurement_code, body) values (?, ?, ?)")
				.params(application, m.code().value(), "Evidence for " + m.code().value())
				.update());
		return insert(
				"insert into nomination (application_id, cycle_id, city_id, country_code, slot, endorsement, status, "
						+ "nominated_by, nominated_at) values (?, ?, ?, ?, 1, 'Endorsed', ?, 'test', ?)",
				application, this.cycle, city.get("ID"), city.get("COUNTRY_CODE"), status.name(), at);
	}

	/** A panel of expert-01..03 stored by hand (they may review Cork). */
	private void panelByHand(long nomination) {
		Timestamp at = Timestamp.from(this.clock.instant());
		long panel = insert(
				"insert into review_panel (cycle_id, nomination_id, formed_at, formed_by) values (?, ?, ?, 'test')",
				this.cycle, nomination, at);
		String[] experts = { "expert-01", "expert-02", "expert-03" };
		for (int i = 0; i < experts.length; i++) {
			this.jdbc
				.sql("insert into review_panel_member (panel_id, username, role, position, added_at, added_by) "
						+ "values (?, ?, 'MEMBER', ?, ?, 'test')")
				.params(panel, experts[i], i + 1, at)
				.update();
		}
	}

	private long insert(String sql, Object... params) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
