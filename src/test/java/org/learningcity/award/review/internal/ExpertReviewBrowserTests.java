package org.learningcity.award.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.web.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An expert's review in a real browser: the invitation in the inbox, accepting it, the
 * scoring page with a draft that is kept across a reload, the submission and the
 * read-only review. The panel and the review process are set up as
 * {@link ReviewTasksApiTests} does; the process's asynchronous continuations are run
 * through the {@link ManagementService} (the job executor is off in the test profile).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ExpertReviewBrowserTests extends BrowserTestSupport {

	static final String EXPERTS = "expert-01,expert-02,expert-03";

	static final String EXPERT = "expert-01";

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	Cycles cycles;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	long cycle;

	long nomination;

	String processInstance;

	@BeforeEach
	void setUp() {
		ClockUtil.reset();
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		this.cycle = this.cycles
			.create(CycleSettings.rules2024("Expert review browser test " + System.nanoTime(), now.getYear() + 3,
					now.plusDays(30), now.plusDays(60)))
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
		String[] members = EXPERTS.split(",");
		for (int i = 0; i < members.length; i++) {
			member(panel, members[i], "MEMBER", i + 1, at);
		}
		member(panel, "expert-04", "RESERVE", 1, at);
		this.processInstance = this.runtime
			.startProcessInstanceByKey(ReviewProcess.KEY, Long.toString(this.nomination),
					ReviewProcessEvents.startVariables(this.nomination, this.cycle, EXPERTS,
							this.cycles.settings(this.cycle)))
			.getId();
	}

	@AfterEach
	void cleanUp() {
		this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(Long.toString(this.nomination))
			.list()
			.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
		this.jdbc.sql("delete from review_score where review_id in (select id from review where nomination_id = ?)")
			.param(this.nomination)
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

	@Test
	void theExpertAcceptsScoresSavesADraftFindsItAfterAReloadAndSubmits() {
		String invitation = taskOf(ReviewProcess.TASK_ANSWER_INVITATION);
		assertThat(invitation).isNotNull();

		// the invitation waits in the expert's inbox
		signIn(this.page, EXPERT);
		this.page.navigate(url("/tasks"));
		assertThat(this.page.locator("main h1")).hasText("My tasks");
		Locator invitationLink = this.page.locator("a[href$='/tasks/" + invitation + "']");
		assertThat(this.page.locator("main table.data").locator(invitationLink)).hasText("Accept or decline a review");
		invitationLink.click();
		this.page.waitForURL(url("/review/tasks/" + invitation));
		assertThat(this.page.locator("main h1")).hasText("Invitation to review Cork");
		assertThat(this.page.locator("main")).containsText(
				"You are invited to review the report of this city. Accept to score it, or decline and say why.");
		assertThat(this.page.getByLabel("I have a conflict of interest with this city")).not().isChecked();

		// accepting it brings the scoring task, once the process has moved on
		button("Accept").click();
		this.page.waitForURL(url("/tasks"));
		assertThat(flash()).hasText("You accepted the review. The scoring task is in your inbox.");
		runAsyncContinuations();
		String scoring = taskOf(ReviewProcess.TASK_SCORE_REPORT);
		assertThat(scoring).isNotNull();
		this.page.reload();
		Locator scoringLink = this.page.locator("main table.data a[href$='/tasks/" + scoring + "']");
		assertThat(scoringLink).hasText("Score the report");
		assertThat(this.page.locator("main table.data a[href$='/tasks/" + invitation + "']")).hasCount(0);

		// the scoring page: each measurement with its rubric and the city's narrative
		this.page.navigate(url("/review/tasks/" + scoring));
		assertThat(this.page.locator("main h1")).hasText("Score the report of Cork");
		List<Measurement> measurements = expertMeasurements();
		assertThat(this.page.locator("main form section")).hasCount(measurements.size());
		Measurement first = measurements.get(0);
		assertThat(section(first).locator("summary")).hasText("Rubric");
		assertThat(section(first).locator("blockquote")).hasText("Cork's evidence for " + first.code().value());
		assertThat(section(first).getByLabel("5 Excellent")).not().isChecked();

		// a draft of the first three measurements
		List<Measurement> drafted = measurements.subList(0, 3);
		for (int i = 0; i < drafted.size(); i++) {
			score(drafted.get(i), i + 2);
		}
		button("Save draft").click();
		this.page.waitForURL(url("/review/tasks/" + scoring));
		assertThat(flash()).hasText("Your draft is saved.");

		// the draft is kept on the server
		this.page.reload();
		assertThat(flash()).hasCount(0);
		for (int i = 0; i < drafted.size(); i++) {
			Measurement m = drafted.get(i);
			assertThat(section(m).getByLabel(label(i + 2))).isChecked();
			assertThat(section(m).locator("input[type=radio]:checked")).hasCount(1);
			assertThat(section(m).getByLabel("Justification")).hasValue(justificationOf(m));
		}
		Measurement untouched = measurements.get(3);
		assertThat(section(untouched).locator("input[type=radio]:checked")).hasCount(0);
		assertThat(section(untouched).getByLabel("Justification")).hasValue("");

		// the rest, then the submission
		for (Measurement m : measurements.subList(3, measurements.size())) {
			score(m, 4);
		}
		button("Submit").click();
		this.page.waitForURL(url("/review/nominations/" + this.nomination + "/mine"));
		assertThat(flash()).hasText("Your review is submitted.");
		assertThat(this.page.locator("main h1")).hasText("Your review of Cork");
		assertThat(this.page.locator("main")).containsText("Submitted: this review can no longer be changed.");
		assertThat(this.page.locator("main textarea")).hasCount(0);
		assertThat(this.page.locator("main input[type=radio]")).hasCount(0);
		assertThat(this.page.locator("main button")).hasCount(0);
		Locator rows = this.page.locator("main table.data tbody tr");
		assertThat(rows).hasCount(measurements.size());
		for (int i = 0; i < measurements.size(); i++) {
			Measurement m = measurements.get(i);
			Locator row = rows.filter(new Locator.FilterOptions().setHasText(justificationOf(m)));
			assertThat(row).hasCount(1);
			assertThat(row.locator("td").nth(0)).containsText(m.code().value());
			assertThat(row.locator("td").nth(1)).hasText(Integer.toString((i < drafted.size()) ? i + 2 : 4));
		}
		assertThat(taskOf(ReviewProcess.TASK_SCORE_REPORT)).isNull();
	}

	/** Chooses the score on the radio button and writes the justification. */
	private void score(Measurement measurement, int level) {
		Locator section = section(measurement);
		section.getByLabel(label(level)).check();
		section.getByLabel("Justification").fill(justificationOf(measurement));
	}

	private Locator section(Measurement measurement) {
		return this.page.locator("main form section")
			.filter(new Locator.FilterOptions().setHas(this.page.locator("h2 > span")
				.filter(new Locator.FilterOptions().setHasText(measurement.code().value()))
				.first()));
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator flash() {
		return this.page.locator(".flash");
	}

	private static String label(int level) {
		return level + " " + switch (level) {
			case 1 -> "Poor";
			case 2 -> "Fair";
			case 3 -> "Good";
			case 4 -> "Very good";
			default -> "Excellent";
		};
	}

	private static String justificationOf(Measurement measurement) {
		return "The report documents " + measurement.code().value() + " with figures and partners.";
	}

	private List<Measurement> expertMeasurements() {
		return this.catalog.measurements(Source.EXPERT_REVIEW);
	}

	private String taskOf(String key) {
		Task task = this.taskService.createTaskQuery()
			.processInstanceId(this.processInstance)
			.taskDefinitionKey(key)
			.taskAssignee(EXPERT)
			.singleResult();
		return (task != null) ? task.getId() : null;
	}

	private void runAsyncContinuations() {
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
