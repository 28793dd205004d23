package org.learningcity.award.cycle.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The staff's cycle pages: the list, the form and its errors, the cycle page. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CyclePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cycles cycles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService accounts;

	RequestPostProcessor as(String username) {
		return user(this.accounts.loadUserByUsername(username));
	}

	RequestPostProcessor staff() {
		return as("staff");
	}

	/**
	 * The form as a browser sends it: the 2024 rules, deadlines some weeks ahead, with
	 * some fields replaced ({@code "field", "value", ...}).
	 */
	static MockHttpServletRequestBuilder filledForm(String url, String... replaced) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("title", "UNESCO Learning City Award 2027");
		fields.put("year", "2027");
		fields.put("nominationQuota", "2");
		fields.put("membershipMonths", "12");
		fields.put("exclusionYears", "6");
		fields.put("maxAwardeesPerCountry", "1");
		fields.put("panelSize", "3");
		fields.put("divergenceThreshold", "2");
		fields.put("shortlistSize", "15");
		fields.put("applicationDeadline", now.plusDays(56).toLocalDateTime().toString());
		fields.put("nominationDeadline", now.plusDays(84).toString());
		fields.put("invitationResponse", "P3D");
		fields.put("reviewDuration", "P21D");
		fields.put("reminderBefore", "P7D, P1D");
		fields.put("moderationDuration", "P7D");
		fields.put("juryDuration", "P14D");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post(url).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	Cycle draft() {
		CycleSettings defaults = this.cycles.defaults();
		return this.cycles.create(CycleSettings.rules2024("UNESCO Learning City Award 2028", 2028,
				defaults.applicationDeadline(), defaults.nominationDeadline()));
	}

	@Test
	void theListShowsEachCycleWithItsStatus() throws Exception {
		Cycle cycle = draft();
		this.mvc.perform(get("/cycles").with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name(CyclePageController.LIST))
			.andExpect(content().string(allOf(containsString("UNESCO Learning City Award 2028"),
					containsString("/cycles/" + cycle.id()), containsString("class=\"badge status-draft\""))));
	}

	@Test
	void aNewCycleStartsFromThe2024Rules() throws Exception {
		this.mvc.perform(get("/cycles/new").with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name(CyclePageController.FORM))
			.andExpect(content().string(allOf(containsString("id=\"nominationQuota\""),
					containsString("name=\"nominationQuota\" value=\"2\""),
					containsString("name=\"reminderBefore\" value=\"P7D, P1D\""),
					containsString("<label for=\"reviewDuration\""), containsString("id=\"reviewDuration-hint\""))));
	}

	@Test
	void aValidFormCreatesADraftAndShowsIt() throws Exception {
		String location = this.mvc.perform(filledForm("/cycles").with(staff()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cycles/*"))
			.andExpect(flash().attribute("flash", "cycle.flash.created"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/cycles/".length()));
		Cycle cycle = this.cycles.get(id);
		assertThat(cycle.status()).isEqualTo(CycleStatus.DRAFT);
		assertThat(cycle.settings().reminderBefore()).containsExactly("P7D", "P1D");
		assertThat(cycle.settings().applicationDeadline().getOffset()).isEqualTo(ZoneOffset.UTC);

		this.mvc.perform(get(location).with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name(CyclePageController.SHOW))
			.andExpect(content().string(allOf(containsString("UNESCO Learning City Award 2027"),
					containsString("21 days"), containsString("Open the call"), containsString("Created"))));
	}

	@Test
	void anInvalidFormComesBackWithEachErrorBesideItsFieldAndKeepsWhatWasTyped() throws Exception {
		this.mvc
			.perform(filledForm("/cycles", "title", "", "year", "twenty", "nominationQuota", "11", "nominationDeadline",
					"2020-01-01T00:00:00Z", "reminderBefore", "P7D, P30D")
				.with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name(CyclePageController.FORM))
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "title", "cycle.error.required"))
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "year", "cycle.error.wholeNumber"))
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "nominationQuota", "cycle.error.range"))
			.andExpect(
					model().attributeHasFieldErrorCode("cycleForm", "nominationDeadline", "cycle.error.deadlineOrder"))
			.andExpect(model().attributeHasFieldErrorCode("cycleForm", "reminderBefore", "cycle.error.reminderTooLong"))
			.andExpect(model().attributeErrorCount("cycleForm", 5))
			.andExpect(
					content().string(allOf(containsString("id=\"year-error\""), containsString("Type a whole number."),
							containsString("A whole number from 1 to 10."), containsString("value=\"twenty\""),
							containsString("value=\"P7D, P30D\""), containsString("aria-invalid=\"true\""))));
		assertThat(this.cycles.all()).noneMatch(c -> c.settings().title().isEmpty());
	}

	@Test
	void theFormSpeaksFrench() throws Exception {
		this.mvc.perform(filledForm("/cycles", "panelSize", "0").with(staff()).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Experts par panel"),
					containsString("Un nombre entier de 1 à 10."), not(containsString("??")))));
	}

	@Test
	void aDraftIsEditedAndTheChangeRecorded() throws Exception {
		Cycle cycle = draft();
		this.mvc.perform(get("/cycles/{id}/edit", cycle.id()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"UNESCO Learning City Award 2028\"")));
		this.mvc.perform(filledForm("/cycles/" + cycle.id(), "nominationQuota", "3").with(staff()))
			.andExpect(redirectedUrl("/cycles/" + cycle.id()))
			.andExpect(flash().attribute("flash", "cycle.flash.saved"));
		assertThat(this.cycles.get(cycle.id()).settings().nominationQuota()).isEqualTo(3);
		this.mvc.perform(get("/cycles/{id}", cycle.id()).with(staff()))
			.andExpect(content().string(containsString("Settings changed")));
	}

	@Test
	void openingTwiceFromThePageSaysTheCallIsAlreadyOpen() throws Exception {
		Cycle cycle = draft();
		this.mvc.perform(post("/cycles/{id}/open", cycle.id()).with(csrf()).with(staff()))
			.andExpect(redirectedUrl("/cycles/" + cycle.id()))
			.andExpect(flash().attribute("flash", "cycle.flash.opened"));
		this.mvc.perform(post("/cycles/{id}/open", cycle.id()).with(csrf()).with(staff()))
			.andExpect(redirectedUrl("/cycles/" + cycle.id()))
			.andExpect(flash().attribute("flash", "cycle.rule.notDraft"));
		assertThat(this.cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.OPEN);
		this.mvc.perform(get("/cycles/{id}", cycle.id()).with(staff()).flashAttr("flash", "cycle.rule.notDraft"))
			.andExpect(content()
				.string(allOf(containsString("its call has already been opened"), containsString("Call opened"),
						containsString("Extend the deadlines"), not(containsString("Yes, open the call now")))));
	}

	@Test
	void anOpenCallKeepsItsRulesOnThePageToo() throws Exception {
		Cycle cycle = draft();
		this.cycles.open(cycle.id());
		this.mvc.perform(get("/cycles/{id}/edit", cycle.id()).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("readonly")));
		this.mvc.perform(filledForm("/cycles/" + cycle.id(), "title", "Another title").with(staff()))
			.andExpect(status().isOk())
			.andExpect(view().name(CyclePageController.FORM))
			.andExpect(model().attributeHasErrors("cycleForm"))
			.andExpect(content().string(containsString("only the deadlines can change")));
	}

	@Test
	void onlyStaffSeeTheCyclePages() throws Exception {
		Cycle cycle = draft();
		for (String username : CycleApiTests.OTHER_ROLES) {
			this.mvc.perform(get("/cycles").with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(get("/cycles/new").with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(get("/cycles/{id}", cycle.id()).with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(filledForm("/cycles").with(as(username))).andExpect(status().isForbidden());
			this.mvc.perform(post("/cycles/{id}/open", cycle.id()).with(csrf()).with(as(username)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/cycles/new").with(as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/cycles")).andExpect(status().is3xxRedirection());
		assertThat(this.cycles.get(cycle.id()).status()).isEqualTo(CycleStatus.DRAFT);
	}

	@Test
	void theCyclePageLinksToEachStagesPagesOnceTheCycleIsThere() throws Exception {
		Cycle cycle = draft();
		String id = Long.toString(cycle.id());
		String ranking = "/cycles/" + id + "/ranking";
		String shortlist = "/cycles/" + id + "/shortlist";
		String jury = "/cycles/" + id + "/jury";
		String finalize = "/jury/cycles/" + id + "/decision";
		String decision = "\"/cycles/" + id + "/decision\"";
		String csv = "/api/cycles/" + id + "/export.csv";
		String report = "/api/cycles/" + id + "/report.pdf";
		try {
			Map<CycleStatus, List<String>> shown = new LinkedHashMap<>();
			shown.put(CycleStatus.DRAFT, List.of());
			shown.put(CycleStatus.OPEN, List.of(csv, report));
			shown.put(CycleStatus.REVIEW, List.of(ranking, csv, report));
			shown.put(CycleStatus.SHORTLISTING, List.of(ranking, shortlist, jury, csv, report));
			shown.put(CycleStatus.JURY, List.of(ranking, shortlist, jury, finalize, csv, report));
			shown.put(CycleStatus.DECIDED, List.of(ranking, shortlist, jury, decision, csv, report));
			shown.put(CycleStatus.CLOSED, List.of(ranking, shortlist, jury, decision, csv, report));
			List<String> every = List.of(ranking, shortlist, jury, finalize, decision, csv, report);
			for (Map.Entry<CycleStatus, List<String>> entry : shown.entrySet()) {
				this.jdbc.sql("update award_cycle set status = ? where id = ?")
					.params(entry.getKey().name(), cycle.id())
					.update();
				String page = this.mvc.perform(get("/cycles/{id}", cycle.id()).with(staff()))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				for (String link : every) {
					if (entry.getValue().contains(link)) {
						assertThat(page).as(entry.getKey() + " links " + link).contains(link);
					}
					else {
						assertThat(page).as(entry.getKey() + " does not link " + link).doesNotContain(link);
					}
				}
			}
		}
		finally {
			this.jdbc.sql("delete from award_cycle where id = ?").param(cycle.id()).update();
		}
	}

	@Test
	void anUnknownCycleIsNotFound() throws Exception {
		this.mvc.perform(get("/cycles/999999").with(staff())).andExpect(status().isNotFound());
		this.mvc.perform(get("/cycles/nothing/edit").with(staff())).andExpect(status().isNotFound());
	}

}
