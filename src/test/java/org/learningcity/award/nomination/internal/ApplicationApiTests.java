package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationStarted;
import org.learningcity.award.nomination.ApplicationSubmitted;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The city's application through the API as API.md fixes it: start, save, submit, read;
 * and every bad input of the issue, each with its status and its field, nothing stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@RecordApplicationEvents
class ApplicationApiTests {

	static final RequestPostProcessor CORK = httpBasic("city-cork", "demo");

	static final RequestPostProcessor DUBLIN = httpBasic("city-dublin", "demo");

	static final RequestPostProcessor STAFF = httpBasic("staff", "demo");

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
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	ApplicationFixtures fixtures;

	@BeforeEach
	void setUp() {
		this.fixtures = new ApplicationFixtures(this.cycles, this.catalog, this.network, this.jdbc, this.clock);
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		this.fixtures.cleanUp();
	}

	String start(long cycleId, RequestPostProcessor city, long cityId) throws Exception {
		String body = this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(city)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + cityId + "\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body).get("id").asText();
	}

	String startCork() throws Exception {
		return start(this.fixtures.openCycle(), CORK, this.fixtures.city("cork"));
	}

	String write(Object body) throws Exception {
		return this.json.writeValueAsString(body);
	}

	JsonNode read(String id, RequestPostProcessor who) throws Exception {
		return this.json.readTree(this.mvc.perform(get("/api/applications/{id}", id).with(who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
	}

	@Test
	void aCityStartsFillsAndSubmitsItsApplication() throws Exception {
		long cycleId = this.fixtures.openCycle();
		long cork = this.fixtures.city("cork");
		String id = this.json.readTree(this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + cork + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(isA(String.class)))
			.andExpect(jsonPath("$.cityId").value(String.valueOf(cork)))
			.andExpect(jsonPath("$.cycleId").value(String.valueOf(cycleId)))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.countryCode").value("IE"))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asText();
		assertThat(this.events.stream(ApplicationStarted.class))
			.containsExactly(new ApplicationStarted(Long.parseLong(id), cycleId, cork));

		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.narratives.length()").value(18))
			.andExpect(jsonPath("$.consentGiven").value(true))
			.andExpect(jsonPath("$.endorsementGiven").value(true))
			.andExpect(jsonPath("$.missing").isEmpty());

		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.submittedAt").isNotEmpty());
		assertThat(this.events.stream(ApplicationSubmitted.class))
			.containsExactly(new ApplicationSubmitted(Long.parseLong(id)));
		assertThat(this.audit.of(ApplicationService.SUBJECT, id)).extracting(e -> e.action())
			.contains("APPLICATION_STARTED", "APPLICATION_SAVED", "APPLICATION_SUBMITTED");

		this.mvc.perform(get("/api/applications").param("cycle", String.valueOf(cycleId)).with(STAFF))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id").value(contains(id)))
			.andExpect(jsonPath("$[0].status").value("SUBMITTED"));
	}

	@Test
	void aCityCoordinatorMayLeaveOutTheCityId() throws Exception {
		this.mvc.perform(post("/api/cycles/{id}/applications", this.fixtures.openCycle()).with(CORK))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cityId").value(String.valueOf(this.fixtures.city("cork"))));
	}

	@Test
	void indicatorsAreAcceptedAsNumbersObjectsOrBreakdowns() throws Exception {
		String id = startCork();
		String percentage = this.fixtures.percentage().code().value();
		var byBreakdown = this.fixtures.percentageByBreakdown();
		String breakdown = byBreakdown.breakdowns().get(0).code();
		String count = this.fixtures.count().code().value();
		Map<String, Object> indicators = new LinkedHashMap<>();
		indicators.put(percentage, 42.5);
		indicators.put(byBreakdown.code().value(), Map.of(breakdown, 61, "year", 2022));
		indicators.put(count, Map.of("value", 1200, "year", 2021));
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("indicators", indicators))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.indicators['" + percentage + "'].value").value(42.5))
			.andExpect(jsonPath("$.indicators['" + byBreakdown.code().value() + "'].breakdown." + breakdown).value(61))
			.andExpect(jsonPath("$.indicators['" + byBreakdown.code().value() + "'].year").value(2022))
			.andExpect(jsonPath("$.indicators['" + count + "'].value").value(1200))
			.andExpect(jsonPath("$.indicators['" + count + "'].year").value(2021));
	}

	@Test
	void aSectionLeftOutOfTheBodyIsKept() throws Exception {
		String id = startCork();
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("narratives", Map.of(this.fixtures.expertCode(), "Only this one now.")))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.narratives.length()").value(1))
			.andExpect(jsonPath("$.consentGiven").value(true))
			.andExpect(jsonPath("$.missing[*].field").value(hasSize(17)));
	}

	/** A body with one bad field, the field the 422 must name. */
	static Stream<Arguments> badContent() {
		return Stream.of(
				Arguments.of("narrative over the limit", "narratives", Map.of("$expert", "x".repeat(3001)),
						"narratives.$expert"),
				Arguments.of("narrative of an unknown measurement", "narratives", Map.of("9.9.9.z", "text"),
						"narratives.9.9.9.z"),
				Arguments.of("narrative of a statistical measurement", "narratives", Map.of("$percentage", "text"),
						"narratives.$percentage"),
				Arguments.of("negative percentage", "indicators", Map.of("$percentage", -1),
						"indicators.$percentage.value"),
				Arguments.of("percentage over 100", "indicators", Map.of("$percentage", 100.5),
						"indicators.$percentage.value"),
				Arguments.of("percentage by breakdown over 100", "indicators",
						Map.of("$breakdownMeasurement", Map.of("$breakdown", 101)),
						"indicators.$breakdownMeasurement.breakdown.$breakdown"),
				Arguments.of("unknown breakdown", "indicators", Map.of("$breakdownMeasurement", Map.of("MARTIANS", 1)),
						"indicators.$breakdownMeasurement.breakdown.MARTIANS"),
				Arguments.of("negative count", "indicators", Map.of("$count", Map.of("value", -3)),
						"indicators.$count.value"),
				Arguments.of("a word for a number", "indicators", Map.of("$percentage", "many"),
						"indicators.$percentage.value"),
				Arguments.of("year before 2000", "indicators", Map.of("$percentage", Map.of("value", 50, "year", 1999)),
						"indicators.$percentage.year"),
				Arguments.of("year in the future", "indicators",
						Map.of("$percentage", Map.of("value", 50, "year", 2999)), "indicators.$percentage.year"),
				Arguments.of("indicator of an unknown measurement", "indicators", Map.of("9.9.9.z", 5),
						"indicators.9.9.9.z"),
				Arguments.of("indicator of an expert measurement", "indicators", Map.of("$expert", 5),
						"indicators.$expert"),
				Arguments.of("consent date not a date", "consent",
						Map.of("signatory", "A", "position", "B", "signedOn", "31/12/2024"), "consent.signedOn"),
				Arguments.of("consent date in the future", "consent",
						Map.of("signatory", "A", "position", "B", "signedOn", "2999-01-01"), "consent.signedOn"),
				Arguments.of("signatory too long", "consent", Map.of("signatory", "x".repeat(201)),
						"consent.signatory"),
				Arguments.of("endorsement statement too long", "endorsement", Map.of("statement", "x".repeat(3001)),
						"endorsement.statement"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badContent")
	void badContentIsRefusedWithItsFieldAndNothingIsStored(String what, String section, Map<String, Object> value,
			String field) throws Exception {
		String id = startCork();
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		JsonNode before = read(id, CORK);

		Map<String, Object> body = new LinkedHashMap<>(this.fixtures.completeJson());
		body.put(section, substitute(value));
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(body)))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(contains(substitute(field))))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.startsWith("nomination."))));

		JsonNode after = read(id, CORK);
		assertThat(after.get("version")).isEqualTo(before.get("version"));
		assertThat(after.get("narratives")).isEqualTo(before.get("narratives"));
		assertThat(after.get("indicators")).isEqualTo(before.get("indicators"));
		assertThat(after.get("consent")).isEqualTo(before.get("consent"));
		assertThat(after.get("endorsement")).isEqualTo(before.get("endorsement"));
	}

	private Object substitute(Object value) {
		if (value instanceof String text) {
			var breakdownMeasurement = this.fixtures.percentageByBreakdown();
			return text.replace("$expert", this.fixtures.expertCode())
				.replace("$percentage", this.fixtures.percentage().code().value())
				.replace("$breakdownMeasurement", breakdownMeasurement.code().value())
				.replace("$breakdown", breakdownMeasurement.breakdowns().get(0).code())
				.replace("$count", this.fixtures.count().code().value());
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> copy = new LinkedHashMap<>();
			map.forEach((k, v) -> copy.put(substitute(k), substitute(v)));
			return copy;
		}
		return value;
	}

	@Test
	void aNarrativeOfExactlyTheLimitIsAcceptedAndLineEndsCountOnce() throws Exception {
		String id = startCork();
		// 3,001 characters as sent, 3,000 once the Windows line end counts as one
		String text = "a".repeat(2998) + "\r\n" + "b";
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("narratives", Map.of(this.fixtures.expertCode(), text)))))
			.andExpect(status().isOk());
		JsonNode stored = read(id, CORK).get("narratives").get(this.fixtures.expertCode());
		assertThat(stored.asText()).hasSize(3000).doesNotContain("\r");
	}

	@Test
	void submittingAnIncompleteApplicationListsEveryMissingPart() throws Exception {
		String id = startCork();
		List<String> expected = new java.util.ArrayList<>(
				this.fixtures.expert().stream().map(m -> "narratives." + m.code().value()).toList());
		expected.add("consent");
		expected.add("endorsement");
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field").value(contains(expected.toArray())))
			.andExpect(jsonPath("$.errors[0].message")
				.value(org.hamcrest.Matchers.containsString(this.fixtures.expert().get(0).code().value())));
		this.mvc.perform(get("/api/applications/{id}", id).with(CORK)).andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(this.events.stream(ApplicationSubmitted.class)).isEmpty();
	}

	@Test
	void withoutTheConsentOrTheEndorsementTheApplicationIsIncomplete() throws Exception {
		String id = startCork();
		Map<String, Object> body = new LinkedHashMap<>(this.fixtures.completeJson());
		body.put("consent", Map.of("signatory", "Aoife Byrne"));
		body.remove("endorsement");
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(body)))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field").value(contains("consent", "endorsement")));
	}

	@Test
	void statisticsAreOptional() throws Exception {
		String id = startCork();
		Map<String, Object> body = new LinkedHashMap<>(this.fixtures.completeJson());
		body.remove("indicators");
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("narratives", body.get("narratives"), "consent", body.get("consent"),
						"endorsement", body.get("endorsement"), "indicators", Map.of()))))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void editingOrSubmittingAfterSubmissionIsRefused() throws Exception {
		String id = startCork();
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK)).andExpect(status().isOk());

		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("narratives", Map.of(this.fixtures.expertCode(), "changed")))))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.notEditable"));
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.notEditable"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/applications/{id}/attachments", id)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "late.pdf", "application/pdf",
						ApplicationFixtures.PDF))
				.with(CORK))
			.andExpect(status().isConflict());
		assertThat(read(id, CORK).get("narratives").get(this.fixtures.expertCode()).asText()).doesNotContain("changed");
	}

	@Test
	void aReturnedApplicationIsEditableAndSubmittableAgain() throws Exception {
		String id = startCork();
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK)).andExpect(status().isOk());
		// the National Commission returns it (the process then waits for the city again)
		this.mvc
			.perform(post("/api/applications/{id}/return", id).with(httpBasic("natcom-ie", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("comment", "Please add figures on adult learning."))))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/applications/{id}", id).with(CORK))
			.andExpect(jsonPath("$.status").value("RETURNED"))
			.andExpect(jsonPath("$.lastComment").value("Please add figures on adult learning."));
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(Map.of("narratives", Map.of(this.fixtures.expertCode(), "Revised.")))))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		assertThat(this.events.stream(ApplicationSubmitted.class)).hasSize(2);
	}

	@Test
	void applyingToACycleWhoseCallIsNotOpenIsRefused() throws Exception {
		long draft = this.fixtures.draftCycle();
		this.mvc
			.perform(post("/api/cycles/{id}/applications", draft).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + this.fixtures.city("cork") + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.cycleNotOpen"));
		assertThat(this.events.stream(ApplicationStarted.class)).isEmpty();
	}

	@Test
	void applyingAfterTheApplicationDeadlineIsRefused() throws Exception {
		long cycleId = this.fixtures.openCycle();
		ClockUtil.setCurrentTime(Date.from(this.fixtures.afterApplicationDeadline(cycleId).toInstant()));
		this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + this.fixtures.city("cork") + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.applicationDeadlinePassed"));
	}

	@Test
	void savingOrSubmittingAfterTheApplicationDeadlineIsRefused() throws Exception {
		long cycleId = this.fixtures.openCycle();
		String id = start(cycleId, CORK, this.fixtures.city("cork"));
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isOk());
		ClockUtil.setCurrentTime(Date.from(this.fixtures.afterApplicationDeadline(cycleId).toInstant()));
		this.mvc.perform(post("/api/applications/{id}/submit", id).with(CORK))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.applicationDeadlinePassed"));
		this.mvc
			.perform(put("/api/applications/{id}", id).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isConflict());
	}

	@Test
	void aSecondApplicationOfTheSameCityIsRefused() throws Exception {
		long cycleId = this.fixtures.openCycle();
		start(cycleId, CORK, this.fixtures.city("cork"));
		this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(STAFF)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + this.fixtures.city("cork") + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.alreadyApplied"));
		assertThat(this.events.stream(ApplicationStarted.class)).hasSize(1);
	}

	@Test
	void onlyMembersOfTheNetworkMayApply() throws Exception {
		// Osan joined the GNLC in April 2022: a call of 2021 is before its membership
		ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2021-01-10T10:00:00Z").toInstant()));
		long cycleId = this.fixtures.openCycle();
		this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(httpBasic("city-osan", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + this.fixtures.city("osan") + "\"}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.code").value("nomination.rule.notMember"));
	}

	@Test
	void aCityAccountActingForAnotherCityIsNotFound() throws Exception {
		long cycleId = this.fixtures.openCycle();
		this.mvc
			.perform(post("/api/cycles/{id}/applications", cycleId).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"cityId\":\"" + this.fixtures.city("dublin") + "\"}"))
			.andExpect(status().isNotFound());
		String dublins = start(cycleId, DUBLIN, this.fixtures.city("dublin"));
		this.mvc
			.perform(put("/api/applications/{id}", dublins).with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content(write(this.fixtures.completeJson())))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/applications/{id}/submit", dublins).with(CORK)).andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.multipart("/api/applications/{id}/attachments", dublins)
				.file(new org.springframework.mock.web.MockMultipartFile("file", "x.pdf", "application/pdf",
						ApplicationFixtures.PDF))
				.with(CORK))
			.andExpect(status().isNotFound());
		assertThat(read(dublins, DUBLIN).get("narratives").isEmpty()).isTrue();
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		this.mvc.perform(get("/api/applications/{id}", "999999999").with(STAFF)).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/applications/{id}", "abc").with(STAFF)).andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/applications/{id}", "999999999").with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/api/applications/{id}/submit", "999999999").with(CORK))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/cycles/{id}/applications", "999999999").with(CORK)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/applications").param("cycle", "999999999").with(STAFF))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymousCallsAreUnauthorized() throws Exception {
		String id = startCork();
		this.mvc.perform(get("/api/applications/{id}", id)).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/applications").param("cycle", "1")).andExpect(status().isUnauthorized());
	}

	@Test
	void theMissingPartsCanBeAskedForBeforeSubmitting() throws Exception {
		String id = startCork();
		this.mvc.perform(get("/api/applications/{id}/missing", id).with(CORK))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(20))
			.andExpect(jsonPath("$[*].field").value(hasItems("consent", "endorsement")));
	}

}
