package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * UIL staff form the review panels of a cycle and change them by hand, through the API
 * ({@code POST /api/cycles/{id}/panels}, {@code GET/PUT /api/nominations/{id}/panel}) and
 * the pages. Each test makes its own cycle with eligible nominations and removes it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PanelsApiTests {

	static final RequestPostProcessor STAFF = httpBasic("staff", "demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Cycles cycles;

	@Autowired
	Applications applications;

	@Autowired
	Nominations nominations;

	@Autowired
	Catalog catalog;

	@Autowired
	Network network;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	private final List<Long> madeCycles = new ArrayList<>();

	private final List<Long> madeApplications = new ArrayList<>();

	@Test
	void staffFormEveryPanelWithoutAnExpertFromTheCitysCountry() throws Exception {
		long cycle = cycleWithEligible("cork", "pecs", "suwon");
		int panelSize = this.cycles.settings(cycle).panelSize();

		JsonNode panels = body(this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());

		assertThat(panels).hasSize(3);
		Map<String, String> countries = Map.of("cork", "IE", "pecs", "HU", "suwon", "KR");
		for (JsonNode panel : panels) {
			assertThat(panel.get("nominationId").isTextual()).isTrue();
			String country = this.nominations.get(Long.parseLong(panel.get("nominationId").asText())).countryCode();
			assertThat(countries).containsValue(country);
			assertThat(panel.get("experts")).hasSize(panelSize);
			assertThat(panel.get("reserves")).isNotEmpty();
			for (JsonNode expert : concat(panel.get("experts"), panel.get("reserves"))) {
				assertThat(expert.get("username").asText()).startsWith("expert-");
				assertThat(expert.get("countryCode").asText()).isNotEqualTo(country);
			}
		}
		assertThat(this.audit.of(PanelService.CYCLE, Long.toString(cycle)))
			.anySatisfy((event) -> assertThat(event.action()).isEqualTo(PanelService.PANELS_FORMED));

		String nomination = panels.get(0).get("nominationId").asText();
		this.mvc.perform(get("/api/nominations/" + nomination + "/panel").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationId").value(nomination))
			.andExpect(jsonPath("$.experts.length()").value(panelSize));
	}

	@Test
	void formingPanelsTwiceIsRefused() throws Exception {
		long cycle = cycleWithEligible("cork");
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF)).andExpect(status().isOk());

		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("review.panels-formed"));
	}

	@Test
	void aNominationTooFewExpertsMayReviewIsNamedAndNothingIsStored() throws Exception {
		long cycle = cycleWithEligible("cork", "pecs");
		long cork = this.network.cityBySlug("cork").orElseThrow().id();
		List<String> experts = this.accounts.experts().stream().map(AccountView::username).toList();
		for (String expert : experts.subList(1, experts.size())) {
			this.jdbc.sql("insert into expert_conflict (username, city_id, declared_at, reason) values (?, ?, ?, ?)")
				.params(expert, cork, OffsetDateTime.now(this.clock), "Advised the city")
				.update();
		}

		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors.length()").value(1))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.startsWith("Cork (IE): only")));
		assertThat(this.jdbc.sql("select count(*) from review_panel where cycle_id = ?")
			.param(cycle)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPanelWithAnExpertFromTheCitysCountryIsRefusedNamingTheRule() throws Exception {
		long cycle = cycleWithEligible("cork");
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF)).andExpect(status().isOk());
		long nomination = this.nominations.inCycle(cycle).get(0).id();
		List<String> experts = new ArrayList<>(panelOf(nomination).get("experts").findValuesAsText("username"));
		experts.set(0, "expert-01");

		this.mvc
			.perform(put("/api/nominations/" + nomination + "/panel").with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("experts", experts, "reserves", List.of()))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("experts[0]"))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString("expert-01"),
						org.hamcrest.Matchers.containsString(SameCountryRule.CODE))));
	}

	@Test
	void staffChangeAPanelByHandAndTheChangeIsAudited() throws Exception {
		long cycle = cycleWithEligible("cork");
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF)).andExpect(status().isOk());
		long nomination = this.nominations.inCycle(cycle).get(0).id();
		JsonNode before = panelOf(nomination);
		List<String> experts = new ArrayList<>(before.get("experts").findValuesAsText("username"));
		List<String> taken = new ArrayList<>(experts);
		taken.addAll(before.get("reserves").findValuesAsText("username"));
		String newcomer = this.accounts.experts()
			.stream()
			.filter((expert) -> !"IE".equals(expert.countryCode()) && !taken.contains(expert.username()))
			.map(AccountView::username)
			.findFirst()
			.orElseThrow();
		experts.set(0, newcomer);
		List<Map<String, String>> reserves = before.get("reserves")
			.findValuesAsText("username")
			.stream()
			.map((username) -> Map.of("username", username))
			.toList();

		this.mvc
			.perform(put("/api/nominations/" + nomination + "/panel").with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("experts", experts, "reserves", reserves))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.experts[0].username").value(newcomer));

		assertThat(panelOf(nomination).get("experts").findValuesAsText("username")).isEqualTo(experts);
		assertThat(this.audit.of(PanelService.NOMINATION, Long.toString(nomination))).anySatisfy((event) -> {
			assertThat(event.action()).isEqualTo(PanelService.PANEL_CHANGED);
			assertThat(event.detail()).startsWith("before: experts [").contains("after: experts [" + newcomer);
		});
	}

	@Test
	void aPanelOfTheWrongSizeIsRefused() throws Exception {
		long cycle = cycleWithEligible("cork");
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(STAFF)).andExpect(status().isOk());
		long nomination = this.nominations.inCycle(cycle).get(0).id();

		this.mvc
			.perform(put("/api/nominations/" + nomination + "/panel").with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"experts\":[\"expert-02\"]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("experts"));
	}

	@Test
	void onlyStaffSeePanelsAndUnknownNominationsAreNotFound() throws Exception {
		long cycle = cycleWithEligible("cork");
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(httpBasic("expert-02", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/api/cycles/" + cycle + "/panels").with(csrf())).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/nominations/999999999/panel").with(STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/not-an-id/panel").with(STAFF)).andExpect(status().isNotFound());
	}

	@Test
	void theFormButtonFormsThePanelsAndADoubleClickGetsAFriendlyMessage() throws Exception {
		long cycle = cycleWithEligible("cork");
		RequestPostProcessor staff = user(this.users.loadUserByUsername("staff"));

		this.mvc.perform(post("/cycles/" + cycle + "/panels").with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "review.panels.flash.formed"));
		this.mvc.perform(post("/cycles/" + cycle + "/panels").with(staff).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "review.panels.flash.alreadyFormed"));
		this.mvc.perform(get("/cycles/" + cycle + "/panels").with(staff)).andExpect(status().isOk());

		long nomination = this.nominations.inCycle(cycle).get(0).id();
		this.mvc.perform(get("/nominations/" + nomination + "/panel").with(staff)).andExpect(status().isOk());
		this.mvc
			.perform(post("/nominations/" + nomination + "/panel").with(staff)
				.with(csrf())
				.param("experts[0]", "expert-01")
				.param("experts[1]", "expert-02")
				.param("experts[2]", "expert-03"))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model()
				.attributeHasFieldErrors(PanelPageController.FORM, "experts[0]"));
	}

	@AfterEach
	void cleanUp() {
		for (long cycle : this.madeCycles) {
			this.jdbc.sql(
					"delete from review_panel_member where panel_id in (select id from review_panel where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from review_panel where cycle_id = ?").param(cycle).update();
		}
		this.jdbc.sql("delete from expert_conflict").update();
		for (long application : this.madeApplications) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(application))
				.list()
				.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
		}
		for (long cycle : this.madeCycles) {
			this.jdbc.sql("select id from nomination where cycle_id = ?")
				.param(cycle)
				.query(Long.class)
				.list()
				.forEach((nomination) -> this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(ReviewProcess.KEY)
					.processInstanceBusinessKey(Long.toString(nomination))
					.list()
					.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true)));
			this.jdbc
				.sql("delete from review_score where review_id in (select r.id from review r "
						+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc
				.sql("delete from review_round_decision where nomination_id in "
						+ "(select id from nomination where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from review where nomination_id in (select id from nomination where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from nomination where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from application where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(cycle).update();
		}
		this.madeCycles.clear();
		this.madeApplications.clear();
	}

	/**
	 * An open cycle in which each city's application was nominated and found eligible.
	 */
	private long cycleWithEligible(String... slugs) throws Exception {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		CycleSettings settings = CycleSettings.rules2024("Panel test cycle " + System.nanoTime(), now.getYear() + 1,
				now.plusDays(30), now.plusDays(60));
		long cycle = as("staff", () -> this.cycles.open(this.cycles.create(settings).id()).id());
		this.madeCycles.add(cycle);
		for (String slug : slugs) {
			long city = this.network.cityBySlug(slug).orElseThrow().id();
			long application = as("city-" + slug, () -> {
				long id = this.applications.start(cycle, city).id();
				this.applications.saveDraft(id, complete());
				return this.applications.submit(id).id();
			});
			this.madeApplications.add(application);
			String natcom = "natcom-" + this.network.cityBySlug(slug).orElseThrow().countryCode().toLowerCase();
			this.mvc
				.perform(post("/api/applications/" + application + "/nominate").with(httpBasic(natcom, "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"endorsement\":\"Our strongest learning city.\"}"))
				.andExpect(status().isCreated());
			runJobs(application);
		}
		assertThat(this.nominations.inCycle(cycle)).hasSize(slugs.length)
			.allSatisfy((nomination) -> assertThat(nomination.status()).isEqualTo(NominationStatus.ELIGIBLE));
		return cycle;
	}

	private void runJobs(long application) {
		for (int round = 0; round < 5; round++) {
			List<String> instances = this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(application))
				.list()
				.stream()
				.map((instance) -> instance.getId())
				.toList();
			List<Job> jobs = new ArrayList<>();
			for (String instance : instances) {
				jobs.addAll(this.management.createJobQuery().processInstanceId(instance).executable().list());
			}
			if (jobs.isEmpty()) {
				return;
			}
			jobs.forEach((job) -> this.management.executeJob(job.getId()));
		}
	}

	private ApplicationContent complete() {
		Map<String, String> narratives = new LinkedHashMap<>();
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach((m) -> narratives.put(m.code().value(),
					"Since 2018 the city has worked on " + m.name() + " with its libraries and schools."));
		LocalDate today = LocalDate.now(this.clock);
		return new ApplicationContent(narratives, Map.of(),
				new ApplicationContent.Consent("Aoife Byrne", "Learning city coordinator", today),
				new ApplicationContent.Endorsement("The Mayor", "The city council endorses this application.", today));
	}

	private JsonNode panelOf(long nomination) throws Exception {
		return body(this.mvc.perform(get("/api/nominations/" + nomination + "/panel").with(STAFF))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	private JsonNode body(String content) throws Exception {
		return this.json.readTree(content);
	}

	private static List<JsonNode> concat(JsonNode a, JsonNode b) {
		List<JsonNode> all = new ArrayList<>();
		a.forEach(all::add);
		b.forEach(all::add);
		return all;
	}

	private <T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
