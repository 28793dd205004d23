package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
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
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * Every path of the review process, started with its variables on a panel stored by plain
 * JDBC and driven through the {@link Reviews} service as the experts act; timers and
 * async continuations executed by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@WithUserDetails("staff")
class ReviewProcessTest {

	static final String EXPERTS = "expert-01,expert-02,expert-03";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	Reviews reviews;

	@Autowired
	Cycles cycles;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ResolutionService resolutions;

	@Autowired
	Results results;

	@Autowired
	DeadlineService deadlines;

	@Autowired
	FindExpertService findExpert;

	ReviewScenario scenario;

	long cycle;

	long nomination;

	@BeforeEach
	void setUp() {
		init(this.engine);
		this.scenario = new ReviewScenario(this.jdbc, this.cycles, this.catalog, this.clock, this.runtime,
				this.taskService, this.management)
			.store("Review process test", "expert-04", "expert-05");
		this.cycle = this.scenario.cycle;
		this.nomination = this.scenario.nomination;
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void aPanelThatScoresAlikeAgreesAndTheResultIsFinal() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(ReviewProcess.TASK_ANSWER_INVITATION)
			.hasBusinessKey(Long.toString(this.nomination));
		assertThat(invitations(instance)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("expert-01", "expert-02", "expert-03");

		for (String expert : EXPERTS.split(",")) {
			this.reviews.accept(this.nomination, expert);
		}
		assertThat(tasks(instance, ReviewProcess.TASK_SCORE_REPORT)).hasSize(3)
			.allSatisfy((task) -> assertThat(task.getDueDate()).isNotNull());
		for (String expert : EXPERTS.split(",")) {
			this.reviews.submit(this.nomination, expert, scores(4));
		}
		runAsyncContinuations(instance);

		assertThat(instance).hasPassed(ReviewProcess.TASK_DECIDE_AGREEMENT, ReviewProcess.END_RESULT_FINAL)
			.hasNotPassed(ReviewProcess.TASK_MODERATE_SCORES)
			.isEnded();
		assertThat(this.reviews.ofNomination(this.nomination))
			.allSatisfy((review) -> assertThat(review.status()).isEqualTo(ReviewStatus.SUBMITTED));
	}

	@Test
	void aDeclineBringsInTheNextReserve() {
		ProcessInstance instance = start();
		this.reviews.decline(this.nomination, "expert-02", "I know the mayor.", true);

		assertThat(invitations(instance)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("expert-01", "expert-03", "expert-04");
		assertThat(this.reviews.find(this.nomination, "expert-02").orElseThrow().status())
			.isEqualTo(ReviewStatus.REPLACED);
		assertThat(this.reviews.find(this.nomination, "expert-02").orElseThrow().conflictDeclared()).isTrue();
		assertThat(this.reviews.find(this.nomination, "expert-04").orElseThrow().status())
			.isEqualTo(ReviewStatus.INVITED);
		assertThat(panelMembers()).containsExactly("expert-01", "expert-04", "expert-03");
	}

	@Test
	void withNoReserveLeftStaffAreToldAndNameAnExpertUnderThePanelRules() {
		ProcessInstance instance = start();
		this.jdbc.sql("delete from notification_outbox").update();
		this.reviews.decline(this.nomination, "expert-02", "Busy.", false);
		this.reviews.decline(this.nomination, "expert-04", "Busy too.", false);
		this.reviews.decline(this.nomination, "expert-05", "Travelling.", false);

		assertThat(instance).hasPassed(ReviewProcess.BOUNDARY_NO_RESERVE_LEFT)
			.isWaitingAt(ReviewProcess.TASK_FIND_EXPERT);
		Task find = single(instance, ReviewProcess.TASK_FIND_EXPERT);
		assertThat(this.taskService.getIdentityLinksForTask(find.getId()))
			.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("uil-staff"));
		assertThat(this.reviews.find(this.nomination, "expert-05").orElseThrow().status())
			.isEqualTo(ReviewStatus.REPLACED);
		assertThat(this.jdbc.sql("select template_name from notification_outbox").query(String.class).list())
			.contains("review-no-reserve");
		assertThat(this.findExpert.leaving(find.getId())).isEqualTo("expert-05");

		assertThatThrownBy(() -> this.findExpert.name(find.getId(), "expert-03")).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(InvalidInputException.FieldError::field)
					.containsOnly("expert"));
		assertThatThrownBy(() -> this.findExpert.name(find.getId(), "expert-04"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.findExpert.name(find.getId(), "juror-01"))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> this.findExpert.name(find.getId(), " ")).isInstanceOf(InvalidInputException.class);
		this.findExpert.name(find.getId(), "expert-09");

		assertThat(invitations(instance)).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("expert-01", "expert-03", "expert-09");
		assertThat(panelMembers()).containsExactly("expert-01", "expert-09", "expert-03");
		assertThat(this.reviews.find(this.nomination, "expert-09").orElseThrow().status())
			.isEqualTo(ReviewStatus.INVITED);
		assertThatThrownBy(() -> this.findExpert.name(find.getId(), "expert-10"))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void silenceCountsAsADecline() {
		ProcessInstance instance = start();
		this.reviews.accept(this.nomination, "expert-01");
		this.reviews.accept(this.nomination, "expert-02");
		execute(job(ReviewProcess.TIMER_INVITATION_RESPONSE, instance));

		assertThat(invitations(instance)).extracting(Task::getAssignee).containsExactly("expert-04");
		assertThat(this.reviews.find(this.nomination, "expert-03").orElseThrow().status())
			.isEqualTo(ReviewStatus.REPLACED);
	}

	@Test
	void anExpertWhoHasNotSubmittedIsRemindedAndOneWhoHasIsNot() {
		ProcessInstance instance = startAllAccepted();
		this.jdbc.sql("delete from notification_outbox").update();
		List<Job> reminders = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.TIMER_REVIEW_REMINDER)
			.list();
		assertThat(reminders).hasSize(3);
		reminders.forEach((timer) -> this.management.executeJob(timer.getId()));
		this.reviews.submit(this.nomination, "expert-01", scores(4));
		runAsyncContinuations(instance);

		assertThat(instance).hasPassed(ReviewProcess.TASK_REMIND_EXPERT, ReviewProcess.END_EXPERT_REMINDED);
		assertThat(this.jdbc.sql("select recipient_username from notification_outbox").query(String.class).list())
			.containsExactlyInAnyOrder("expert-02", "expert-03");
	}

