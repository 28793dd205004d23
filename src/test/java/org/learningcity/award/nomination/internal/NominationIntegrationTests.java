package org.learningcity.award.nomination.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On PostgreSQL, through the HTTP API: staff open a cycle with a quota of two, Korean
 * cities apply and submit, the Korean National Commission nominates two and is refused a
 * third; two nominations racing for the last place leave exactly one winner and exactly
 * quota rows in {@code nomination}; another country's National Commission does not find a
 * Korean application. The database is shared with the other integration tests and not
 * reset: every test opens its own cycle and removes it again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "test" })
class NominationIntegrationTests {

	static final RequestPostProcessor STAFF = httpBasic("staff", "demo");

	static final RequestPostProcessor NATCOM_KR = httpBasic("natcom-kr", "demo");

	static final RequestPostProcessor NATCOM_IE = httpBasic("natcom-ie", "demo");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Catalog catalog;

	@Autowired
	Applications applications;

	@Autowired
	NationalCommissionService natcom;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	UserDetailsService users;

	private final List<Long> cycles = new ArrayList<>();

	@BeforeEach
	void runsOnPostgresql() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

	@AfterEach
	void removeTheCycles() {
		for (Long cycle : this.cycles) {
			for (Long application : this.jdbc.sql("select id from application where cycle_id = ?")
				.param(cycle)
				.query(Long.class)
				.list()) {
				this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(NominationProcess.KEY)
					.processInstanceBusinessKey(application.toString())
					.list()
					.forEach(p -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
			}
			this.jdbc.sql("delete from nomination where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from application where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(cycle).update();
		}
		this.cycles.clear();
	}

	@Test
	void aNationalCommissionNominatesUpToItsQuotaAndTheNextNominationIsRefused() throws Exception {
		long cycle = openCycle(2);
		long suwon = submittedApplication(cycle, "suwon");
		long gwangmyeong = submittedApplication(cycle, "gwangmyeong");
		long osan = submittedApplication(cycle, "osan");

		nominate(suwon, "Suwon, our first learning city.").andExpect(status().isCreated())
			.andExpect(jsonPath("$.applicationId").value(Long.toString(suwon)))
			.andExpect(jsonPath("$.countryCode").value("KR"))
			.andExpect(jsonPath("$.status").value("NOMINATED"));
		nominate(gwangmyeong, "Gwangmyeong, a city of lifelong learning.").andExpect(status().isCreated());
		nominate(osan, "Osan as well.").andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.quota-reached"))
			.andExpect(jsonPath("$.detail").value(containsString("has already nominated 2 cities in this cycle")));

		assertThat(statusOf(suwon)).isEqualTo(ApplicationStatus.NOMINATED);
		assertThat(statusOf(gwangmyeong)).isEqualTo(ApplicationStatus.NOMINATED);
		assertThat(statusOf(osan)).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(slots(cycle)).containsExactly(1, 2);
		this.mvc.perform(get("/api/nominations?cycle=" + cycle).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(2));
	}

	@Test
	void twoNominationsForTheLastPlaceAtTheSameMomentLetExactlyOneWin() throws Exception {
		long cycle = openCycle(2);
		long suwon = submittedApplication(cycle, "suwon");
		long gwangmyeong = submittedApplication(cycle, "gwangmyeong");
		long osan = submittedApplication(cycle, "osan");
		nominate(suwon, "First.").andExpect(status().isCreated());

		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<MockHttpServletResponse> responses;
		try {
			Future<MockHttpServletResponse> a = pool.submit(whenGo(gwangmyeong, ready, go));
			Future<MockHttpServletResponse> b = pool.submit(whenGo(osan, ready, go));
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			responses = List.of(a.get(60, TimeUnit.SECONDS), b.get(60, TimeUnit.SECONDS));
		}
		finally {
			pool.shutdownNow();
		}

		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(201, 409);
		MockHttpServletResponse refused = responses.stream().filter(r -> r.getStatus() == 409).findFirst().get();
		assertThat(refused.getContentAsString()).contains("nomination.quota-reached")
			.contains("has already nominated 2 cities in this cycle");
		assertThat(this.jdbc.sql("select count(*) from nomination where cycle_id = ? and country_code = 'KR'")
			.param(cycle)
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(slots(cycle)).containsExactly(1, 2);
		assertThat(List.of(statusOf(gwangmyeong), statusOf(osan)))
			.containsExactlyInAnyOrder(ApplicationStatus.NOMINATED, ApplicationStatus.SUBMITTED);
	}

	/**
	 * PostgreSQL's snapshot does not show the second nomination the first one's
	 * uncommitted place: it takes the same place, waits on the first one's row and is
	 * refused once that commits.
	 */
	@Test
	void aNominationThatSawTheLastPlaceFreeWaitsForTheOtherAndIsRefused() throws Exception {
		long cycle = openCycle(2);
		long suwon = submittedApplication(cycle, "suwon");
		long gwangmyeong = submittedApplication(cycle, "gwangmyeong");
		long osan = submittedApplication(cycle, "osan");
		nominate(suwon, "First.").andExpect(status().isCreated());

		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> winner = pool.submit(() -> as("natcom-kr", () -> this.transactions.execute(tx -> {
				this.natcom.nominate(gwangmyeong, "Second.");
				firstInserted.countDown();
				await(secondStarted);
				sleep(500);
				return null;
			})));
			Future<?> loser = pool.submit(() -> as("natcom-kr", () -> {
				await(firstInserted);
				secondStarted.countDown();
				return this.natcom.nominate(osan, "Third.");
			}));
			winner.get(60, TimeUnit.SECONDS);
			assertThatThrownBy(() -> loser.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(RuleViolationException.class)
				.cause()
				.hasMessageContaining("has already nominated 2 cities")
				.extracting(ex -> ((RuleViolationException) ex).getCode())
				.isEqualTo(NationalCommissionService.QUOTA_REACHED);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.jdbc.sql("select application_id from nomination where cycle_id = ? order by slot")
			.param(cycle)
			.query(Long.class)
			.list()).containsExactly(suwon, gwangmyeong);
		assertThat(statusOf(osan)).isEqualTo(ApplicationStatus.SUBMITTED);
	}

	@Test
	void anotherCountrysNationalCommissionDoesNotFindAKoreanApplication() throws Exception {
		long cycle = openCycle(2);
		long suwon = submittedApplication(cycle, "suwon");

		this.mvc.perform(get("/api/applications/" + suwon).with(NATCOM_IE)).andExpect(status().isNotFound());
		this.mvc
			.perform(postJson("/api/applications/" + suwon + "/nominate", Map.of("endorsement", "Ours now."))
				.with(NATCOM_IE))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/applications?cycle=" + cycle).with(NATCOM_IE))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));

		this.mvc.perform(get("/api/applications/" + suwon).with(NATCOM_KR))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityName").value("Suwon"));
		assertThat(statusOf(suwon)).isEqualTo(ApplicationStatus.SUBMITTED);
		assertThat(slots(cycle)).isEmpty();
	}

	/** Staff create a cycle with this quota and open its call, through the API. */
	private long openCycle(int quota) throws Exception {
		OffsetDateTime applications = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).truncatedTo(ChronoUnit.MINUTES);
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("title", "Nomination integration cycle " + UUID.randomUUID().toString().substring(0, 8));
		settings.put("year", applications.getYear() + 1);
		settings.put("nominationQuota", quota);
		settings.put("panelSize", 3);
		settings.put("divergenceThreshold", 2);
		settings.put("shortlistSize", 10);
		settings.put("maxAwardeesPerCountry", 1);
		settings.put("membershipMonths", 12);
		settings.put("exclusionYears", 6);
		settings.put("applicationDeadline", applications.toString());
		settings.put("nominationDeadline", applications.plusDays(30).toString());
		settings.put("invitationResponse", "P3D");
		settings.put("reviewDuration", "P21D");
		settings.put("reminderBefore", List.of("P7D", "P1D"));
		settings.put("moderationDuration", "P7D");
		settings.put("juryDuration", "P14D");
		JsonNode created = body(this.mvc.perform(postJson("/api/cycles", settings).with(STAFF))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")));
		long id = Long.parseLong(created.get("id").asText());
		this.cycles.add(id);
		this.mvc.perform(post("/api/cycles/" + id + "/open").with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.nominationQuota").value(quota));
		return id;
	}

	/** The city's coordinator starts the application, completes it and submits it. */
	private long submittedApplication(long cycle, String slug) throws Exception {
		RequestPostProcessor coordinator = httpBasic("city-" + slug, "demo");
		JsonNode started = body(this.mvc.perform(post("/api/cycles/" + cycle + "/applications").with(coordinator))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT")));
		String id = started.get("id").asText();
		this.mvc
			.perform(put("/api/applications/" + id).contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(completeContent(slug)))
				.with(coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.missing.length()").value(0));
		this.mvc.perform(post("/api/applications/" + id + "/submit").with(coordinator))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		return Long.parseLong(id);
	}

	/** The 18 narratives, a statistic, the consent and the mayor's endorsement. */
	private Map<String, Object> completeContent(String slug) {
		Map<String, String> narratives = new LinkedHashMap<>();
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach(m -> narratives.put(m.code().value(),
					"Since 2017 " + slug + " has worked on " + m.name() + " with its lifelong learning centres."));
		String statistic = this.catalog.measurements()
			.stream()
			.filter(m -> !m.isExpertReview() && "%".equals(m.unit()) && m.breakdowns().isEmpty())
			.findFirst()
			.orElseThrow()
			.code()
			.value();
		String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("narratives", narratives);
		body.put("indicators", Map.of(statistic, Map.of("value", 64.5, "year", 2024)));
		body.put("consent",
				Map.of("signatory", "Kim Min-jun", "position", "Lifelong learning director", "signedOn", yesterday));
		body.put("endorsement", Map.of("name", "The Mayor", "statement", "The city council endorses this application.",
				"endorsedOn", yesterday));
		return body;
	}

	private ResultActions nominate(long application, String endorsement) throws Exception {
		return this.mvc
			.perform(postJson("/api/applications/" + application + "/nominate", Map.of("endorsement", endorsement))
				.with(NATCOM_KR));
	}

	private Callable<MockHttpServletResponse> whenGo(long application, CountDownLatch ready, CountDownLatch go) {
		return () -> {
			ready.countDown();
			go.await();
			return nominate(application, "The last place.").andReturn().getResponse();
		};
	}

	private ApplicationStatus statusOf(long application) {
		return this.applications.find(application).orElseThrow().status();
	}

	private List<Integer> slots(long cycle) {
		return this.jdbc.sql("select slot from nomination where cycle_id = ? order by slot")
			.param(cycle)
			.query(Integer.class)
			.list();
	}

	private MockHttpServletRequestBuilder postJson(String path, Object body) throws Exception {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(this.json.writeValueAsString(body));
	}

	private JsonNode body(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	/** Runs {@code work} signed in as {@code username}, as a request would. */
	private <T> T as(String username, Callable<T> work) throws Exception {
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.call();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
