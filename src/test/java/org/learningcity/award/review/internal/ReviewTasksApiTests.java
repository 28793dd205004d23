package org.learningcity.award.review.internal;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningcity.award.catalog.Measurement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The experts' review tasks through {@code /api/tasks}: the invitation, the scoring with
 * its measurements, rubric and the city's narratives, drafts, submission and bad input.
 * The panel is stored by plain JDBC and the review process started as
 * {@link ReviewProcessTest} does.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReviewTasksApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	UserDetailsService users;

	ReviewScenario scenario;

	long cycle;

	long nomination;

	String processInstance;

	@BeforeEach
	void setUp() {
		this.scenario = ReviewScenario.in(this.context).start("Review tasks API test");
		this.cycle = this.scenario.cycle;
		this.nomination = this.scenario.nomination;
		this.processInstance = this.scenario.processInstance;
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void anExpertAcceptsDraftsReadsTheDraftBackAndSubmits() throws Exception {
		String invitation = taskOf("expert-01", ReviewProcess.TASK_ANSWER_INVITATION);
		this.mvc.perform(get("/api/tasks").with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + invitation + "')].type").value("REVIEW_INVITATION"));

		complete("expert-01", invitation, Map.of("accept", true, "conflictOfInterest", false))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ACCEPTED"));
		this.reviewsOfOthersExist();

		String scoring = taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		String code = this.scenario.expertMeasurements().get(0).code().value();
		JsonNode task = read(this.mvc.perform(get("/api/tasks/" + scoring).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("SCORE_REPORT"))
			.andExpect(jsonPath("$.details.cityName").value("Cork"))
			.andExpect(jsonPath("$.details.measurements.length()").value(18))
			.andExpect(jsonPath("$.details.measurements[0].code").value(code))
			.andExpect(jsonPath("$.details.measurements[0].definition").isNotEmpty())
			.andExpect(jsonPath("$.details.measurements[0].rubric.length()").value(5))
			.andExpect(jsonPath("$.details.measurements[0].narrative").value("Cork's evidence for " + code)));
		String body = task.toString();
		assertThat(body).doesNotContain("expert-02", "expert-03", "Jean-Pierre", "Ana L");

		Map<String, Object> draft = Map.of("scores", Map.of(code, Map.of("score", 4, "justification", "Strong.")));
		draft("expert-01", scoring, draft).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DRAFTED"));
		this.mvc.perform(get("/api/tasks/" + scoring).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.review.scores['" + code + "'].score").value("4"))
			.andExpect(jsonPath("$.details.review.scores['" + code + "'].justification").value("Strong."));

		complete("expert-01", scoring, Map.of("scores", this.scenario.allScores(4), "comment", "Well documented."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
		complete("expert-01", scoring, Map.of("scores", this.scenario.allScores(4))).andExpect(status().isConflict());
	}

	@ParameterizedTest
	@ValueSource(strings = { "0", "6", "2.5", "\"good\"" })
	void aBadScoreIsRefusedNamingItsField(String score) throws Exception {
		String scoring = acceptedScoring("expert-01");
		String code = this.scenario.expertMeasurements().get(0).code().value();
		Map<String, Object> scores = this.scenario.allScores(4);
		scores.put(code, Map.of("score", this.json.readTree(score), "justification", "Because."));
		complete("expert-01", scoring, Map.of("scores", scores)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + code + ".score')]").exists());
	}

	@Test
	void aMissingJustificationOrMeasurementIsRefusedNamingItsField() throws Exception {
		String scoring = acceptedScoring("expert-01");
		List<Measurement> measurements = this.scenario.expertMeasurements();
		String first = measurements.get(0).code().value();
		String last = measurements.get(measurements.size() - 1).code().value();
		Map<String, Object> scores = this.scenario.allScores(3);
		scores.put(first, Map.of("score", 3));
		scores.remove(last);
		complete("expert-01", scoring, Map.of("scores", scores)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + first + ".justification')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + last + ".score')]").exists());
	}

	@Test
	void declaringWithoutAReasonIsRefusedAndWithOneBringsInTheReserve() throws Exception {
		String invitation = taskOf("expert-02", ReviewProcess.TASK_ANSWER_INVITATION);
		complete("expert-02", invitation, Map.of("accept", false)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		complete("expert-02", invitation,
				Map.of("accept", false, "conflictOfInterest", true, "reason", "I know the mayor."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conflictDeclared").value(true));
		complete("expert-02", invitation, Map.of("accept", true)).andExpect(status().isConflict());
		assertThat(taskOf("expert-04", ReviewProcess.TASK_ANSWER_INVITATION)).isNotNull();
	}

	@Test
	void anotherExpertsTaskIsNotFound() throws Exception {
		String scoring = acceptedScoring("expert-01");
		this.mvc.perform(get("/api/tasks/" + scoring).with(httpBasic("expert-02", "demo")))
			.andExpect(status().isNotFound());
		draft("expert-02", scoring, Map.of("scores", this.scenario.allScores(1))).andExpect(status().isNotFound());
		complete("expert-02", scoring, Map.of("scores", this.scenario.allScores(1))).andExpect(status().isNotFound());
	}

	@Test
	void theExpertAcceptsOnThePageDraftsKeepsWhatWasTypedAndSubmitsThenSeesItReadOnly() throws Exception {
		String invitation = taskOf("expert-01", ReviewProcess.TASK_ANSWER_INVITATION);
		this.mvc.perform(get("/tasks/" + invitation).with(as("expert-01")))
			.andExpect(redirectedUrl("/review/tasks/" + invitation));
		this.mvc.perform(get("/review/tasks/" + invitation).with(as("expert-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"conflictOfInterest\"")));
		this.mvc
			.perform(post("/review/tasks/" + invitation + "/answer").with(as("expert-01"))
				.with(csrf())
				.param("answer", "decline"))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/review/tasks/" + invitation + "/answer").with(as("expert-01"))
				.with(csrf())
				.param("answer", "accept"))
			.andExpect(redirectedUrl("/tasks"));
		this.scenario.runAsyncContinuations();

		String scoring = taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		List<Measurement> measurements = this.scenario.expertMeasurements();
		String code = measurements.get(0).code().value();
		this.mvc.perform(get("/review/tasks/" + scoring).with(as("expert-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<details>")))
			.andExpect(content().string(containsString("Cork&#39;s evidence for " + code)))
			.andExpect(content().string(containsString("Excellent")));
		this.mvc
			.perform(post("/review/tasks/" + scoring + "/scores").with(as("expert-01"))
				.with(csrf())
				.param("action", "draft")
				.param("score." + code, "7")
				.param("justification." + code, "Kept as typed."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Kept as typed.")))
			.andExpect(content().string(containsString("field-error")));
		this.mvc
			.perform(post("/review/tasks/" + scoring + "/scores").with(as("expert-01"))
				.with(csrf())
				.param("action", "draft")
				.param("score." + code, "3")
				.param("justification." + code, "A fair start."))
			.andExpect(redirectedUrl("/review/tasks/" + scoring));
		this.mvc.perform(get("/review/tasks/" + scoring).with(as("expert-01")))
			.andExpect(content().string(containsString("A fair start.")));

		var submit = post("/review/tasks/" + scoring + "/scores").with(as("expert-01"))
			.with(csrf())
			.param("action", "submit");
		for (Measurement m : measurements) {
			submit.param("score." + m.code().value(), "4").param("justification." + m.code().value(), "Shown.");
		}
		this.mvc.perform(submit).andExpect(redirectedUrl("/review/nominations/" + this.nomination + "/mine"));
		this.mvc.perform(get("/review/nominations/" + this.nomination + "/mine").with(as("expert-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("<textarea"))));
		this.mvc.perform(get("/review/nominations/" + this.nomination + "/mine").with(as("expert-02")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/review/tasks/" + scoring).with(as("expert-01"))).andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private void reviewsOfOthersExist() throws Exception {
		complete("expert-02", taskOf("expert-02", ReviewProcess.TASK_ANSWER_INVITATION), Map.of("accept", true))
			.andExpect(status().isOk());
		String scoring = taskOf("expert-02", ReviewProcess.TASK_SCORE_REPORT);
		draft("expert-02", scoring, Map.of("scores", this.scenario.allScores(2))).andExpect(status().isOk());
	}

	private String acceptedScoring(String expert) throws Exception {
		complete(expert, taskOf(expert, ReviewProcess.TASK_ANSWER_INVITATION), Map.of("accept", true))
			.andExpect(status().isOk());
		return taskOf(expert, ReviewProcess.TASK_SCORE_REPORT);
	}

	private ResultActions draft(String expert, String task, Object body) throws Exception {
		return this.mvc.perform(post("/api/tasks/" + task + "/draft").with(httpBasic(expert, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

	private ResultActions complete(String expert, String task, Object body) throws Exception {
		ResultActions result = this.mvc.perform(post("/api/tasks/" + task + "/complete").with(httpBasic(expert, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
		this.scenario.runAsyncContinuations();
		return result;
	}

	private JsonNode read(ResultActions result) throws Exception {
		return this.json.readTree(result.andReturn().getResponse().getContentAsString());
	}

	private String taskOf(String expert, String key) {
		return this.scenario.taskOf(expert, key);
	}

}