	@Test
	void anOverdueReviewExtendedKeepsTheDraft() {
		ProcessInstance instance = startAllAccepted();
		this.reviews.saveDraft(this.nomination, "expert-01", scores(3));
		ClockUtil.setCurrentTime(java.util.Date.from(this.clock.instant().plus(Duration.ofDays(22))));
		execute(overdueTimer(instance, "expert-01"));

		Task overdue = single(instance, ReviewProcess.TASK_HANDLE_OVERDUE);
		this.deadlines.decideOverdue(overdue.getId(), "EXTEND", "P5D");

		Task scoring = tasks(instance, ReviewProcess.TASK_SCORE_REPORT).stream()
			.filter((task) -> task.getAssignee().equals("expert-01"))
			.findFirst()
			.orElseThrow();
		java.time.Instant due = this.clock.instant().plus(Duration.ofDays(5));
		assertThat(scoring.getDueDate().toInstant()).isEqualTo(due);
		assertThat(this.reviews.find(this.nomination, "expert-01").orElseThrow().dueAt()).isEqualTo(due);
		assertThat(this.reviews.find(this.nomination, "expert-01").orElseThrow().scores()).hasSize(scores(3).size());
		assertThat(overdueTimer(instance, "expert-01").getDuedate().toInstant()).isEqualTo(due);
		assertThat(reminderOf(instance, "expert-01").getDuedate().toInstant()).isEqualTo(due.minus(Duration.ofDays(1)));
		this.reviews.submit(this.nomination, "expert-01", scores(3));
	}

