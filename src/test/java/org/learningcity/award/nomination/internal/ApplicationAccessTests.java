package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.TestAccounts;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.support.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who may see and change an application, through the API, the pages and the service: the
 * city its own, its National Commission its country's, UIL staff all, nobody else any.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApplicationAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

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
	org.learningcity.award.identity.AccountService accountService;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	org.camunda.bpm.engine.IdentityService camunda;

	TestAccounts accounts;

	ApplicationFixtures fixtures;

	long cycleId;

	/** Dublin's application, submitted, with one attachment. */
	long dublins;

	long attachment;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApplicationFixtures(this.cycles, this.catalog, this.network, this.jdbc, this.clock);
		this.accounts = new TestAccounts(this.accountService, this.jdbc, this.users, this.camunda);
		this.cycleId = this.fixtures.openCycle();
		ApplicationView view = this.accounts.as("city-dublin", () -> {
			ApplicationView started = this.applications.start(this.cycleId, this.fixtures.city("dublin"));
			this.applications.saveDraft(started.id(), this.fixtures.complete());
			this.attachment = this.applications.attach(started.id(), "plan.pdf", ApplicationFixtures.PDF).id();
			return this.applications.submit(started.id());
		});
		this.dublins = view.id();
	}

	@AfterEach
	void tearDown() {
		SecurityContextHolder.clearContext();
		this.fixtures.cleanUp();
	}

	static Stream<Arguments> readers() {
		return Stream.of(Arguments.of("city-dublin", 200), Arguments.of("natcom-ie", 200), Arguments.of("staff", 200),
				Arguments.of("admin", 200), Arguments.of("city-cork", 404), Arguments.of("natcom-gb", 404),
				Arguments.of("natcom-kr", 404), Arguments.of("expert-01", 404), Arguments.of("juror-01", 404));
	}

	@ParameterizedTest(name = "{0} reads Dublin''s application: {1}")
	@MethodSource("readers")
	void whoMayReadAnApplicationThroughTheApi(String username, int expected) throws Exception {
		this.mvc.perform(get("/api/applications/{id}", this.dublins).with(httpBasic(username, "demo")))
			.andExpect(status().is(expected));
		this.mvc
			.perform(get("/api/applications/{id}/attachments/{a}", this.dublins, this.attachment)
				.with(httpBasic(username, "demo")))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/api/applications/{id}/missing", this.dublins).with(httpBasic(username, "demo")))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} opens Dublin''s application page: {1}")
	@MethodSource("readers")
	void whoMayReadAnApplicationPage(String username, int expected) throws Exception {
		int page = switch (username) {
			// roles without any application page
			case "expert-01", "juror-01" -> 403;
			default -> expected;
		};
		this.mvc.perform(get("/applications/{id}", this.dublins).with(user(this.accounts.details(username))))
			.andExpect(status().is(page));
	}

	@Test
	void aNationalCommissionListsOnlyItsCountrysApplications() throws Exception {
		String id = String.valueOf(this.dublins);
		this.mvc
			.perform(get("/api/applications").param("cycle", String.valueOf(this.cycleId))
				.with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		this.mvc
			.perform(get("/api/applications").param("cycle", String.valueOf(this.cycleId))
				.with(httpBasic("natcom-gb", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
		this.mvc
			.perform(get("/api/applications").param("cycle", String.valueOf(this.cycleId))
				.with(httpBasic("city-cork", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(not(hasItem(id))));
		this.mvc
			.perform(get("/api/applications").param("cycle", String.valueOf(this.cycleId))
				.with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		this.mvc
			.perform(get("/api/applications").param("cycle", String.valueOf(this.cycleId))
				.with(httpBasic("expert-01", "demo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyTheCitysCoordinatorChangesItsApplication() throws Exception {
		long cork = this.accounts.as("city-cork",
				() -> this.applications.start(this.cycleId, this.fixtures.city("cork")).id());
		String body = this.json.writeValueAsString(this.fixtures.completeJson());
		for (String other : new String[] { "natcom-ie", "staff", "expert-01", "juror-01" }) {
			this.mvc
				.perform(put("/api/applications/{id}", cork).with(httpBasic(other, "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(body))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/api/applications/{id}/submit", cork).with(httpBasic(other, "demo")))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(multipart("/api/applications/{id}/attachments", cork)
					.file(new MockMultipartFile("file", "x.pdf", "application/pdf", ApplicationFixtures.PDF))
					.with(httpBasic(other, "demo")))
				.andExpect(status().isForbidden());
		}
		this.mvc
			.perform(put("/api/applications/{id}", cork).with(httpBasic("city-dublin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/applications/{id}", cork).with(httpBasic("city-cork", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isOk());
	}

	@Test
	void onlyACityOrStaffStartsAnApplication() throws Exception {
		for (String other : new String[] { "natcom-ie", "expert-01", "juror-01" }) {
			this.mvc
				.perform(post("/api/cycles/{id}/applications", this.cycleId).with(httpBasic(other, "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"cityId\":\"" + this.fixtures.city("cork") + "\"}"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void aNationalCommissionMayNotSaveAnApplicationPage() throws Exception {
		long cork = this.accounts.as("city-cork",
				() -> this.applications.start(this.cycleId, this.fixtures.city("cork")).id());
		this.mvc
			.perform(post("/applications/{id}", cork).with(user(this.accounts.details("natcom-ie")))
				.with(csrf())
				.param("consentSignatory", "Someone else"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/applications/{id}", cork).with(user(this.accounts.details("city-limerick")))
				.with(csrf())
				.param("consentSignatory", "Someone else"))
			.andExpect(status().isNotFound());
	}

	@Test
	void theServiceHidesForeignApplicationsFromANationalCommission() {
		this.accounts.as("natcom-gb", () -> {
			assertThatThrownBy(() -> this.applications.get(this.dublins)).isInstanceOf(NotFoundException.class);
			assertThatThrownBy(() -> this.applications.content(this.dublins)).isInstanceOf(NotFoundException.class);
			assertThat(this.applications.inCycle(this.cycleId)).extracting(ApplicationView::id)
				.doesNotContain(this.dublins);
			// the process reads without a check
			assertThat(this.applications.find(this.dublins)).isPresent();
			return null;
		});
	}

	@Test
	void theServiceShowsANationalCommissionItsCountrysApplications() {
		this.accounts.as("natcom-ie", () -> {
			assertThat(this.applications.get(this.dublins).countryCode()).isEqualTo("IE");
			assertThat(this.applications.content(this.dublins).narratives()).hasSize(18);
			assertThat(this.applications.maySee(this.applications.get(this.dublins),
					org.learningcity.award.identity.Accounts.current().orElseThrow()))
				.isTrue();
			return null;
		});
	}

}
