package org.learningcity.award.jury.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.jury.Decisions;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
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
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/**
 * Every path of the jury process, started on its own with a cycle whose shortlist is
 * stored by plain JDBC, driven through the services as jurors and staff act; timers and
 * async continuations executed by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@WithUserDetails("staff")
class JuryProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	Cycles cycles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	JuryService jury;

	@Autowired
	JuryDecisions decisions;

	@Autowired
	Decisions publicDecisions;

	@Autowired
	Nominations nominations;

	JuryScenario scenario;

	@BeforeEach
	void setUp() {
		init(this.engine);
		this.scenario = new JuryScenario(this.jdbc, this.cycles, this.clock, this.runtime, this.taskService,
				this.management);
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void everyJurorVotesThenStaffFinalizeAndTheAwardeesAreRecorded() {
		ProcessInstance instance = start();
		assertThat(instance).isWaitingAt(JuryProcess.TASK_JURY_VOTE).hasBusinessKey(Long.toString(this.scenario.cycle));
		List<Task> votes = this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(JuryProcess.TASK_JURY_VOTE)
			.list();
		assertThat(votes).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(JuryScenario.JURORS);
		assertThat(votes).allSatisfy(
				(task) -> assertThat(task.getDueDate()).isEqualTo(Date.from(this.jury.due(this.scenario.cycle))));
		assertThat(this.jury.jury(this.scenario.cycle).chair()).isEqualTo("juror-01");

		for (String juror : JuryScenario.JURORS) {
			this.jury.cast(this.scenario.cycle, juror, juror.equals("juror-04")
					? this.scenario.ballot("RECUSED", "RECUSED", "FOR") : this.scenario.ballot("FOR", "AGAINST", "FOR"),
					null);
		}
		this.scenario.runAsyncContinuations();

		assertThat(instance).isWaitingAt(JuryProcess.TASK_FINALIZE_DECISION);
		Task finalize = this.taskService.createTaskQuery()
			.processInstanceId(instance.getId())
			.taskDefinitionKey(JuryProcess.TASK_FINALIZE_DECISION)
			.singleResult();
		assertThat(this.taskService.getIdentityLinksForTask(finalize.getId()))
			.extracting(link -> (link.getGroupId() != null) ? link.getGroupId() : link.getUserId())
			.contains("uil-staff", "juror-01");
		Tally tally = this.jury.tally(this.scenario.cycle);
		assertThat(tally.complete()).isTrue();
		assertThat(tally.cities().get(0).cityName()).isEqualTo("Espoo");
		assertThat(tally.cities().get(0).forVotes()).isEqualTo(5);

		this.decisions.finalizeDecision(this.scenario.cycle,
				List.of(Long.toString(this.scenario.id("espoo")), Long.toString(this.scenario.id("cork"))),
				"Two cities that put learning at the heart of the city.");

		assertThat(instance)
			.hasPassed(JuryProcess.TASK_SEAT_JURY, JuryProcess.END_VOTE_CAST, JuryProcess.END_DECISION_RECORDED)
			.isEnded();
		assertThat(this.nominations.get(this.scenario.id("cork")).status()).isEqualTo(NominationStatus.AWARDED);
		assertThat(this.nominations.get(this.scenario.id("limerick")).status()).isEqualTo(NominationStatus.SHORTLISTED);
		assertThat(this.publicDecisions.of(this.scenario.cycle).orElseThrow().tally().cities()).hasSize(3);
	}

	@Test
	void aJurorWhoHasNotVotedIsRemindedAndOneWhoHasIsNot() {
		ProcessInstance instance = start();
		this.jury.cast(this.scenario.cycle, "juror-01", this.scenario.ballot("FOR", "FOR", "FOR"), null);
		this.jdbc.sql("delete from notification_outbox").update();
		List<Job> reminders = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(JuryProcess.TIMER_VOTE_REMINDER)
			.list();
		assertThat(reminders).hasSize(4);
		reminders.forEach((timer) -> this.management.executeJob(timer.getId()));
		this.scenario.runAsyncContinuations();

		assertThat(instance).hasPassed(JuryProcess.TASK_REMIND_JUROR, JuryProcess.END_JUROR_REMINDED);
		assertThat(this.jdbc.sql("select recipient_username from notification_outbox where template_name = ?")
			.param("jury-reminder")
			.query(String.class)
			.list()).containsExactlyInAnyOrder("juror-02", "juror-03", "juror-04", "juror-05");
	}

	@Test
	void theDeadlineClosesAnUnfinishedVoteAndTheDecisionFollows() {
		ProcessInstance instance = start();
		for (String juror : List.of("juror-01", "juror-02", "juror-03", "juror-05")) {
			this.jury.cast(this.scenario.cycle, juror, this.scenario.ballot("FOR", "AGAINST", "AGAINST"), null);
		}
		this.jury.saveDraft(this.scenario.cycle, "juror-04", this.scenario.ballot("RECUSED", "RECUSED", "FOR"), null);
		this.scenario.runAsyncContinuations();
		assertThatThrownBy(() -> this.decisions.finalizeDecision(this.scenario.cycle,
				List.of(Long.toString(this.scenario.id("cork"))), "Too early."))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("juror-04");

		ClockUtil.setCurrentTime(Date.from(this.clock.instant().plus(Duration.ofDays(15))));
		Job deadline = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(JuryProcess.TIMER_VOTE_DEADLINE)
			.singleResult();
		this.management.executeJob(deadline.getId());

		assertThat(instance).hasPassed(JuryProcess.TASK_CLOSE_VOTE, JuryProcess.END_VOTE_CLOSED)
			.isWaitingAt(JuryProcess.TASK_FINALIZE_DECISION);
		Tally tally = this.jury.tally(this.scenario.cycle);
		assertThat(tally.closedUnfinished()).containsExactly("juror-04");
		assertThat(tally.complete()).isTrue();
		assertThat(tally.cities()).filteredOn(c -> c.cityName().equals("Espoo"))
			.singleElement()
			.satisfies(c -> assertThat(c.forVotes()).isZero());
		assertThatThrownBy(() -> this.jury.cast(this.scenario.cycle, "juror-04",
				this.scenario.ballot("RECUSED", "RECUSED", "FOR"), null))
			.isInstanceOf(RuleViolationException.class);
	}

	private ProcessInstance start() {
		this.scenario.start("Jury process test");
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(this.scenario.processInstance)
			.singleResult();
	}

	static String who(IdentityLink link) {
		return (link.getGroupId() != null) ? link.getGroupId() : link.getUserId();
	}

}
