package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.util.Locale;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.TestAccounts;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The city's pages: the open calls, the form with every expert-review measurement and the
 * statistics, "Save draft" that stores what is valid and shows the rest again as typed,
 * the checklist, submission with a confirmation, the read-only view after it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApplicationPagesTests {

	@Autowired
	NationalCommissionService nationalCommission;

	@Autowired
	MockMvc mvc;

	@Autowired
	Cycles cycles;

	@Autowired
	Catalog catalog;

	@Autowired
	Network network;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationService applications;

	@Autowired
	AccountService accountService;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityService camunda;

	ApplicationFixtures fixtures;

	TestAccounts accounts;

	RequestPostProcessor cork;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApplicationFixtures(this.cycles, this.catalog, this.network, this.jdbc, this.clock);
		this.accounts = new TestAccounts(this.accountService, this.jdbc, this.users, this.camunda);
		this.cork = user(this.accounts.details("city-cork"));
	}

	@AfterEach
	void tearDown() {
		this.fixtures.cleanUp();
	}

	long startCork(long cycleId) {
		return this.accounts.as("city-cork", () -> this.applications.start(cycleId, this.fixtures.city("cork")).id());
	}

	ApplicationContent stored(long id) {
		return this.applications.findContent(id).orElseThrow();
	}

	@Test
	void aCitySeesTheOpenCallAndStartsItsApplicationFromThere() throws Exception {
		long cycleId = this.fixtures.openCycle();
		this.mvc.perform(get("/applications").with(this.cork))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationPageController.LIST))
			.andExpect(content().string(allOf(containsString("Application test cycle"),
					containsString("Start the application"), containsString("name=\"cycle\""))));
		this.mvc
			.perform(post("/applications/start").with(this.cork).with(csrf()).param("cycle", String.valueOf(cycleId)))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/applications/*"))
			.andExpect(flash().attribute("flash", "nomination.flash.started"));
		this.mvc
			.perform(post("/applications/start").with(this.cork).with(csrf()).param("cycle", String.valueOf(cycleId)))
			.andExpect(redirectedUrl("/applications"))
			.andExpect(flash().attribute("flash", "nomination.rule.alreadyApplied"));
	}

	@Test
	void theFormShowsEveryExpertMeasurementWithItsDefinitionAGuideAndTheStatistics() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		String page = this.mvc.perform(get("/applications/{id}", id).with(this.cork))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationPageController.FORM))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (Measurement m : this.fixtures.expert()) {
			assertThat(page).contains("name=\"narratives[" + m.code().value() + "]\"")
				.contains(org.springframework.web.util.HtmlUtils.htmlEscape(m.name()));
		}
		assertThat(page).contains("data-max=\"3000\"", "About 1,500 characters", "/js/application-form.js",
				"name=\"figures[" + this.fixtures.percentage().code().value() + "]\"",
				"name=\"years[" + this.fixtures.percentage().code().value() + "]\"", "name=\"consentSignatory\"",
				"name=\"endorsementName\"", "type=\"file\"", "enctype=\"multipart/form-data\"", "Checklist");
		Measurement byBreakdown = this.fixtures.percentageByBreakdown();
		assertThat(page).contains(
				"name=\"figures[" + byBreakdown.code().value() + "/" + byBreakdown.breakdowns().get(0).code() + "]\"");
	}

	@Test
	void savingADraftKeepsWhatIsValidAndShowsTheInvalidInputAgainAsTyped() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		String first = this.fixtures.expert().get(0).code().value();
		String second = this.fixtures.expert().get(1).code().value();
		String percentage = this.fixtures.percentage().code().value();
		String count = this.fixtures.count().code().value();
		String tooLong = "Our libraries " + "x".repeat(3100);
		String page = this.mvc
			.perform(multipart("/applications/{id}", id).with(this.cork)
				.with(csrf())
				.param("version", "0")
				.param("action", "save")
				.param("narratives[" + first + "]", "The city opened 12 learning centres.")
				.param("narratives[" + second + "]", tooLong)
				.param("figures[" + percentage + "]", "140")
				.param("years[" + percentage + "]", "2023")
				.param("figures[" + count + "]", "1 250")
				.param("years[" + count + "]", "20x3")
				.param("consentSignatory", "Aoife Byrne")
				.param("consentPosition", "Coordinator")
				.param("consentSignedOn", "yesterday")
				.param("endorsementName", "Mayor Dan Boyle"))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationPageController.FORM))
			.andReturn()
			.getResponse()
			.getContentAsString();

		// the rejected input is on the page, each with its message
		assertThat(page).contains(tooLong, "value=\"140\"", "value=\"20x3\"", "value=\"yesterday\"", "value=\"1 250\"")
			.contains("What was valid has been saved")
			.contains("at most 3,000 are allowed", "A percentage is between 0 and 100", "Enter a year",
					"Enter a date as YYYY-MM-DD");
		// what was valid is stored; the rejected fields keep what was stored before
		// (nothing)
		ApplicationContent stored = stored(id);
		assertThat(stored.narratives()).containsOnlyKeys(first);
		assertThat(stored.indicators()).doesNotContainKeys(percentage, count);
		assertThat(stored.consent().signatory()).isEqualTo("Aoife Byrne");
		assertThat(stored.consent().signedOn()).isNull();
		assertThat(stored.endorsement().name()).isEqualTo("Mayor Dan Boyle");
	}

	@Test
	void aRejectedFieldKeepsWhatWasStoredBefore() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		String percentage = this.fixtures.percentage().code().value();
		this.mvc
			.perform(multipart("/applications/{id}", id).with(this.cork)
				.with(csrf())
				.param("figures[" + percentage + "]", "55,5")
				.param("years[" + percentage + "]", "2022"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "nomination.flash.saved"));
		assertThat(stored(id).indicators().get(percentage).value()).isEqualByComparingTo("55.5");
		long version = this.applications.find(id).orElseThrow().version();
		this.mvc
			.perform(multipart("/applications/{id}", id).with(this.cork)
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("figures[" + percentage + "]", "-4")
				.param("years[" + percentage + "]", "2022"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"-4\"")));
		assertThat(stored(id).indicators().get(percentage).value()).isEqualByComparingTo("55.5");
	}

	@Test
	void aDraftSavedMeanwhileBySomeoneElseIsNotOverwritten() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		String first = this.fixtures.expert().get(0).code().value();
		this.accounts.as("city-cork", () -> this.applications.saveDraft(id,
				new ApplicationContent(java.util.Map.of(first, "Saved in another tab."), null, null, null)));
		this.mvc
			.perform(multipart("/applications/{id}", id).with(this.cork)
				.with(csrf())
				.param("version", "0")
				.param("narratives[" + first + "]", "Typed in this tab."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Typed in this tab."),
					containsString("Someone else saved this application at the same time"))));
		assertThat(stored(id).narratives().get(first)).isEqualTo("Saved in another tab.");
	}

	@Test
	void aPdfIsAttachedWithTheDraftAndABadFileIsRefusedBesideTheField() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		String first = this.fixtures.expert().get(0).code().value();
		this.mvc
			.perform(multipart("/applications/{id}", id)
				.file(new MockMultipartFile("file", "strategy.pdf", "application/pdf", ApplicationFixtures.PDF))
				.with(this.cork)
				.with(csrf())
				.param("narratives[" + first + "]", "Text."))
			.andExpect(status().is3xxRedirection());
		assertThat(this.applications.findContent(id).orElseThrow().narratives()).containsKey(first);
		assertThat(this.applications.findNarratives(id)).containsExactly(java.util.Map.entry(first, "Text."));
		assertThat(this.applications.findNarratives(id + 1000)).isEmpty();
		String page = this.mvc
			.perform(multipart("/applications/{id}", id)
				.file(new MockMultipartFile("file", "photo.pdf", "application/pdf", ApplicationFixtures.PNG))
				.with(this.cork)
				.with(csrf())
				.param("version", String.valueOf(this.applications.find(id).orElseThrow().version()))
				.param("narratives[" + first + "]", "Text, changed."))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("The file is not a PDF", "strategy.pdf", "Text, changed.");
		assertThat(stored(id).narratives().get(first)).isEqualTo("Text, changed.");
	}

	@Test
	void submittingAsksForConfirmationListsWhatIsMissingAndThenShowsTheApplicationReadOnly() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		this.mvc.perform(get("/applications/{id}/submit", id).with(this.cork))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationPageController.SUBMIT))
			.andExpect(content().string(allOf(containsString("cannot be submitted yet"),
					containsString("consent for the use of materials is missing"),
					not(containsString("Yes, submit")))));
		this.mvc.perform(post("/applications/{id}/submit", id).with(this.cork).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(view().name(ApplicationPageController.SUBMIT));
		assertThat(this.applications.find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);

		this.accounts.as("city-cork", () -> this.applications.saveDraft(id, this.fixtures.complete()));
		this.mvc.perform(get("/applications/{id}/submit", id).with(this.cork))
			.andExpect(content().string(containsString("Yes, submit it now")));
		this.mvc.perform(post("/applications/{id}/submit", id).with(this.cork).with(csrf()))
			.andExpect(redirectedUrl("/applications/" + id))
			.andExpect(flash().attribute("flash", "nomination.flash.submitted"));

		this.mvc.perform(get("/applications/{id}", id).with(this.cork))
			.andExpect(view().name(ApplicationPageController.SHOW))
			.andExpect(content().string(allOf(containsString("Submitted"), not(containsString("<textarea")),
					containsString("Aoife Byrne"))));
		this.mvc.perform(
				multipart("/applications/{id}", id).with(this.cork).with(csrf()).param("consentSignatory", "Changed"))
			.andExpect(status().isConflict());
	}

	@Test
	void aReturnedApplicationShowsTheCommentAndIsEditableAgain() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		this.accounts.as("city-cork", () -> {
			this.applications.saveDraft(id, this.fixtures.complete());
			return this.applications.submit(id);
		});
		// the National Commission returns it, and later declines it (the process follows)
		this.accounts.as("natcom-ie",
				() -> this.nationalCommission.returnForRevision(id, "Please add figures on adult learning."));
		this.mvc.perform(get("/applications/{id}", id).with(this.cork))
			.andExpect(view().name(ApplicationPageController.FORM))
			.andExpect(content().string(allOf(containsString("Returned for revision"),
					containsString("Please add figures on adult learning."))));
		this.accounts.as("city-cork", () -> this.applications.submit(id));
		this.accounts.as("natcom-ie", () -> this.nationalCommission.decline(id, "Not this year."));
		this.mvc.perform(get("/applications/{id}", id).with(user(this.accounts.details("natcom-ie"))))
			.andExpect(view().name(ApplicationPageController.SHOW))
			.andExpect(content().string(allOf(containsString("Declined"), containsString("Not this year."))));
	}

	@Test
	void theNationalCommissionListsItsCountrysApplications() throws Exception {
		long cycleId = this.fixtures.openCycle();
		long id = startCork(cycleId);
		this.mvc.perform(get("/applications").with(user(this.accounts.details("natcom-ie"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/applications/" + id + "\"")));
		this.mvc.perform(get("/applications").with(user(this.accounts.details("natcom-gb"))))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/applications/" + id + "\""))));
	}

	@Test
	void thePagesSpeakFrench() throws Exception {
		long id = startCork(this.fixtures.openCycle());
		this.mvc.perform(get("/applications/{id}", id).with(this.cork).locale(Locale.FRENCH).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Enregistrer le brouillon"),
					containsString("Liste de contrôle"), containsString("Récits"))));
	}

	@Test
	void aCityStartsNothingForAnotherCity() throws Exception {
		ApplicationView dublins = this.accounts.as("city-dublin",
				() -> this.applications.start(this.fixtures.openCycle(), this.fixtures.city("dublin")));
		this.mvc.perform(get("/applications/{id}", dublins.id()).with(this.cork)).andExpect(status().isNotFound());
		this.mvc.perform(get("/applications/{id}/submit", dublins.id()).with(this.cork))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/applications/{id}/submit", dublins.id()).with(this.cork).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