	@Test
	void staffExtendARunningReviewBeforeItIsOverdueAndTheTimersMove() {
		ProcessInstance instance = startAllAccepted();
		this.reviews.saveDraft(this.nomination, "expert-02", scores(2));
		java.time.Instant before = this.reviews.find(this.nomination, "expert-02").orElseThrow().dueAt();
		String oldTask = this.scenario.taskOf("expert-02", ReviewProcess.TASK_SCORE_REPORT);

		this.deadlines.extend(this.nomination, "expert-02", "P10D");

		java.time.Instant due = before.plus(Duration.ofDays(10));
		assertThat(this.reviews.find(this.nomination, "expert-02").orElseThrow().dueAt()).isEqualTo(due);
		assertThat(this.reviews.find(this.nomination, "expert-02").orElseThrow().scores()).hasSize(scores(2).size());
		assertThat(tasks(instance, ReviewProcess.TASK_SCORE_REPORT)).hasSize(3);
		Task scoring = tasks(instance, ReviewProcess.TASK_SCORE_REPORT).stream()
			.filter((task) -> task.getAssignee().equals("expert-02"))
			.findFirst()
			.orElseThrow();
		assertThat(scoring.getId()).isNotEqualTo(oldTask);
		assertThat(scoring.getDueDate().toInstant()).isEqualTo(due);
		assertThat(overdueTimer(instance, "expert-02").getDuedate().toInstant()).isEqualTo(due);
		assertThat(this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.TIMER_REVIEW_DEADLINE)
			.count()).isEqualTo(3);
		assertThatThrownBy(() -> this.deadlines.extend(this.nomination, "expert-02", "soon"))
			.isInstanceOf(InvalidInputException.class);
		this.reviews.submit(this.nomination, "expert-02", scores(4));
		assertThatThrownBy(() -> this.deadlines.extend(this.nomination, "expert-02", "P1D"))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void anOverdueReviewReassignedGoesToAReserve() {
		ProcessInstance instance = startAllAccepted();
		ClockUtil.setCurrentTime(java.util.Date.from(this.clock.instant().plus(Duration.ofDays(22))));
		execute(overdueTimer(instance, "expert-02"));
		String overdue = single(instance, ReviewProcess.TASK_HANDLE_OVERDUE).getId();
		assertThatThrownBy(() -> this.deadlines.decideOverdue(overdue, "LATER", null))
			.isInstanceOf(InvalidInputException.class);
		this.deadlines.decideOverdue(overdue, "REASSIGN", null);

		assertThat(invitations(instance)).extracting(Task::getAssignee).containsExactly("expert-04");
		assertThat(this.reviews.find(this.nomination, "expert-02").orElseThrow().status())
			.isEqualTo(ReviewStatus.REPLACED);
		assertThatThrownBy(() -> this.reviews.submit(this.nomination, "expert-02", scores(4)))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void eachOverdueDecisionStaysWithItsExpert() {
		ProcessInstance instance = startAllAccepted();
		ClockUtil.setCurrentTime(java.util.Date.from(this.clock.instant().plus(Duration.ofDays(22))));
		execute(overdueTimer(instance, "expert-01"));
		execute(overdueTimer(instance, "expert-02"));
		List<Task> overdue = tasks(instance, ReviewProcess.TASK_HANDLE_OVERDUE);
		assertThat(overdue).hasSize(2);
		String ofExpert01 = overdue.stream()
			.filter((task) -> this.deadlines.overdueExpert(task.getId()).equals("expert-01"))
			.findFirst()
			.orElseThrow()
			.getId();
		String ofExpert02 = overdue.stream()
			.filter((task) -> !task.getId().equals(ofExpert01))
			.findFirst()
			.orElseThrow()
			.getId();

		this.deadlines.decideOverdue(ofExpert01, "EXTEND", "P5D");
		this.deadlines.decideOverdue(ofExpert02, "REASSIGN", null);
		this.reviews.accept(this.nomination, "expert-04");

		// the reserve scores for the cycle's review duration, not for expert-01's
		// extension
		java.time.Instant now = this.clock.instant();
		assertThat(this.reviews.find(this.nomination, "expert-01").orElseThrow().dueAt())
			.isEqualTo(now.plus(Duration.ofDays(5)));
		assertThat(this.reviews.find(this.nomination, "expert-04").orElseThrow().dueAt())
			.isEqualTo(now.plus(ReviewService.parse(this.cycles.settings(this.cycle).reviewDuration())));
		assertThat(this.runtime.getVariables(instance.getId())).doesNotContainKeys(ReviewProcess.OVERDUE_DECISION,
				ReviewProcess.EXTEND_BY);
	}

	@Test
	void aDivergentPanelModeratesAndThenAgrees() {
		ProcessInstance instance = divergentPanel();
		List<Task> moderation = tasks(instance, ReviewProcess.TASK_MODERATE_SCORES);
		assertThat(moderation).extracting(Task::getAssignee)
			.containsExactlyInAnyOrder("expert-01", "expert-02", "expert-03");
		this.reviews.moderate(this.nomination, "expert-01", scores(4), "I confirm.");
		this.reviews.moderate(this.nomination, "expert-02", scores(4));
		this.reviews.moderate(this.nomination, "expert-03", scores(4), "Convinced by the others.");
		runAsyncContinuations(instance);

		assertThat(instance).hasPassed(ReviewProcess.END_RESULT_FINAL)
			.hasNotPassed(ReviewProcess.TASK_RESOLVE_DIVERGENCE)
			.isEnded();
	}

	@Test
	void aPanelStillDivergentAfterModerationGoesToStaff() {
		ProcessInstance instance = divergentPanel();
		this.reviews.moderate(this.nomination, "expert-01", scores(4), "Still 4.");
		this.reviews.moderate(this.nomination, "expert-02", scores(4));
		this.reviews.moderate(this.nomination, "expert-03", scores(1));
		runAsyncContinuations(instance);

		assertThat(instance).isWaitingAt(ReviewProcess.TASK_RESOLVE_DIVERGENCE);
		assertThat(this.taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult())
			.satisfies((task) -> assertThat(this.taskService.getIdentityLinksForTask(task.getId()))
				.anySatisfy((link) -> assertThat(link.getGroupId()).isEqualTo("uil-staff")));
		// every measurement stayed divergent (4, 4, 1), as the process recorded round 2
		assertThat(this.resolutions.stillDivergent(this.nomination)).hasSize(scores(3).size());
		assertThatThrownBy(() -> this.resolutions.resolve(this.nomination, Map.of(), " "))
			.isInstanceOf(InvalidInputException.class);
		this.resolutions.resolve(this.nomination, scores(3), "The city's evidence supports a 3.");
		runAsyncContinuations(instance);

		assertThat(instance).hasPassed(ReviewProcess.END_RESULT_FINAL).isEnded();
		NominationResult result = this.results.of(this.nomination);
		assertThat(result.measurements().values()).allSatisfy((m) -> {
			assertThat(m.consensus()).isEqualTo(3.0);
			assertThat(m.resolved()).isTrue();
		});
		assertThat(result.resolutions()).hasSize(scores(3).size())
			.allSatisfy((r) -> assertThat(r.resolvedBy()).isEqualTo("staff"))
			.allSatisfy((r) -> assertThat(r.rationale()).isEqualTo("The city's evidence supports a 3."));
		assertThat(result.history()).extracting(NominationResult.Round::number).containsExactly(1, 2);
		assertThat(result.comments()).extracting(NominationResult.Comment::body).containsExactly("Still 4.");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = ? and subject_id = ?")
			.params(ResolutionService.RESOLVED, Long.toString(this.nomination))
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThatThrownBy(() -> this.resolutions.resolve(this.nomination, scores(3), "Again."))
			.isInstanceOf(RuleViolationException.class);
	}

	@Test
	void badScoresNameTheirFields() {
		startAllAccepted();
		Map<String, ScoreInput> bad = new LinkedHashMap<>(scores(4));
		String first = bad.keySet().iterator().next();
		bad.put(first, new ScoreInput("6", " "));
		assertThatThrownBy(() -> this.reviews.submit(this.nomination, "expert-01", bad)).isInstanceOfSatisfying(
				InvalidInputException.class,
				(ex) -> assertThat(ex.getErrors()).extracting(InvalidInputException.FieldError::field)
					.containsExactly("scores." + first + ".score", "scores." + first + ".justification"));
		assertThatThrownBy(() -> this.reviews.accept(this.nomination, "expert-01"))
			.isInstanceOf(RuleViolationException.class);
	}

	private ProcessInstance divergentPanel() {
		ProcessInstance instance = startAllAccepted();
		this.reviews.submit(this.nomination, "expert-01", scores(4));
		this.reviews.submit(this.nomination, "expert-02", scores(4));
		this.reviews.submit(this.nomination, "expert-03", scores(1));
		runAsyncContinuations(instance);
		assertThat(instance).hasPassed(ReviewProcess.TASK_DECIDE_AGREEMENT)
			.isWaitingAt(ReviewProcess.TASK_MODERATE_SCORES);
		return instance;
	}

	private ProcessInstance start() {
		return this.runtime.startProcessInstanceByKey(ReviewProcess.KEY, Long.toString(this.nomination),
				ReviewProcessEvents.startVariables(this.nomination, this.cycle, EXPERTS,
						this.cycles.settings(this.cycle)));
	}

	private ProcessInstance startAllAccepted() {
		ProcessInstance instance = start();
		for (String expert : EXPERTS.split(",")) {
			this.reviews.accept(this.nomination, expert);
		}
		return instance;
	}

	private Job overdueTimer(ProcessInstance instance, String expert) {
		Task scoring = tasks(instance, ReviewProcess.TASK_SCORE_REPORT).stream()
			.filter((task) -> task.getAssignee().equals(expert))
			.findFirst()
			.orElseThrow();
		return this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.TIMER_REVIEW_DEADLINE)
			.list()
			.stream()
			.filter((job) -> this.runtime.createExecutionQuery()
				.executionId(job.getExecutionId())
				.list()
				.stream()
				.anyMatch((e) -> e.getId().equals(scoring.getExecutionId())))
			.findFirst()
			.orElseThrow();
	}

