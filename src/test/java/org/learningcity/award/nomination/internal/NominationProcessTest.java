package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationEligible;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.workflow.Tasks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Every path of the nomination process, driven through the real services as the people
 * who act (the city's coordinator, the National Commission, UIL staff), timers and async
 * steps executed by hand with the engine's clock moved by hand.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(ProcessEngineCoverageConfiguration.class)
@RecordApplicationEvents
class NominationProcessTest {

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	Cycles cycles;

	@Autowired
	Applications applications;

	@Autowired
	NationalCommissionService natcom;

	@Autowired
	Nominations nominations;

	@Autowired
	Catalog catalog;

	@Autowired
	Network network;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEvents events;

	@Autowired
	Tasks tasks;

	NominationFixtures fixtures;

	@BeforeEach
	void setUp() {
		init(this.engine);
		ClockUtil.reset();
		this.fixtures = new NominationFixtures(this.cycles, this.applications, this.catalog, this.network, this.jdbc,
				this.runtime, this.users, this.clock);
		this.jdbc.sql("delete from notification_outbox").update();
	}

	@AfterEach
	void cleanUp() {
		this.fixtures.cleanUp();
	}

	@Test
	void aSubmittedApplicationGoesToTheNationalCommissionOfItsCountry() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.draft(cycle, "cork");
		ProcessInstance instance = instance(application);
		CycleSettings rules = this.cycles.settings(cycle);

		assertThat(instance).isWaitingAt(NominationProcess.TASK_COMPLETE_APPLICATION)
			.hasBusinessKey(Long.toString(application))
			.variables()
			.containsEntry(NominationProcess.APPLICATION_ID, application)
			.containsEntry(NominationProcess.CYCLE_ID, cycle)
			.containsEntry(NominationProcess.APPLICATION_DEADLINE,
					NominationSchedule.iso(rules.applicationDeadline().toInstant()));
		assertThat(task(instance)).hasCandidateUser("city-cork")
			.hasDueDate(Date.from(rules.applicationDeadline().toInstant()));

		this.fixtures.submit(application, "cork");

		assertThat(instance).hasPassed(NominationProcess.TASK_COMPLETE_APPLICATION)
			.isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW, NominationProcess.TASK_TELL_SUBMITTED);
		assertThat(task(NominationProcess.TASK_NATCOM_REVIEW, instance)).hasCandidateUser("natcom-ie")
			.hasDueDate(Date.from(rules.nominationDeadline().toInstant()));
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));
		assertThat(instance).hasPassed(NominationProcess.END_NATCOM_TOLD)
			.isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW);
		assertThat(outbox()).contains("natcom-ie application-submitted /natcom/applications/" + application);
	}

	@Test
	void aReturnedApplicationGoesBackToTheCityAndMayBeSubmittedAgain() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);

		this.fixtures.as("natcom-ie", () -> this.natcom.returnForRevision(application, "Please add the figures."));

		assertThat(instance).hasPassed(NominationProcess.GATEWAY_RETURNED)
			.isWaitingAt(NominationProcess.TASK_COMPLETE_APPLICATION, NominationProcess.TASK_TELL_RETURNED,
					NominationProcess.TASK_TELL_SUBMITTED);
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.RETURNED);
		execute(job(NominationProcess.TASK_TELL_RETURNED, instance));
		assertThat(outbox()).contains("city-cork application-returned /applications/" + application);

		this.fixtures.submit(application, "cork");

		assertThat(instance).isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW, NominationProcess.TASK_TELL_SUBMITTED);
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void aDeclinedApplicationEndsWithTheCityTold() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));

		this.fixtures.as("natcom-ie", () -> this.natcom.decline(application, "Another city of ours is stronger."));

		assertThat(instance).isWaitingAt(NominationProcess.TASK_TELL_DECLINED);
		executeAll(NominationProcess.TASK_TELL_DECLINED, instance);
		assertThat(instance).hasPassed(NominationProcess.END_DECLINED).isEnded();
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.DECLINED);
		assertThat(outbox()).contains("city-cork application-declined /applications/" + application);
	}

	@Test
	void anEligibleNominationIsHandedToExpertReview() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));

		NominationView nomination = this.fixtures.as("natcom-ie",
				() -> this.natcom.nominate(application, "Cork is our strongest learning city."));

		assertThat(nomination.status()).isEqualTo(NominationStatus.NOMINATED);
		assertThat(nomination.slot()).isEqualTo(1);
		assertThat(instance).isWaitingAt(NominationProcess.TASK_GATHER_FACTS);
		execute(job());

		assertThat(instance).hasPassed(NominationProcess.TASK_APPLY_RULES, NominationProcess.GATEWAY_ELIGIBLE)
			.hasNotPassed(NominationProcess.TASK_ELIGIBILITY_CHECK)
			.isWaitingAt(NominationProcess.TASK_TELL_ELIGIBLE)
			.variables()
			.containsEntry(NominationProcess.ELIGIBILITY, "ELIGIBLE")
			.containsEntry(NominationProcess.NOMINATION_ID, nomination.id())
			.doesNotContainKey(NominationProcess.MEMBERSHIP_MONTHS);
		assertThat(this.nominations.get(nomination.id()).status()).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(this.events.stream(NominationEligible.class))
			.containsExactly(new NominationEligible(nomination.id()));
		assertThat(this.audit.of(NominationAudit.NOMINATION, Long.toString(nomination.id())))
			.extracting(e -> e.action())
			.containsExactly(NominationAudit.NOMINATED, NominationAudit.ELIGIBILITY_BY_RULES);

		executeAll(NominationProcess.TASK_TELL_ELIGIBLE, instance);
		assertThat(instance).hasPassed(NominationProcess.END_ELIGIBLE).isEnded();
		assertThat(outbox()).contains("city-cork eligibility-decided /applications/" + application,
				"natcom-ie eligibility-decided /natcom/applications/" + application);
	}

	@Test
	void aRecentlyAwardedCityIsNotEligibleAndIsToldWhy() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		this.fixtures.awardedLastYear(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));
		NominationView nomination = this.fixtures.as("natcom-ie",
				() -> this.natcom.nominate(application, "Cork is our strongest learning city."));

		execute(job());

		assertThat(instance).isWaitingAt(NominationProcess.TASK_TELL_INELIGIBLE);
		NominationView decided = this.nominations.get(nomination.id());
		assertThat(decided.status()).isEqualTo(NominationStatus.INELIGIBLE);
		assertThat(decided.eligibilityReason()).contains("exclusion years");
		assertThat(decided.eligibilityDecidedBy()).isEqualTo("system");
		assertThat(this.events.stream(NominationEligible.class)).isEmpty();
		assertThat(this.audit.of(NominationAudit.NOMINATION, Long.toString(nomination.id())))
			.anySatisfy(e -> assertThat(e.detail()).startsWith("INELIGIBLE: ").contains("exclusion years"));

		executeAll(NominationProcess.TASK_TELL_INELIGIBLE, instance);
		assertThat(instance).hasPassed(NominationProcess.END_INELIGIBLE).isEnded();
		assertThat(outbox()).contains("city-cork eligibility-decided /applications/" + application,
				"natcom-ie eligibility-decided /natcom/applications/" + application);
	}

	@Test
	void whereTheRulesCannotDecideAStaffMemberDecidesWithAReason() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));
		NominationView nomination = this.fixtures.as("natcom-ie",
				() -> this.natcom.nominate(application, "Cork is our strongest learning city."));

		this.fixtures.leaveEligibilityToStaff(application);

		assertThat(instance).isWaitingAt(NominationProcess.TASK_ELIGIBILITY_CHECK);
		assertThat(task(instance)).hasCandidateGroup("uil-staff");
		assertThat(this.nominations.get(nomination.id()).eligibilityReason()).contains("unknown");
		assertThat(this.audit.of(NominationAudit.NOMINATION, Long.toString(nomination.id())))
			.extracting(e -> e.action())
			.contains(NominationAudit.ELIGIBILITY_UNDECIDED);

		this.fixtures.as("staff", () -> this.nominations.decideEligibility(nomination.id(), true,
				"Member since 2015 according to the GNLC secretariat's files."));

		assertThat(instance).hasPassed(NominationProcess.TASK_ELIGIBILITY_CHECK)
			.isWaitingAt(NominationProcess.TASK_TELL_ELIGIBLE);
		NominationView decided = this.nominations.get(nomination.id());
		assertThat(decided.status()).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(decided.eligibilityDecidedBy()).isEqualTo("staff");
		assertThat(this.events.stream(NominationEligible.class))
			.containsExactly(new NominationEligible(nomination.id()));
		assertThat(this.audit.of(NominationAudit.NOMINATION, Long.toString(nomination.id()))).anySatisfy(e -> {
			assertThat(e.action()).isEqualTo(NominationAudit.ELIGIBILITY_BY_STAFF);
			assertThat(e.actor()).isEqualTo("staff");
			assertThat(e.detail()).contains("GNLC secretariat");
		});
	}

	@Test
	void aDraftNotSubmittedByTheApplicationDeadlineIsClosedAndTheCityTold() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.draft(cycle, "cork");
		ProcessInstance instance = instance(application);
		Job deadline = job(NominationProcess.TIMER_APPLICATION_DEADLINE, instance);
		assertThat(deadline.getDuedate().toInstant())
			.isEqualTo(this.cycles.settings(cycle).applicationDeadline().toInstant());

		ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
		execute(deadline);

		assertThat(instance).hasPassed(NominationProcess.TASK_CLOSE_DRAFT)
			.isWaitingAt(NominationProcess.TASK_TELL_DRAFT_CLOSED);
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.CLOSED);
		executeAll(NominationProcess.TASK_TELL_DRAFT_CLOSED, instance);
		assertThat(instance).hasPassed(NominationProcess.END_DRAFT_CLOSED).isEnded();
		assertThat(outbox()).containsExactly("city-cork application-closed /applications/" + application);
	}

	@Test
	void anApplicationNotReviewedByTheNominationDeadlineIsClosedAndBothSidesTold() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));
		Job deadline = job(NominationProcess.TIMER_NOMINATION_DEADLINE, instance);
		assertThat(deadline.getDuedate().toInstant())
			.isEqualTo(this.cycles.settings(cycle).nominationDeadline().toInstant());

		ClockUtil.setCurrentTime(Date.from(deadline.getDuedate().toInstant().plusSeconds(60)));
		execute(deadline);

		assertThat(instance).hasPassed(NominationProcess.TASK_CLOSE_UNREVIEWED)
			.isWaitingAt(NominationProcess.TASK_TELL_REVIEW_CLOSED);
		assertThat(this.applications.find(application).orElseThrow().status()).isEqualTo(ApplicationStatus.CLOSED);
		executeAll(NominationProcess.TASK_TELL_REVIEW_CLOSED, instance);
		assertThat(instance).hasPassed(NominationProcess.END_REVIEW_CLOSED).isEnded();
		assertThat(outbox()).contains("city-cork application-closed /applications/" + application,
				"natcom-ie application-closed /natcom/applications/" + application);
		assertThat(this.tasks.closedByDeadline(50)).anySatisfy(closed -> {
			assertThat(closed.type()).isEqualTo("NATCOM_REVIEW");
			assertThat(closed.applicationId()).isEqualTo(application);
			assertThat(closed.cityName()).isEqualTo("Cork");
		});
	}

	@Test
	void theNationalCommissionIsRemindedSevenDaysAndOneDayBeforeTheNominationDeadline() {
		long cycle = this.fixtures.openCycle(2);
		long application = this.fixtures.submitted(cycle, "cork");
		ProcessInstance instance = instance(application);
		execute(job(NominationProcess.TASK_TELL_SUBMITTED, instance));
		this.jdbc.sql("delete from notification_outbox").update();
		Instant deadline = this.cycles.settings(cycle).nominationDeadline().toInstant();

		Job first = job(NominationProcess.TIMER_NOMINATION_REMINDER, instance);
		assertThat(first.getDuedate().toInstant()).isEqualTo(deadline.minus(Duration.ofDays(7)));
		ClockUtil.setCurrentTime(Date.from(first.getDuedate().toInstant().plusSeconds(60)));
		execute(first);
		assertThat(instance).isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW, NominationProcess.TASK_REMIND_NATCOM);
		execute(job(NominationProcess.TASK_REMIND_NATCOM, instance));
		assertThat(instance).hasPassed(NominationProcess.END_NATCOM_REMINDED)
			.isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW);
		assertThat(outbox()).containsExactly("natcom-ie nomination-reminder /natcom/applications/" + application);
		assertThat(this.jdbc.sql("select due_at from notification_outbox")
			.query(java.sql.Timestamp.class)
			.single()
			.toInstant()).isEqualTo(deadline);

		Job second = job(NominationProcess.TIMER_NOMINATION_REMINDER, instance);
		assertThat(second.getDuedate().toInstant()).isEqualTo(deadline.minus(Duration.ofDays(1)));
		ClockUtil.setCurrentTime(Date.from(second.getDuedate().toInstant().plusSeconds(60)));
		execute(second);
		execute(job(NominationProcess.TASK_REMIND_NATCOM, instance));
		assertThat(outbox()).hasSize(2);
		assertThat(instance).isWaitingAt(NominationProcess.TASK_NATCOM_REVIEW);
	}

	/** Runs every job waiting at the activity (one mail per person told). */
	private void executeAll(String activityId, ProcessInstance instance) {
		List<Job> jobs = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(activityId)
			.list();
		assertThat(jobs).isNotEmpty();
		jobs.forEach(job -> execute(job));
	}

	private ProcessInstance instance(long applicationId) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicationId))
			.singleResult();
	}

	/** The outbox as "recipient template link" lines. */
	private List<String> outbox() {
		return this.jdbc
			.sql("select coalesce(recipient_username, recipient_address) as who, template_name, link "
					+ "from notification_outbox order by id")
			.query((rs, row) -> rs.getString("who") + " " + rs.getString("template_name") + " " + rs.getString("link"))
			.list();
	}

}
