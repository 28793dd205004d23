package org.learningcity.award.review.internal;

import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.web.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;
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

	@Autowired
	ApplicationContext context;

	static final String EXPERT = "expert-01";

	ReviewScenario scenario;

	long cycle;

	long nomination;

	String processInstance;

	@BeforeEach
	void setUp() {
		this.scenario = ReviewScenario.in(this.context).start("Expert review browser test");
		this.cycle = this.scenario.cycle;
		this.nomination = this.scenario.nomination;
		this.processInstance = this.scenario.processInstance;
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
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
		this.scenario.runAsyncContinuations();
		String scoring = taskOf(ReviewProcess.TASK_SCORE_REPORT);
		assertThat(scoring).isNotNull();
		this.page.reload();
		Locator scoringLink = this.page.locator("main table.data a[href$='/tasks/" + scoring + "']");
		assertThat(scoringLink).hasText("Score the report");
		assertThat(this.page.locator("main table.data a[href$='/tasks/" + invitation + "']")).hasCount(0);

		// the scoring page: each measurement with its rubric and the city's narrative
		this.page.navigate(url("/review/tasks/" + scoring));
		assertThat(this.page.locator("main h1")).hasText("Score the report of Cork");
		List<Measurement> measurements = this.scenario.expertMeasurements();
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

		// the page saves a draft on its own a few seconds after the expert stops typing
		score(untouched, 4);
		assertThat(this.page.locator("main [data-autosave-status]")).containsText("Draft saved automatically at",
				new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		this.page.reload();
		assertThat(flash()).hasCount(0);
		assertThat(section(untouched).getByLabel(label(4))).isChecked();
		assertThat(section(untouched).getByLabel("Justification")).hasValue(justificationOf(untouched));

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

	private String taskOf(String key) {
		return this.scenario.taskOf(EXPERT, key);
	}

}
