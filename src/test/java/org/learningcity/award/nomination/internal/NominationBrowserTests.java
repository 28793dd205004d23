package org.learningcity.award.nomination.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.web.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door of the Award in a real browser: UIL staff create and open a cycle on its
 * pages; Cork's coordinator starts the application, writes the 18 narratives, a
 * statistic, the consent and the mayor's endorsement in the form, saves a draft, finds it
 * kept after a reload, follows the checklist and submits with a confirmation; the Irish
 * National Commission reads the application and nominates it; once the process has run
 * its jobs (the job executor is off in the test profile), UIL staff see the nomination
 * with its eligibility.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NominationBrowserTests extends BrowserTestSupport {

	private static final Pattern APPLICATION_PAGE = Pattern.compile(".*/applications/(\\d+)$");

	private static final Pattern CYCLE_PAGE = Pattern.compile(".*/cycles/(\\d+)$");

	@Autowired
	Catalog catalog;

	@Autowired
	Applications applications;

	@Autowired
	Nominations nominations;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	private Long cycleId;

	@AfterEach
	void removeTheCycle() {
		if (this.cycleId == null) {
			return;
		}
		for (Long application : this.jdbc.sql("select id from application where cycle_id = ?")
			.param(this.cycleId)
			.query(Long.class)
			.list()) {
			this.runtime.createProcessInstanceQuery()
				.processDefinitionKey(NominationProcess.KEY)
				.processInstanceBusinessKey(application.toString())
				.list()
				.forEach(p -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
		}
		this.jdbc.sql("delete from nomination where cycle_id = ?").param(this.cycleId).update();
		this.jdbc.sql("delete from application where cycle_id = ?").param(this.cycleId).update();
		this.jdbc.sql("delete from award_cycle where id = ?").param(this.cycleId).update();
	}

	@Test
	void aCityAppliesAndItsNationalCommissionNominatesIt() {
		String title = "Browser test cycle " + UUID.randomUUID().toString().substring(0, 8);

		// UIL staff create the cycle and open its call
		signIn(this.page, "staff");
		this.cycleId = createAndOpenCycle(title);
		signOut();

		// Cork's coordinator starts the application from the open call
		signIn(this.page, "city-cork");
		this.page.navigate(url("/applications"));
		Locator call = this.page.locator("section.card")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))));
		call.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the application")).click();
		this.page.waitForURL(APPLICATION_PAGE.asPredicate());
		long applicationId = idIn(APPLICATION_PAGE, this.page.url());
		assertThat(flash()).hasText("The application is started. Save the draft as often as you like.");
		assertThat(status()).hasText("Draft");

		// the narratives, a statistic and the consent; the endorsement is left for later
		List<Measurement> expert = this.catalog.measurements(Source.EXPERT_REVIEW);
		assertThat(expert).hasSize(18);
		Locator narratives = this.page.locator("#narratives textarea");
		assertThat(narratives).hasCount(18);
		for (Measurement measurement : expert) {
			narrative(measurement).fill(narrativeOf(measurement));
		}
		Measurement statistic = percentage();
		String figure = "figure-" + statistic.code().value().replace('.', '-');
		String year = "year-" + statistic.code().value().replace('.', '-');
		this.page.locator("#" + figure).fill("87.5");
		this.page.locator("#" + year).fill(Integer.toString(yesterday().getYear() - 1));
		this.page.locator("#consentSignatory").fill("Aoife Byrne");
		this.page.locator("#consentPosition").fill("Learning city coordinator");
		this.page.locator("#consentSignedOn").fill(yesterday().toString());
		saveDraft();

		assertThat(flash()).hasText("The draft is saved.");
		Locator checklist = this.page.locator("#checklist");
		assertThat(checklist).containsText("Still missing before you can submit (1):");
		assertThat(checklist).containsText("The mayor's endorsement is missing");
		assertThat(checklist).not().containsText("The narrative for");

		// what was saved is kept on the server, not only in the browser
		this.page.evaluate("() => localStorage.clear()");
		this.page.reload();
		assertThat(status()).hasText("Draft");
		for (Measurement measurement : expert) {
			assertThat(narrative(measurement)).hasValue(narrativeOf(measurement));
		}
		assertThat(this.page.locator("#" + figure)).hasValue("87.5");
		assertThat(this.page.locator("#" + year)).hasValue(Integer.toString(yesterday().getYear() - 1));
		assertThat(this.page.locator("#consentSignatory")).hasValue("Aoife Byrne");
		assertThat(this.page.locator("#consentSignedOn")).hasValue(yesterday().toString());
		assertThat(this.page.locator("[data-restored-notice]")).isHidden();

		// the mayor's endorsement completes it
		this.page.locator("#endorsementName").fill("Lord Mayor of Cork");
		this.page.locator("#endorsementStatement").fill("The city council of Cork endorses this application.");
		this.page.locator("#endorsementDate").fill(yesterday().toString());
		saveDraft();
		assertThat(checklist).containsText("Every required part is there: you may submit the application.");

		// submission asks for a confirmation first
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save and submit…").setExact(true))
			.click();
		this.page.waitForURL(url("/applications/" + applicationId + "/submit"));
		assertThat(this.page.locator("main h1")).hasText("Submit the application of Cork");
		assertThat(this.page.locator("main")).containsText("After submission you can no longer change it");
		assertThat(this.applications.find(applicationId).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, submit it now").setExact(true))
			.click();
		this.page.waitForURL(url("/applications/" + applicationId));
		assertThat(flash()).hasText("The application is submitted to the National Commission.");
		assertThat(status()).hasText("Submitted");
		assertThat(this.page.locator("main textarea")).hasCount(0);
		assertThat(this.page.locator("main")).containsText(narrativeOf(expert.get(0)));
		signOut();

		// the Irish National Commission reads it in full and nominates it
		signIn(this.page, "natcom-ie");
		this.page.navigate(url("/natcom/applications"));
		this.page.locator("#cycle").selectOption(new SelectOption().setLabel(title));
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show").setExact(true)).click();
		assertThat(this.page.locator("main")).containsText("You have nominated 0 of the 2 cities the cycle allows");
		Locator row = this.page.locator("table.data tbody tr").filter(new Locator.FilterOptions().setHasText("Cork"));
		assertThat(row.locator(".badge")).hasText("Submitted");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cork")).click();
		this.page.waitForURL(url("/natcom/applications/" + applicationId));
		assertThat(this.page.locator("main h1")).hasText("Application of Cork");
		assertThat(this.page.getByTestId("application-status")).hasText("Submitted");
		for (Measurement measurement : expert) {
			assertThat(this.page.locator("main")).containsText(narrativeOf(measurement));
		}
		assertThat(this.page.locator("main table.data")).containsText(statistic.code().value());
		assertThat(this.page.locator("main table.data")).containsText("87.5");
		assertThat(this.page.locator("main")).containsText("The city council of Cork endorses this application.");
		this.page.getByLabel("Endorsement of the National Commission")
			.fill("Cork has shown a city-wide commitment to learning for all ages.");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nominate this city").setExact(true))
			.click();
		this.page.waitForURL(url("/natcom/applications/" + applicationId));
		assertThat(flash()).hasText("The city is nominated. UIL now checks its eligibility.");
		assertThat(this.page.getByTestId("application-status")).hasText("Nominated");
		assertThat(this.page.locator("#nomination-heading + p .badge")).hasText("Being checked");
		assertThat(this.page.locator("main"))
			.containsText("Cork has shown a city-wide commitment to learning for all ages.");
		assertThat(this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Nominate this city").setExact(true)))
			.hasCount(0);
		signOut();

		// the city sees the nomination
		signIn(this.page, "city-cork");
		this.page.navigate(url("/applications/" + applicationId));
		assertThat(status()).hasText("Nominated");
		assertThat(this.page.locator(".application-summary"))
			.containsText("The National Commission nominated it and forwarded it to UIL.");
		signOut();

		// the process checks eligibility (asynchronously); then UIL staff see the
		// nomination
		runJobs(applicationId);
		assertThat(this.nominations.forApplication(applicationId).orElseThrow().status())
			.isEqualTo(NominationStatus.ELIGIBLE);
		signIn(this.page, "staff");
		this.page.navigate(url("/nominations?cycle=" + this.cycleId));
		assertThat(this.page.locator("main h1")).hasText("Nominations");
		Locator nomination = this.page.locator("table.data tbody tr")
			.filter(new Locator.FilterOptions().setHasText("Cork"));
		assertThat(nomination).hasCount(1);
		assertThat(nomination).containsText("IE");
		assertThat(nomination.locator(".badge")).hasText("Eligible");
	}

	/** On the staff pages: a new cycle with a quota of 2, its call opened. */
	private long createAndOpenCycle(String title) {
		this.page.navigate(url("/cycles/new"));
		this.page.locator("#title").fill(title);
		this.page.locator("#nominationQuota").fill("2");
		this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the cycle").setExact(true))
			.click();
		this.page.waitForURL(CYCLE_PAGE.asPredicate());
		long id = idIn(CYCLE_PAGE, this.page.url());
		assertThat(flash()).hasText("The cycle was created as a draft.");
		this.page.locator("summary").filter(new Locator.FilterOptions().setHasText("Open the call")).click();
		this.page
			.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, open the call now").setExact(true))
			.click();
		assertThat(flash()).hasText("The call is open: cities can now apply.");
		assertThat(this.page.locator("main .badge").first()).hasText("Call open");
		return id;
	}

	private void saveDraft() {
		this.page.locator(".actions button[value=save]").click();
		this.page.waitForLoadState();
	}

	private void signOut() {
		this.page.locator("header form button[type=submit]").click();
		this.page.waitForURL(url("/login?logout"));
	}

	/**
	 * Runs the jobs of the application's process as the job executor would: the notices
	 * and the eligibility check, until none is due.
	 */
	private void runJobs(long applicationId) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicationId))
			.singleResult()
			.getId();
		for (int round = 0; round < 20; round++) {
			List<Job> due = this.management.createJobQuery().processInstanceId(instance).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> this.management.executeJob(job.getId()));
		}
	}

	private Locator narrative(Measurement measurement) {
		return this.page.locator("#narrative-text-" + measurement.code().value().replace('.', '-'));
	}

	private Locator flash() {
		return this.page.locator(".flash");
	}

	/** The application's status on the city's pages. */
	private Locator status() {
		return this.page.locator(".application-summary .badge");
	}

	private Measurement percentage() {
		return this.catalog.measurements()
			.stream()
			.filter(m -> !m.isExpertReview() && "%".equals(m.unit()) && m.breakdowns().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	private static String narrativeOf(Measurement measurement) {
		return "Since 2018 Cork has worked on " + measurement.name() + " (" + measurement.code().value()
				+ ") with its libraries, schools and community centres; 12,000 people took part.";
	}

	private static LocalDate yesterday() {
		return LocalDate.now(ZoneOffset.UTC).minusDays(1);
	}

	private static long idIn(Pattern pattern, String address) {
		Matcher matcher = pattern.matcher(address);
		assertThat(matcher.matches()).as(address).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