	private Job reminderOf(ProcessInstance instance, String expert) {
		Task scoring = tasks(instance, ReviewProcess.TASK_SCORE_REPORT).stream()
			.filter((task) -> task.getAssignee().equals(expert))
			.findFirst()
			.orElseThrow();
		return this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(ReviewProcess.TIMER_REVIEW_REMINDER)
			.list()
			.stream()
			.filter((job) -> this.runtime.createExecutionQuery()
				.executionId(job.getExecutionId())
				.list()
				.stream()
				.anyMatch((e) -> e.getId().equals(scoring.getExecutionId())))
			.findFirst()
			.orElseThrow();
	}

	private Map<String, ScoreInput> scores(int score) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach((m) -> scores.put(m.code().value(), ScoreInput.of(score, "The report shows it.")));
		return scores;
	}

	private List<Task> invitations(ProcessInstance instance) {
		return tasks(instance, ReviewProcess.TASK_ANSWER_INVITATION);
	}

	private List<Task> tasks(ProcessInstance instance, String key) {
		return this.taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).list();
	}

	private Task single(ProcessInstance instance, String key) {
		List<Task> tasks = tasks(instance, key);
		assertThat(tasks).hasSize(1);
		return tasks.get(0);
	}

	private List<String> panelMembers() {
		return this.jdbc.sql("""
				select m.username from review_panel_member m join review_panel p on p.id = m.panel_id
				where p.nomination_id = ? and m.role = 'MEMBER' order by m.position""")
			.param(this.nomination)
			.query(String.class)
			.list();
	}

	private void runAsyncContinuations(ProcessInstance instance) {
		for (int round = 0; round < 10; round++) {
			List<Job> jobs = new ArrayList<>(
					this.management.createJobQuery().processInstanceId(instance.getId()).messages().list());
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

}
