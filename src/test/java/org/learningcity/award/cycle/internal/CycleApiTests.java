package org.learningcity.award.cycle.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningcity.award.audit.AuditEvent;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.CycleOpened;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.isA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/cycles} as API.md fixes it: fields, statuses, roles and refusals. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class CycleApiTests {

	private static final RequestPostProcessor STAFF = httpBasic("staff", "demo");

	/** A demo account of every role that is not staff. */
	static final List<String> OTHER_ROLES = List.of("natcom-ie", "city-cork", "expert-01", "juror-01");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	/** A valid cycle with the 2024 rules and deadlines some weeks ahead. */
	static Map<String, Object> cycle() {
		OffsetDateTime soon = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "UNESCO Learning City Award 2027");
		body.put("year", 2027);
		body.put("nominationQuota", 2);
		body.put("panelSize", 3);
		body.put("divergenceThreshold", 2);
		body.put("shortlistSize", 15);
		body.put("maxAwardeesPerCountry", 1);
		body.put("membershipMonths", 12);
		body.put("exclusionYears", 6);
		body.put("applicationDeadline", soon.plusDays(56).toString());
		body.put("nominationDeadline", soon.plusDays(84).withOffsetSameInstant(ZoneOffset.ofHours(2)).toString());
		body.put("invitationResponse", "P3D");
		body.put("reviewDuration", "P21D");
		body.put("reminderBefore", List.of("P7D", "P1D"));
		body.put("moderationDuration", "P7D");
		body.put("juryDuration", "P14D");
		return body;
	}

	static Map<String, Object> cycle(String field, Object value) {
		Map<String, Object> body = cycle();
		body.put(field, value);
		return body;
	}

	String create(Map<String, Object> body) throws Exception {
		String response = this.mvc
			.perform(post("/api/cycles").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(write(body)))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(response).get("id").asText();
	}

	String write(Object body) throws Exception {
		return this.json.writeValueAsString(body);
	}

	@Test
	void staffCreatesACycleAsADraftWithEverySetting() throws Exception {
		Map<String, Object> body = cycle();
		String response = this.mvc
			.perform(post("/api/cycles").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(write(body)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/cycles/")))
			.andExpect(jsonPath("$.id").value(isA(String.class)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.title").value("UNESCO Learning City Award 2027"))
			.andExpect(jsonPath("$.reminderBefore[0]").value("P7D"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		JsonNode created = this.json.readTree(response);
		assertThat(created.properties()).extracting(Map.Entry::getKey)
			.containsExactly("id", "title", "year", "status", "nominationQuota", "panelSize", "divergenceThreshold",
					"shortlistSize", "maxAwardeesPerCountry", "membershipMonths", "exclusionYears",
					"applicationDeadline", "nominationDeadline", "invitationResponse", "reviewDuration",
					"reminderBefore", "moderationDuration", "juryDuration", "shortlistPerCountry", "minimumScore",
					"maxAwardees");
		for (String field : List.of("year", "nominationQuota", "panelSize", "divergenceThreshold", "shortlistSize",
				"maxAwardeesPerCountry", "membershipMonths", "exclusionYears")) {
			assertThat(created.get(field).asInt()).as(field).isEqualTo(body.get(field));
		}
		for (String field : List.of("invitationResponse", "reviewDuration", "moderationDuration", "juryDuration")) {
			assertThat(created.get(field).asText()).as(field).isEqualTo(body.get(field));
		}
		assertThat(OffsetDateTime.parse(created.get("nominationDeadline").asText()))
			.isAtSameInstantAs(OffsetDateTime.parse((String) body.get("nominationDeadline")));

		this.mvc.perform(get("/api/cycles/{id}", created.get("id").asText()).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.nominationQuota").value(2));
	}

	@Test
	void theShortlistAndAwardLimitsHaveDefaultsAndCanBeSet() throws Exception {
		this.mvc
			.perform(post("/api/cycles").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle())))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.shortlistPerCountry").value(2))
			.andExpect(jsonPath("$.minimumScore").value(3.0))
			.andExpect(jsonPath("$.maxAwardees").value(10));
		Map<String, Object> body = cycle("shortlistPerCountry", 1);
		body.put("minimumScore", 3.5);
		body.put("maxAwardees", 12);
		this.mvc
			.perform(post("/api/cycles").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(body)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.shortlistPerCountry").value(1))
			.andExpect(jsonPath("$.minimumScore").value(3.5))
			.andExpect(jsonPath("$.maxAwardees").value(12));
	}

	@Test
	void anAdministratorMayCreateACycleToo() throws Exception {
		this.mvc
			.perform(post("/api/cycles").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle())))
			.andExpect(status().isCreated());
	}

	static Stream<Arguments> invalidSettings() {
		return Stream.of(Arguments.of("title", ""), Arguments.of("title", "x".repeat(201)), Arguments.of("year", 2014),
				Arguments.of("year", 2101), Arguments.of("year", null), Arguments.of("nominationQuota", 0),
				Arguments.of("nominationQuota", 11), Arguments.of("panelSize", 0), Arguments.of("shortlistSize", 0),
				Arguments.of("maxAwardeesPerCountry", 0), Arguments.of("membershipMonths", -1),
				Arguments.of("exclusionYears", -1), Arguments.of("divergenceThreshold", 0),
				Arguments.of("divergenceThreshold", 5), Arguments.of("applicationDeadline", "31/03/2027"),
				Arguments.of("applicationDeadline", "2027-03-31T23:59"),
				Arguments.of("nominationDeadline", "2020-01-01T00:00:00Z"),
				Arguments.of("invitationResponse", "3 days"), Arguments.of("reviewDuration", "P0D"),
				Arguments.of("moderationDuration", "P1M"), Arguments.of("juryDuration", null),
				Arguments.of("reminderBefore", List.of("P7D", "P30D")), Arguments.of("reminderBefore", List.of("soon")),
				Arguments.of("shortlistPerCountry", 0), Arguments.of("minimumScore", 5.5),
				Arguments.of("minimumScore", 0.5), Arguments.of("maxAwardees", 0));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidSettings")
	void anInvalidSettingIsRefusedWithItsField(String field, Object value) throws Exception {
		this.mvc
			.perform(post("/api/cycles").with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle(field, value))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains(field)))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("cycle."))));
	}

	@Test
	void theDeadlinesMustBeInOrder() throws Exception {
		Map<String, Object> body = cycle("nominationDeadline", cycle().get("applicationDeadline"));
		this.mvc.perform(post("/api/cycles").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(write(body)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("nominationDeadline"))
			.andExpect(jsonPath("$.errors[0].message")
				.value("The nomination deadline must come after the application deadline."));
	}

	@Test
	void openingTheCallMovesTheCycleToOpenAndTellsTheOtherModules() throws Exception {
		String id = create(cycle());
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.status").value("OPEN"));
		this.mvc.perform(get("/api/cycles/{id}", id).with(STAFF)).andExpect(jsonPath("$.status").value("OPEN"));
		assertThat(this.events.stream(CycleOpened.class)).containsExactly(new CycleOpened(Long.parseLong(id)));
	}

	@Test
	void openingTwiceIsAConflict() throws Exception {
		String id = create(cycle());
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF)).andExpect(status().isOk());
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cycle.rule.notDraft"))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void twoSimultaneousClicksOpenTheCallOnce() throws Exception {
		String id = create(cycle());
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch start = new CountDownLatch(1);
			Callable<Integer> open = () -> {
				start.await();
				return this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF))
					.andReturn()
					.getResponse()
					.getStatus();
			};
			Future<Integer> first = pool.submit(open);
			Future<Integer> second = pool.submit(open);
			start.countDown();
			assertThat(List.of(first.get(30, TimeUnit.SECONDS), second.get(30, TimeUnit.SECONDS)))
				.containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.audit.of("CYCLE", id)).extracting(AuditEvent::action).containsOnlyOnce("CYCLE_OPENED");
	}

	@Test
	void aCallWhoseDeadlineHasPassedCannotBeOpened() throws Exception {
		String id = create(cycle("applicationDeadline", "2026-01-31T23:59:00Z"));
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cycle.rule.applicationDeadlinePassed"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("application deadline")));
		this.mvc.perform(get("/api/cycles/{id}", id).with(STAFF)).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void aDraftIsEditedWithPut() throws Exception {
		String id = create(cycle());
		this.mvc
			.perform(put("/api/cycles/{id}", id).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle("nominationQuota", 3))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationQuota").value(3))
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc
			.perform(put("/api/cycles/{id}", id).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle("panelSize", 0))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("panelSize"));
	}

	@Test
	void anOpenCallOnlyLetsItsDeadlinesBeExtended() throws Exception {
		Map<String, Object> body = cycle();
		String id = create(body);
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF)).andExpect(status().isOk());
		this.mvc
			.perform(put("/api/cycles/{id}", id).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle("nominationQuota", 3))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("cycle.rule.onlyDeadlines"));
		Map<String, Object> extended = new LinkedHashMap<>(body);
		extended.put("nominationDeadline",
				OffsetDateTime.parse((String) body.get("nominationDeadline")).plusDays(7).toString());
		this.mvc
			.perform(put("/api/cycles/{id}", id).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(extended)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("OPEN"));
	}

	@Test
	void everyoneElseMayReadButNotChangeCycles() throws Exception {
		String id = create(cycle());
		for (String username : OTHER_ROLES) {
			RequestPostProcessor who = httpBasic(username, "demo");
			this.mvc
				.perform(post("/api/cycles").with(who).contentType(MediaType.APPLICATION_JSON).content(write(cycle())))
				.andExpect(status().isForbidden());
			this.mvc.perform(post("/api/cycles/{id}/open", id).with(who)).andExpect(status().isForbidden());
			this.mvc
				.perform(put("/api/cycles/{id}", id).with(who)
					.contentType(MediaType.APPLICATION_JSON)
					.content(write(cycle())))
				.andExpect(status().isForbidden());
			this.mvc.perform(get("/api/cycles/{id}", id).with(who)).andExpect(status().isOk());
			this.mvc.perform(get("/api/cycles").with(who))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$[*].id").value(hasItem(id)));
		}
		this.mvc.perform(get("/api/cycles/{id}", id).with(STAFF)).andExpect(jsonPath("$.status").value("DRAFT"));
	}

	@Test
	void anonymousCallsAreRefused() throws Exception {
		this.mvc.perform(get("/api/cycles")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/cycles/1")).andExpect(status().isUnauthorized());
		// with a CSRF token, so that it is the missing sign-in that is refused
		this.mvc
			.perform(post("/api/cycles").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(write(cycle())))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(post("/api/cycles/1/open").with(csrf())).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownCycleIsNotFound() throws Exception {
		this.mvc.perform(get("/api/cycles/999999").with(STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cycles/not-an-id").with(STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(post("/api/cycles/999999/open").with(STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(
				put("/api/cycles/999999").with(STAFF).contentType(MediaType.APPLICATION_JSON).content(write(cycle())))
			.andExpect(status().isNotFound());
	}

	@Test
	void creatingEditingAndOpeningAreAudited() throws Exception {
		String id = create(cycle());
		this.mvc
			.perform(put("/api/cycles/{id}", id).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(cycle("shortlistSize", 10))))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/cycles/{id}/open", id).with(STAFF)).andExpect(status().isOk());
		List<AuditEvent> history = this.audit.of("CYCLE", id);
		assertThat(history).extracting(AuditEvent::action)
			.containsExactly("CYCLE_CREATED", "CYCLE_CHANGED", "CYCLE_OPENED");
		assertThat(history).extracting(AuditEvent::actor).containsOnly("staff");
		assertThat(history.get(1).detail()).contains("shortlistSize");
	}

}
