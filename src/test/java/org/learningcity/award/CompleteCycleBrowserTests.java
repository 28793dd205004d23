package org.learningcity.award;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.SelectOption;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.web.BrowserTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A complete small Award cycle in a real browser, every step on the application's pages:
 * UIL staff create and open a cycle (panels of 3, divergence threshold 2, a shortlist of
 * 2); Cork (IE), Espoo (FI) and Melton (AU) apply and submit; their National Commissions
 * nominate them; staff screen the eligibility; the demo clock passes the nomination
 * deadline; staff form the panels from the inbox; the experts the assignment chose (read
 * from the panels page) accept and score, one of Espoo's experts far from the others on
 * one measurement, so that a moderation round runs and the experts revise or confirm;
 * staff read the ranking, take the suggested shortlist (the region rule keeps Melton in
 * and Espoo out) and confirm it with a rationale; the five jurors vote, one of them
 * recused automatically on a city of the country an administrator gave them; staff record
 * the decision with a statement; the announcement runs; the public decision page shows
 * the awardee to anyone, and Cork's coordinator finds the notice.
 * <p>
 * The job executor is off in the test profile: the test runs the engine's due jobs itself
 * after each step that leaves asynchronous work, as the executor would. A full-page
 * screenshot of each key page goes to {@value #SCREENSHOT_FOLDER}. The cycle leaves rows
 * in nearly every table, so the test's Spring context (with its private in-memory
 * database) is discarded afterwards instead of deleting them one by one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class CompleteCycleBrowserTests extends BrowserTestSupport {

	static final String SCREENSHOT_FOLDER = "target/screenshots/complete-cycle";

	private static final Pattern CYCLE_PAGE = Pattern.compile(".*/cycles/(\\d+)$");

	private static final Pattern APPLICATION_PAGE = Pattern.compile(".*/applications/(\\d+)$");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	/** The cities of the cycle: slug, name and country. */
	private record City(String slug, String name, String country) {

		String coordinator() {
			return "city-" + this.slug;
		}

		String natcom() {
			return "natcom-" + this.country.toLowerCase();
		}

	}

	private static final City CORK = new City("cork", "Cork", "IE");

	private static final City ESPOO = new City("espoo", "Espoo", "FI");

	private static final City MELTON = new City("melton", "Melton", "AU");

	private static final List<City> CITIES = List.of(CORK, ESPOO, MELTON);

	private static final List<String> JURORS = List.of("juror-01", "juror-02", "juror-03", "juror-04", "juror-05");

	/** The juror whom the administrator moves to Melton's country (same region). */
	private static final String RECUSED_JUROR = "juror-03";

	@Autowired
	ManagementService management;

	@Autowired
	Catalog catalog;

	@Autowired
	Nominations nominations;

	@Autowired
	Cycles cycles;

	@Autowired
	Clock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	private int screenshots;

	private long started;

	private final Set<String> taken = new HashSet<>();

	private String title;

	private long cycleId;

	private final Map<City, Long> nominationOf = new LinkedHashMap<>();

	@AfterEach
	void returnToRealTime() {
		ClockUtil.reset();
	}

	@Test
	void aSmallCycleRunsFromTheOpenCallToTheAnnouncedDecision() throws Exception {
		this.title = "Complete cycle " + UUID.randomUUID().toString().substring(0, 8);
		List<Measurement> measurements = this.catalog.measurements(Source.EXPERT_REVIEW);
		Measurement disputed = measurements.get(0);

		// an administrator gives a juror the country of one of the cities
		phase("an administrator gives a juror the country of one of the cities");
		signIn(this.page, "admin");
		moveJurorTo(RECUSED_JUROR, MELTON.country());
		signOut();

		// UIL staff create and open the cycle
		phase("UIL staff create and open the cycle");
		signIn(this.page, "staff");
		this.cycleId = createAndOpenCycle();
		signOut();

		// the cities apply, their National Commissions nominate them
		phase("the cities apply, their National Commissions nominate them");
		for (City city : CITIES) {
			apply(city, measurements);
		}
		for (City city : CITIES) {
			nominate(city);
		}

		// eligibility is checked (asynchronously); staff screen the nominations
		phase("eligibility is checked (asynchronously); staff screen the nominations");
		runDueJobs();
		for (City city : CITIES) {
			NominationView nomination = this.nominations.inCycle(this.cycleId)
				.stream()
				.filter(n -> n.cityName().equals(city.name()))
				.findFirst()
				.orElseThrow();
			assertThat(nomination.status()).isEqualTo(NominationStatus.ELIGIBLE);
			this.nominationOf.put(city, nomination.id());
		}
		signIn(this.page, "staff");
		screenEligibility();
		signOut();

		// the nomination deadline passes: the cycle process starts the review
		phase("the nomination deadline passes: the cycle process starts the review");
		advanceClock("P4D");
		assertThat(this.cycles.get(this.cycleId).status()).isEqualTo(CycleStatus.REVIEW);

		// staff form the panels from their inbox
		phase("staff form the panels from their inbox");
		signIn(this.page, "staff");
		Map<City, List<String>> panels = formPanels();
		signOut();
		runDueJobs();

		// the experts accept and score; on Espoo the first expert is far from the others
		phase("the experts accept and score; on Espoo the first expert is far from the others");
		Map<String, Map<City, Integer>> tasksOfExpert = new LinkedHashMap<>();
		panels.forEach((city, experts) -> experts
			.forEach(e -> tasksOfExpert.computeIfAbsent(e, x -> new LinkedHashMap<>()).put(city, 0)));
		String dissenter = panels.get(ESPOO).get(0);
		for (String expert : tasksOfExpert.keySet()) {
			signIn(this.page, expert);
			assertThat(acceptInvitations()).containsExactlyInAnyOrderElementsOf(tasksOfExpert.get(expert).keySet());
			runDueJobs();
			Set<City> scored = new HashSet<>();
			while (openNextTask("Score the report")) {
				City city = cityIn("Score the report of ");
				Map<Measurement, Integer> scores = new LinkedHashMap<>();
				for (Measurement m : measurements) {
					scores.put(m, baseScore(city));
				}
				if (city == ESPOO && expert.equals(dissenter)) {
					scores.put(disputed, 2);
				}
				scoreReport(city, scores);
				scored.add(city);
			}
			assertThat(scored).containsExactlyInAnyOrderElementsOf(tasksOfExpert.get(expert).keySet());
			signOut();
		}
		runDueJobs();

		// Espoo's panel diverges on one measurement: each of its experts revises or
		// confirms
		phase("Espoo's panel diverges on one measurement: each of its experts revises or confirms");
		for (String expert : panels.get(ESPOO)) {
			signIn(this.page, expert);
			moderate(ESPOO, disputed, expert.equals(dissenter) ? 3 : 4, expert.equals(dissenter));
			signOut();
		}
		runDueJobs();

		// every result is final; staff read Espoo's result, the ranking and the
		// suggestion
		phase("every result is final; staff read Espoo's result, the ranking and the suggestion");
		signIn(this.page, "staff");
		readResult(ESPOO);
		assertThat(this.cycles.get(this.cycleId).status()).isEqualTo(CycleStatus.SHORTLISTING);
		readRanking();
		confirmShortlist();
		signOut();
		runDueJobs();
		assertThat(this.cycles.get(this.cycleId).status()).isEqualTo(CycleStatus.JURY);

		// the jurors vote: all for Cork; Melton divides them; juror-03 recuses on Melton
		phase("the jurors vote: all for Cork; Melton divides them; juror-03 recuses on Melton");
		for (String juror : JURORS) {
			signIn(this.page, juror);
			vote(juror);
			signOut();
		}
		runDueJobs();

		// staff record the decision; the announcement runs
		phase("staff record the decision; the announcement runs");
		signIn(this.page, "staff");
		finalizeDecision();
		signOut();
		runDueJobs();
		assertThat(this.cycles.get(this.cycleId).status()).isEqualTo(CycleStatus.CLOSED);

		// anyone reads the decision; Cork's coordinator finds the notice
		phase("anyone reads the decision; Cork's coordinator finds the notice");
		publicDecision();
		signIn(this.page, CORK.coordinator());
		notice(CORK);
		signOut();
		phase("done");
	}

	// --- the administrator

	private void moveJurorTo(String juror, String country) {
		this.page.navigate(url("/accounts?q=" + juror));
		this.page.locator("main table a").filter(new Locator.FilterOptions().setHasText(juror)).first().click();
		this.page.waitForURL(Pattern.compile(".*/accounts/\\d+$").asPredicate());
		this.page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(this.page.locator("main h1")).containsText(juror);
		this.page.locator("#countryCode").selectOption(new SelectOption().setValue(country));
		assertThat(this.page.locator("#countryCode")).hasValue(country);
		button("Save the account").click();
		this.page.waitForLoadState();
		assertThat(flash()).hasText("The account was saved.");
		this.page.navigate(url("/accounts?q=" + juror));
		Locator row = this.page.locator("main table tbody tr").filter(new Locator.FilterOptions().setHasText(juror));
		assertThat(row.locator("td").nth(3)).hasText(country);
	}

	/** The demo clock, as an administrator through the API: moves and runs due jobs. */
	private void advanceClock(String by) throws IOException, InterruptedException {
		String auth = Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url("/api/admin/clock")))
			.header("Authorization", "Basic " + auth)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"advanceBy\":\"" + by + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("\"jobsFailed\":0");
		runDueJobs();
	}

	// --- staff: the cycle

	private long createAndOpenCycle() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime applicationDeadline = now.plusDays(2).truncatedTo(ChronoUnit.HOURS);
		OffsetDateTime nominationDeadline = now.plusDays(3).truncatedTo(ChronoUnit.HOURS);
		this.page.navigate(url("/cycles/new"));
		field("title").fill(this.title);
		field("year").fill(Integer.toString(now.getYear() + 1));
		field("nominationQuota").fill("2");
		field("maxAwardeesPerCountry").fill("1");
		field("panelSize").fill("3");
		field("divergenceThreshold").fill("2");
		field("shortlistSize").fill("2");
		field("shortlistPerCountry").fill("1");
		field("minimumScore").fill("2.5");
		field("maxAwardees").fill("2");
		field("applicationDeadline").fill(TIME.format(applicationDeadline));
		field("nominationDeadline").fill(TIME.format(nominationDeadline));
		field("invitationResponse").fill("P2D");
		field("reviewDuration").fill("P7D");
		field("reminderBefore").fill("P1D");
		field("moderationDuration").fill("P3D");
		field("juryDuration").fill("P5D");
		screenshot("cycle-form");
		button("Create the cycle").click();
		this.page.waitForURL(CYCLE_PAGE.asPredicate());
		long id = idIn(CYCLE_PAGE, this.page.url());
		assertThat(flash()).hasText("The cycle was created as a draft.");
		this.page.locator("summary").filter(new Locator.FilterOptions().setHasText("Open the call")).click();
		button("Yes, open the call now").click();
		assertThat(flash()).hasText("The call is open: cities can now apply.");
		assertThat(this.page.locator("main .badge").first()).hasText("Call open");
		assertThat(this.page.locator("main h1")).containsText(this.title);
		screenshot("cycle-open");
		return id;
	}

	private void screenEligibility() {
		this.page.navigate(url("/cycles/" + this.cycleId));
		this.page.locator("main a.button").filter(new Locator.FilterOptions().setHasText("Nominations")).click();
		this.page.waitForURL(url("/nominations?cycle=" + this.cycleId));
		assertThat(this.page.locator("main h1")).hasText("Nominations");
		for (City city : CITIES) {
			Locator row = this.page.locator("table.data tbody tr")
				.filter(new Locator.FilterOptions().setHasText(city.name()));
			assertThat(row).hasCount(1);
			assertThat(row).containsText(city.country());
			assertThat(row.locator(".badge")).hasText("Eligible");
		}
		screenshot("eligibility-screened");
		this.page.navigate(url("/nominations/" + this.nominationOf.get(MELTON) + "/eligibility"));
		assertThat(this.page.locator("main")).containsText("Melton");
		assertThat(this.page.locator("main")).containsText("Meets every eligibility rule of the cycle.");
		screenshot("eligibility-melton");
	}

	/**
	 * From the inbox's FORM_PANELS task to the panels page; forms them and reads who is
	 * on each panel (display names, mapped to usernames by the loads table).
	 */
	private Map<City, List<String>> formPanels() {
		this.page.navigate(url("/tasks"));
		Locator task = this.page.locator("main table.data a[href$='/cycles/" + this.cycleId + "/panels']");
		assertThat(task).hasText("Form the expert panels");
		screenshot("staff-inbox-form-panels");
		task.click();
		this.page.waitForURL(url("/cycles/" + this.cycleId + "/panels"));
		assertThat(this.page.locator("main")).containsText(this.title);
		assertThat(this.page.locator("main")).containsText("No panel has been formed in this cycle yet.");
		button("Form panels").click();
		this.page.waitForURL(url("/cycles/" + this.cycleId + "/panels"));
		assertThat(flash()).hasText("The panels are formed.");
		Locator panelRows = this.page.locator("main table.data").first().locator("tbody tr");
		assertThat(panelRows).hasCount(CITIES.size());
		screenshot("panels-formed");

		Map<String, String> usernames = new LinkedHashMap<>();
		Pattern load = Pattern.compile("(.+) \\((expert-\\d+)\\)");
		for (String text : this.page.locator("main table.data")
			.last()
			.locator("tbody tr td:first-child")
			.allTextContents()) {
			Matcher matcher = load.matcher(text.strip());
			if (matcher.matches()) {
				usernames.put(matcher.group(1), matcher.group(2));
			}
		}
		Map<City, List<String>> panels = new LinkedHashMap<>();
		for (City city : CITIES) {
			Locator row = panelRows
				.filter(new Locator.FilterOptions().setHasText(city.name() + " (" + city.country() + ")"));
			List<String> experts = new ArrayList<>();
			for (String member : row.locator("td").nth(1).locator("li").allTextContents()) {
				String name = member.strip().replaceAll(" \\([A-Z]{2}\\)$", "");
				assertThat(usernames).as(member).containsKey(name);
				assertThat(member).as("no expert of the city's own country").doesNotEndWith("(" + city.country() + ")");
				experts.add(usernames.get(name));
			}
			assertThat(experts).hasSize(3);
			panels.put(city, experts);
		}
		assertThat(this.cycles.get(this.cycleId).status()).isEqualTo(CycleStatus.REVIEW);
		return panels;
	}

	private void readResult(City city) {
		this.page.navigate(url("/cycles/" + this.cycleId + "/panels"));
		Locator row = this.page.locator("main table.data")
			.first()
			.locator("tbody tr")
			.filter(new Locator.FilterOptions().setHasText(city.name()));
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Result")).click();
		this.page.waitForURL(url("/nominations/" + this.nominationOf.get(city) + "/result"));
		assertThat(this.page.locator("main h1"))
			.hasText("Review result of " + city.name() + " (" + city.country() + ")");
		assertThat(this.page.locator("main")).containsText("Rounds: 2");
		screenshot("result-" + city.slug() + "-after-moderation");
	}

	private void readRanking() {
		this.page.navigate(url("/cycles/" + this.cycleId + "/ranking"));
		assertThat(this.page.locator("main h1")).hasText("Ranking: " + this.title);
		Locator rows = this.page.locator("main table.data tbody tr th[scope=row] a[href*='/result']");
		assertThat(rows).hasText(new String[] { "Cork", "Espoo", "Melton" });
		screenshot("ranking");
	}

	/** From the inbox's CONFIRM_SHORTLIST task: takes the suggestion and confirms it. */
	private void confirmShortlist() {
		this.page.navigate(url("/tasks"));
		Locator task = this.page.locator("main table.data a[href$='/cycles/" + this.cycleId + "/shortlist']");
		assertThat(task).hasCount(1);
		task.click();
		this.page.waitForURL(url("/cycles/" + this.cycleId + "/shortlist"));
		assertThat(this.page.locator("main h1")).hasText("Shortlist: " + this.title);
		assertThat(checkbox(CORK)).isChecked();
		assertThat(checkbox(MELTON)).isChecked();
		assertThat(checkbox(ESPOO)).not().isChecked();
		assertThat(suggestionRow(CORK).locator(".badge")).hasText("In");
		assertThat(suggestionRow(MELTON).locator(".badge")).hasText("In");
		assertThat(suggestionRow(ESPOO).locator(".badge")).hasText("Out");
		assertThat(suggestionRow(ESPOO)).containsText("regions that would otherwise not be represented");
		assertThat(suggestionRow(MELTON)).containsText("regional representation");
		assertThat(this.page.locator("#shortlist-check")).hasText("2 of 2 places chosen. Every limit holds.");
		screenshot("shortlist-suggestion");
		this.page.locator("#rationale")
			.fill("The two best-scored cities of their regions: Cork for Europe, Melton for Asia and the Pacific.");
		button("Confirm the shortlist").click();
		this.page.waitForURL(url("/cycles/" + this.cycleId + "/shortlist"));
		assertThat(flash()).hasText("The shortlist is confirmed.");
		Locator confirmed = this.page.locator("main section")
			.filter(new Locator.FilterOptions().setHasText("Confirmed shortlist"));
		assertThat(confirmed.locator("blockquote")).containsText("Cork for Europe");
		assertThat(confirmed.locator("li")).hasCount(2);
		screenshot("shortlist-confirmed");
	}

	private Locator suggestionRow(City city) {
		return this.page.locator("#shortlist-form tbody tr")
			.filter(new Locator.FilterOptions().setHasText(city.name()));
	}

	private Locator checkbox(City city) {
		return this.page.locator("#n-" + this.nominationOf.get(city));
	}

	/** From the inbox's FINALIZE_DECISION task: Cork alone, with a statement. */
	private void finalizeDecision() {
		this.page.navigate(url("/tasks"));
		Locator task = this.page.locator("main table.data a[href$='/jury/cycles/" + this.cycleId + "/decision']");
		assertThat(task).hasText("Finalize the jury's decision");
		task.click();
		this.page.waitForURL(url("/jury/cycles/" + this.cycleId + "/decision"));
		assertThat(this.page.locator("main h1")).hasText("The decision of " + this.title);
		Locator tally = this.page.locator("main table.data tbody tr");
		Locator cork = tally.filter(new Locator.FilterOptions().setHasText("Cork"));
		Locator melton = tally.filter(new Locator.FilterOptions().setHasText("Melton"));
		assertThat(cork.locator("td")).hasText(new String[] { "Cork (IE)", "5", "0", "0", "0", "" });
		assertThat(melton.locator("td")).hasText(new String[] { "Melton (AU)", "2", "1", "1", "1", "" });
		this.page.getByLabel("Cork (IE)").check();
		this.page.getByLabel("Statement")
			.fill("Cork is the awardee of the cycle: a whole city learning together, from its libraries to its festivals.");
		screenshot("finalize-decision");
		button("Record the decision").click();
		this.page.waitForURL(url("/tasks"));
		assertThat(flash()).hasText("The decision is recorded.");
	}

	// --- cities and National Commissions

	private void apply(City city, List<Measurement> measurements) {
		signIn(this.page, city.coordinator());
		this.page.navigate(url("/applications"));
		Locator call = this.page.locator("section.card")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(this.title))));
		call.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start the application")).click();
		this.page.waitForURL(APPLICATION_PAGE.asPredicate());
		long applicationId = idIn(APPLICATION_PAGE, this.page.url());
		assertThat(flash()).hasText("The application is started. Save the draft as often as you like.");
		// the first narrative by hand, then all of them in one go (see scoreReport)
		Measurement first = measurements.get(0);
		this.page.locator("#narrative-text-" + first.code().value().replace('.', '-')).fill(narrative(city, first));
		Map<String, String> narratives = new LinkedHashMap<>();
		measurements
			.forEach(m -> narratives.put("narrative-text-" + m.code().value().replace('.', '-'), narrative(city, m)));
		this.page.evaluate("""
				narratives => Object.entries(narratives).forEach(([id, text]) => {
				  const field = document.getElementById(id);
				  field.value = text;
				  field.dispatchEvent(new Event('input', { bubbles: true }));
				})""", narratives);
		String yesterday = OffsetDateTime.now(this.clock).minusDays(1).toLocalDate().toString();
		this.page.locator("#consentSignatory").fill("Coordinator of " + city.name());
		this.page.locator("#consentPosition").fill("Learning city coordinator");
		this.page.locator("#consentSignedOn").fill(yesterday);
		this.page.locator("#endorsementName").fill("Mayor of " + city.name());
		this.page.locator("#endorsementStatement")
			.fill("The city council of " + city.name() + " endorses this application.");
		this.page.locator("#endorsementDate").fill(yesterday);
		this.page.locator(".actions button[value=save]").click();
		this.page.waitForLoadState();
		assertThat(flash()).hasText("The draft is saved.");
		assertThat(this.page.locator("#checklist"))
			.containsText("Every required part is there: you may submit the application.");
		if (city == CORK) {
			screenshot("application-cork-complete");
		}
		button("Save and submit…").click();
		this.page.waitForURL(url("/applications/" + applicationId + "/submit"));
		button("Yes, submit it now").click();
		this.page.waitForURL(url("/applications/" + applicationId));
		assertThat(flash()).hasText("The application is submitted to the National Commission.");
		assertThat(this.page.locator(".application-summary .badge")).hasText("Submitted");
		signOut();
	}

	private void nominate(City city) {
		signIn(this.page, city.natcom());
		this.page.navigate(url("/natcom/applications"));
		this.page.locator("#cycle").selectOption(new SelectOption().setLabel(this.title));
		button("Show").click();
		Locator row = this.page.locator("table.data tbody tr")
			.filter(new Locator.FilterOptions().setHasText(city.name()));
		assertThat(row.locator(".badge")).hasText("Submitted");
		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(city.name())).click();
		assertThat(this.page.locator("main h1")).hasText("Application of " + city.name());
		this.page.getByLabel("Endorsement of the National Commission")
			.fill(city.name() + " has shown a city-wide commitment to learning for all ages.");
		if (city == CORK) {
			screenshot("natcom-ie-reads-cork");
		}
		button("Nominate this city").click();
		this.page.waitForLoadState();
		assertThat(flash()).hasText("The city is nominated. UIL now checks its eligibility.");
		assertThat(this.page.getByTestId("application-status")).hasText("Nominated");
		signOut();
	}

	private void publicDecision() {
		this.page.navigate(url("/cycles/" + this.cycleId + "/decision"));
		assertThat(this.page.locator("main h1")).hasText("Awardees of " + this.title);
		assertThat(this.page.locator("main section li")).hasText(new String[] { "Cork (IE)" });
		assertThat(this.page.locator("main")).containsText("a whole city learning together");
		assertThat(this.page.locator("main")).not().containsText("Melton");
		screenshot("public-decision");
	}

	private void notice(City city) {
		this.page.navigate(url("/notifications"));
		Locator notice = this.page.locator("ul.notifications li")
			.filter(new Locator.FilterOptions().setHasText(this.title));
		assertThat(notice).hasCount(1);
		assertThat(notice.locator("strong")).containsText("the jury");
		screenshot("notice-" + city.slug());
		notice.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open")).click();
		this.page.waitForURL(url("/cycles/" + this.cycleId + "/decision"));
		assertThat(this.page.locator("main section li")).hasText(new String[] { "Cork (IE)" });
	}

	// --- experts

	/** Accepts every review invitation in the inbox; the cities they were about. */
	private Set<City> acceptInvitations() {
		Set<City> accepted = new HashSet<>();
		while (openNextTask("Accept or decline a review")) {
			City city = cityIn("Invitation to review ");
			screenshotOnce("expert-invitation");
			button("Accept").click();
			this.page.waitForURL(url("/tasks"));
			assertThat(flash()).hasText("You accepted the review. The scoring task is in your inbox.");
			accepted.add(city);
		}
		return accepted;
	}

	/**
	 * Opens the first task of the type in the inbox; false when there is none. The task's
	 * page names the city.
	 */
	private boolean openNextTask(String type) {
		this.page.navigate(url("/tasks"));
		assertThat(this.page.locator("main h1")).hasText("My tasks");
		Locator links = this.page.locator("main table.data a")
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + type + "$")));
		if (links.count() == 0) {
			return false;
		}
		links.first().click();
		this.page.waitForLoadState();
		return true;
	}

	/** The city named in the page's heading after the prefix. */
	private City cityIn(String prefix) {
		assertThat(this.page.locator("main h1")).containsText(prefix);
		String name = this.page.locator("main h1").textContent().strip().substring(prefix.length());
		return CITIES.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
	}

	private void scoreReport(City city, Map<Measurement, Integer> scores) {
		assertThat(this.page.locator("main h1")).hasText("Score the report of " + city.name());
		// the first measurement by hand, all of them then typed in one go: a round trip
		// per field would double the test's time
		Measurement first = scores.keySet().iterator().next();
		section(first).locator("input[type=radio][value='" + scores.get(first) + "']").check();
		section(first).locator("textarea").fill(justification(city, first, scores.get(first)));
		Map<String, Object> entries = new LinkedHashMap<>();
		scores.forEach((m, score) -> entries.put(m.code().value(),
				Map.of("score", Integer.toString(score), "justification", justification(city, m, score))));
		this.page.evaluate("""
				entries => Object.entries(entries).forEach(([code, e]) => {
				  document.querySelector(`input[type=radio][name="score.${code}"][value="${e.score}"]`).checked = true;
				  document.querySelector(`textarea[name="justification.${code}"]`).value = e.justification;
				})""", entries);
		assertThat(this.page.locator("main form input[type=radio]:checked")).hasCount(scores.size());
		if (city == ESPOO && scores.containsValue(2)) {
			screenshot("expert-scores-espoo");
		}
		button("Submit").click();
		this.page.waitForURL(url("/review/nominations/" + this.nominationOf.get(city) + "/mine"));
		assertThat(flash()).hasText("Your review is submitted.");
		assertThat(this.page.locator("main h1")).hasText("Your review of " + city.name());
	}

	/** The moderation round: the disputed measurement only, with the panel's scores. */
	private void moderate(City city, Measurement disputed, int score, boolean revises) {
		assertThat(openNextTask("Revise or confirm divergent scores")).isTrue();
		assertThat(this.page.locator("main h1")).hasText("Moderate your scores on " + city.name());
		Locator sections = this.page.locator("main form section");
		assertThat(sections).hasCount(1);
		assertThat(sections.locator("h2")).containsText(disputed.code().value());
		Locator panel = sections.locator("table.data tbody tr");
		assertThat(panel).hasCount(3);
		assertThat(panel.filter(new Locator.FilterOptions().setHasText("(yours)"))).hasCount(1);
		assertThat(panel.filter(new Locator.FilterOptions().setHasText("(yours)")).locator("td").nth(1))
			.hasText(revises ? "2" : "4");
		assertThat(panel.locator("td:first-child")).containsText(new String[] { "Expert", "Expert", "Expert" });
		assertThat(sections).not().containsText("expert-");
		if (revises) {
			screenshot("moderation-" + city.slug());
		}
		sections.locator("input[type=radio][value='" + score + "']").check();
		sections.locator("textarea")
			.fill(revises ? "Having read the panel, the evidence supports a Good rather than a Fair score."
					: "I confirm: the report documents this measurement well, with figures.");
		button("Submit").click();
		this.page.waitForURL(url("/tasks"));
		assertThat(flash()).hasText("Your moderation is submitted.");
	}

	private Locator section(Measurement measurement) {
		return this.page.locator("main form section")
			.filter(new Locator.FilterOptions().setHas(this.page.locator("h2 > span")
				.filter(new Locator.FilterOptions().setHasText(measurement.code().value()))
				.first()));
	}

	/** Cork is excellent, Espoo very good, Melton good. */
	private static int baseScore(City city) {
		return (city == CORK) ? 5 : (city == ESPOO) ? 4 : 3;
	}

	// --- jurors

	/** Everyone for Cork; on Melton two for, one against, one abstains, one recuses. */
	private void vote(String juror) {
		this.page.navigate(url("/tasks"));
		Locator task = this.page.locator("main table.data a[href*='/jury/votes/']");
		assertThat(task).hasText("Vote on the shortlist");
		task.click();
		assertThat(this.page.locator("main h1")).hasText("Your vote: " + this.title);
		Locator cork = ballot(CORK);
		Locator melton = ballot(MELTON);
		assertThat(this.page.locator("main form fieldset.choices")).hasCount(2);
		label(cork, "For").check();
		if (juror.equals(RECUSED_JUROR)) {
			assertThat(melton).containsText("A city of your own country: you recuse.");
			assertThat(label(melton, "Recused")).isChecked();
			assertThat(label(melton, "For")).isDisabled();
			screenshot("jury-vote-recused");
		}
		else {
			String choice = switch (juror) {
				case "juror-01", "juror-02" -> "For";
				case "juror-04" -> "Against";
				default -> "Abstain";
			};
			label(melton, choice).check();
		}
		if (juror.equals("juror-01")) {
			screenshot("jury-vote");
		}
		button("Cast my vote").click();
		this.page.waitForURL(url("/tasks"));
		assertThat(flash()).hasText("Your vote is cast. Thank you.");
	}

	private static Locator label(Locator ballot, String choice) {
		return ballot.getByLabel(choice, new Locator.GetByLabelOptions().setExact(true));
	}

	private Locator ballot(City city) {
		return this.page.locator("main form fieldset.choices")
			.filter(new Locator.FilterOptions()
				.setHas(this.page.locator("legend").filter(new Locator.FilterOptions().setHasText(city.name()))));
	}

	// --- helpers

	/**
	 * Runs every job of the engine that is due, the earliest first, as the job executor
	 * (off in the test profile) would; fails the test when a job fails.
	 */
	private void runDueJobs() {
		Set<String> tried = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			Job next = this.management.createJobQuery()
				.executable()
				.active()
				.list()
				.stream()
				.filter(job -> !tried.contains(job.getId()))
				.min(Comparator.comparing((Job job) -> (job.getDuedate() != null) ? job.getDuedate().getTime() : 0L)
					.thenComparing(Job::getId))
				.orElse(null);
			if (next == null) {
				return;
			}
			tried.add(next.getId());
			this.management.executeJob(next.getId());
		}
		throw new AssertionError("The engine keeps creating due jobs");
	}

	private void signOut() {
		this.page.locator("header form button[type=submit]").click();
		this.page.waitForURL(url("/login?logout"));
	}

	/**
	 * Marks the start of a step in the test's output, with the seconds since the start.
	 */
	private void phase(String step) {
		if (this.started == 0) {
			this.started = System.nanoTime();
		}
		System.out.printf("[complete cycle] %6.1f s  %s%n", (System.nanoTime() - this.started) / 1e9, step);
	}

	/** A screenshot of the first page of its kind only. */
	private void screenshotOnce(String name) {
		if (this.taken.add(name)) {
			screenshot(name);
		}
	}

	/** A full-page screenshot, numbered in the order of the story. */
	private void screenshot(String name) {
		this.screenshots++;
		Path file = Paths.get(SCREENSHOT_FOLDER, String.format("%02d-%s.png", this.screenshots, name));
		this.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
	}

	private Locator field(String id) {
		return this.page.locator("#" + id);
	}

	private Locator button(String name) {
		return this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator flash() {
		return this.page.locator(".flash");
	}

	private static String narrative(City city, Measurement m) {
		return "Since 2018 " + city.name() + " has worked on " + m.name() + " (" + m.code().value()
				+ ") with its libraries, schools and community centres.";
	}

	private static String justification(City city, Measurement m, int score) {
		return "Score " + score + ": " + city.name() + "'s report documents " + m.code().value()
				+ " with figures and partners.";
	}

	private static long idIn(Pattern pattern, String address) {
		Matcher matcher = pattern.matcher(address);
		assertThat(matcher.matches()).as(address).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
