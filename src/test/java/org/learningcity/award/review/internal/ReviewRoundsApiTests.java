package org.learningcity.award.review.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
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
 * The later rounds through {@code /api/tasks} and their pages: the moderation round shows
 * the panel's anonymised first-round entries of the divergent measurements only, drafts
 * and checks each field; staff resolve what stays divergent with a rationale, and the
 * result uses their score as the consensus and keeps every round.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReviewRoundsApiTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Reviews reviews;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.camunda.bpm.engine.HistoryService history;

	@Autowired
	AgreementService agreement;

	ReviewScenario scenario;

	long nomination;

	String divergentCode;

	@BeforeEach
	void setUp() {
		this.scenario = ReviewScenario.in(this.context).start("Review rounds API test");
		this.nomination = this.scenario.nomination;
		this.divergentCode = this.scenario.expertMeasurements().get(0).code().value();
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void beforeModerationAnExpertSeesNoOtherPanelMemberAndNoOtherScores() throws Exception {
		for (String expert : ReviewScenario.EXPERTS.split(",")) {
			this.reviews.accept(this.nomination, expert);
		}
		this.reviews.submit(this.nomination, "expert-02", allScores(4, 4));
		String scoring = this.scenario.taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		String body = this.mvc.perform(get("/api/tasks/" + scoring).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("expert-02", "expert-03", "Expert A", "divergent");
		this.mvc.perform(get("/review/tasks/" + scoring).with(as("expert-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("expert-02"))))
			.andExpect(content().string(not(containsString("expert-03"))));
	}

	@Test
	void theModerationShowsTheDivergentMeasurementsAnonymisedAndChecksEachField() throws Exception {
		moderationRound();
		String moderation = this.scenario.taskOf("expert-01", ReviewProcess.TASK_MODERATE_SCORES);
		String other = this.scenario.expertMeasurements().get(1).code().value();
		String body = this.mvc.perform(get("/api/tasks/" + moderation).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("MODERATE_SCORES"))
			.andExpect(jsonPath("$.details.divergent", hasSize(1)))
			.andExpect(jsonPath("$.details.divergent[0].measurement.code").value(this.divergentCode))
			.andExpect(jsonPath("$.details.divergent[0].measurement.rubric.length()").value(5))
			.andExpect(jsonPath("$.details.divergent[0].measurement.narrative").isNotEmpty())
			.andExpect(jsonPath("$.details.divergent[0].rounds", hasSize(1)))
			.andExpect(jsonPath("$.details.divergent[0].rounds[0].entries", hasSize(3)))
			.andExpect(jsonPath("$.details.divergent[0].rounds[0].entries[0].expert").value("Expert A"))
			.andExpect(jsonPath("$.details.divergent[0].rounds[0].entries[?(@.mine == true)]", hasSize(1)))
			.andExpect(jsonPath("$.details.divergent[0].rounds[0].entries[?(@.mine == true)].score").value(4))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).doesNotContain("expert-02", "expert-03");

		call("draft", "expert-01", moderation,
				Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3)), "comment", "Thinking."))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/tasks/" + moderation).with(httpBasic("expert-01", "demo")))
			.andExpect(jsonPath("$.details.draft['" + this.divergentCode + "'].score").value("3"))
			.andExpect(jsonPath("$.details.comment").value("Thinking."));
		call("draft", "expert-01", moderation, Map.of("scores", Map.of(this.divergentCode, Map.of("score", 9))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("scores." + this.divergentCode + ".score"));

		call("complete", "expert-01", moderation, Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + this.divergentCode + ".justification')]").exists());
		call("complete", "expert-01", moderation, Map.of("scores", Map.of()))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + this.divergentCode + ".score')]").exists());
		call("complete", "expert-01", moderation,
				Map.of("scores",
						Map.of(this.divergentCode, Map.of("score", 3, "justification", "Fair."), other,
								Map.of("score", 3, "justification", "Not asked."))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + other + "')]").exists());
		call("complete", "expert-02", moderation, Map.of()).andExpect(status().isNotFound());

		call("complete", "expert-01", moderation,
				Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3, "justification", "Fair.")), "comment",
						"Revised after reading the others."))
			.andExpect(status().isOk());
		call("complete", "expert-01", moderation,
				Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3, "justification", "Fair."))))
			.andExpect(status().isConflict());
	}

	@Test
	void theProcessRecordsEachRoundsDecisionAndEveryPageReadsItWithoutEvaluatingTheDecision() throws Exception {
		long before = decisionEvaluations();
		moderationRound();
		// one evaluation per distinct spread: 3 on the first measurement, 0 on the 17
		// others
		assertThat(decisionEvaluations() - before).isEqualTo(2);
		assertThat(recorded(1)).isEqualTo(this.divergentCode);
		String moderation = this.scenario.taskOf("expert-01", ReviewProcess.TASK_MODERATE_SCORES);

		long beforeReads = decisionEvaluations();
		this.mvc.perform(get("/api/tasks/" + moderation).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.divergent", hasSize(1)));
		this.mvc.perform(get("/review/tasks/" + moderation).with(as("expert-01"))).andExpect(status().isOk());
		call("draft", "expert-01", moderation, Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3))))
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/nominations/" + this.nomination + "/dossier").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("divergent")));
		assertThat(decisionEvaluations()).isEqualTo(beforeReads);

		// the pages show what the process decided, whatever the decision would say now
		String other = this.scenario.expertMeasurements().get(1).code().value();
		this.jdbc.sql("update review_round_decision set divergent_measurements = ? where nomination_id = ?")
			.params(this.divergentCode + "," + other, this.nomination)
			.update();
		this.mvc.perform(get("/api/tasks/" + moderation).with(httpBasic("expert-01", "demo")))
			.andExpect(jsonPath("$.details.divergent", hasSize(2)));

		// a decision taken again (a retried job) replaces the round's record
		this.agreement.decide(this.nomination, 1, 2);
		assertThat(recorded(1)).isEqualTo(this.divergentCode);
		assertThat(this.jdbc.sql("select count(*) from review_round_decision where nomination_id = ?")
			.param(this.nomination)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theModerationPageShowsTheAnonymisedPanelAndKeepsADraft() throws Exception {
		moderationRound();
		String moderation = this.scenario.taskOf("expert-01", ReviewProcess.TASK_MODERATE_SCORES);
		this.mvc.perform(get("/tasks/" + moderation).with(as("expert-01")))
			.andExpect(redirectedUrl("/review/tasks/" + moderation));
		this.mvc.perform(get("/review/tasks/" + moderation).with(as("expert-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Expert A")))
			.andExpect(content().string(containsString("(yours)")))
			.andExpect(content().string(containsString("Cork&#39;s evidence for " + this.divergentCode)))
			.andExpect(content().string(not(containsString("expert-02"))));
		this.mvc
			.perform(post("/review/tasks/" + moderation + "/moderation").with(as("expert-01"))
				.with(csrf())
				.param("action", "submit")
				.param("score." + this.divergentCode, "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		this.mvc
			.perform(post("/review/tasks/" + moderation + "/moderation").with(as("expert-01"))
				.with(csrf())
				.param("action", "draft")
				.param("score." + this.divergentCode, "3")
				.param("justification." + this.divergentCode, "Kept in the draft."))
			.andExpect(redirectedUrl("/review/tasks/" + moderation));
		this.mvc.perform(get("/review/tasks/" + moderation).with(as("expert-01")))
			.andExpect(content().string(containsString("Kept in the draft.")));
		this.mvc
			.perform(post("/review/tasks/" + moderation + "/moderation").with(as("expert-01"))
				.with(csrf())
				.param("action", "submit")
				.param("score." + this.divergentCode, "3")
				.param("justification." + this.divergentCode, "Kept in the draft."))
			.andExpect(redirectedUrl("/tasks"));
		this.mvc.perform(get("/review/tasks/" + moderation).with(as("expert-01"))).andExpect(status().isNotFound());
	}

	@Test
	void staffResolveALastingDivergenceAndTheResultUsesTheirScore() throws Exception {
		moderationRound();
		for (String expert : ReviewScenario.EXPERTS.split(",")) {
			String score = expert.equals("expert-03") ? "1" : "4";
			this.reviews.moderate(this.nomination, expert,
					Map.of(this.divergentCode, new ScoreInput(score, "I keep my score.")));
		}
		this.scenario.runAsyncContinuations();
		String resolve = this.taskService.createTaskQuery()
			.processInstanceId(this.scenario.processInstance)
			.taskDefinitionKey(ReviewProcess.TASK_RESOLVE_DIVERGENCE)
			.singleResult()
			.getId();

		this.mvc.perform(get("/api/tasks/" + resolve).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("RESOLVE_DIVERGENCE"))
			.andExpect(jsonPath("$.link").value("/review/staff-tasks/" + resolve))
			.andExpect(jsonPath("$.details.divergent", hasSize(1)))
			.andExpect(jsonPath("$.details.divergent[0].rounds", hasSize(2)))
			.andExpect(jsonPath("$.details.divergent[0].rounds[1].entries[0].justification").value("I keep my score."));
		this.mvc.perform(get("/review/staff-tasks/" + resolve).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Moderation round")))
			.andExpect(content().string(containsString("I keep my score.")))
			.andExpect(content().string(containsString("median")));
		this.mvc
			.perform(post("/review/staff-tasks/" + resolve + "/resolve").with(as("staff"))
				.with(csrf())
				.param("score." + this.divergentCode, "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		this.mvc.perform(get("/review/staff-tasks/" + resolve).with(as("expert-01"))).andExpect(status().isForbidden());

		call("complete", "staff", resolve, Map.of("scores", Map.of(this.divergentCode, Map.of("score", 7))))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'scores." + this.divergentCode + ".score')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'rationale')]").exists());
		call("complete", "expert-01", resolve, Map.of()).andExpect(status().isNotFound());
		call("complete", "staff", resolve,
				Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3, "justification", "Between the two.")),
						"rationale", "The evidence is partial."))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.resolvedBy").value("staff"))
			.andExpect(jsonPath("$.scores['" + this.divergentCode + "'].score").value(3));
		call("complete", "staff", resolve,
				Map.of("scores", Map.of(this.divergentCode, Map.of("score", 3)), "rationale", "Again."))
			.andExpect(status().isConflict());

		this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rounds").value(2))
			.andExpect(jsonPath("$.measurements['" + this.divergentCode + "'].consensus").value(3.0))
			.andExpect(jsonPath("$.resolved[0]").value(this.divergentCode))
			.andExpect(jsonPath("$.resolutions[0].rationale").value("The evidence is partial."))
			.andExpect(jsonPath("$.resolutions[0].resolvedBy").value("staff"))
			.andExpect(jsonPath("$.history", hasSize(2)))
			.andExpect(jsonPath("$.comments[?(@.expert == 'expert-01')].comment").value("Well documented."));
		this.mvc.perform(get("/nominations/" + this.nomination + "/result").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The evidence is partial.")))
			.andExpect(content().string(containsString("Resolved by staff")))
			.andExpect(content().string(containsString("Well documented.")));
	}

	@Test
	void staffExtendOrReassignAnOverdueReviewAndAReplacedExpertCannotScore() throws Exception {
		for (String expert : ReviewScenario.EXPERTS.split(",")) {
			this.reviews.accept(this.nomination, expert);
		}
		this.reviews.saveDraft(this.nomination, "expert-01", Map.of(this.divergentCode, ScoreInput.of(3, "Draft.")));
		String oldScoring = this.scenario.taskOf("expert-02", ReviewProcess.TASK_SCORE_REPORT);
		org.camunda.bpm.engine.impl.util.ClockUtil
			.setCurrentTime(java.util.Date.from(this.clock.instant().plus(java.time.Duration.ofDays(30))));
		this.management.createJobQuery()
			.processInstanceId(this.scenario.processInstance)
			.activityId(ReviewProcess.TIMER_REVIEW_DEADLINE)
			.list()
			.forEach((job) -> this.management.executeJob(job.getId()));
		List<Task> overdue = this.taskService.createTaskQuery()
			.processInstanceId(this.scenario.processInstance)
			.taskDefinitionKey(ReviewProcess.TASK_HANDLE_OVERDUE)
			.list();
		assertThat(overdue).hasSize(3);
		String first = overdue.stream()
			.filter((t) -> "expert-01".equals(this.taskService.getVariable(t.getId(), ReviewProcess.EXPERT)))
			.findFirst()
			.orElseThrow()
			.getId();
		String second = overdue.stream()
			.filter((t) -> "expert-02".equals(this.taskService.getVariable(t.getId(), ReviewProcess.EXPERT)))
			.findFirst()
			.orElseThrow()
			.getId();

		this.mvc.perform(get("/api/tasks/" + first).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("REVIEW_OVERDUE"))
			.andExpect(jsonPath("$.link").value("/review/staff-tasks/" + first))
			.andExpect(jsonPath("$.details.expert").value("expert-01"))
			.andExpect(jsonPath("$.details.scoresDrafted").value(1));
		this.mvc.perform(get("/review/staff-tasks/" + first).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expert-01")));
		call("complete", "staff", first, Map.of("action", "LATER")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("action"));
		call("complete", "staff", first, Map.of("action", "EXTEND", "extendBy", "-P1D"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("extendBy"));
		call("complete", "expert-01", first, Map.of("action", "EXTEND")).andExpect(status().isNotFound());
		call("complete", "staff", first, Map.of("action", "EXTEND", "extendBy", "P7D")).andExpect(status().isOk())
			.andExpect(jsonPath("$.action").value("EXTEND"));
		call("complete", "staff", first, Map.of("action", "EXTEND")).andExpect(status().isConflict());
		String extended = this.scenario.taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		this.mvc.perform(get("/api/tasks/" + extended).with(httpBasic("expert-01", "demo")))
			.andExpect(jsonPath("$.details.review.scores['" + this.divergentCode + "'].justification").value("Draft."));

		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/review/staff-tasks/" + second + "/overdue")
				.with(as("staff"))
				.with(csrf())
				.param("action", "REASSIGN"))
			.andExpect(redirectedUrl("/tasks"));
		this.scenario.runAsyncContinuations();
		assertThat(this.scenario.taskOf("expert-04", ReviewProcess.TASK_ANSWER_INVITATION)).isNotNull();
		call("complete", "expert-02", oldScoring, Map.of("scores", Map.of())).andExpect(status().isConflict());
		this.mvc.perform(get("/review/tasks/" + oldScoring).with(as("expert-02"))).andExpect(status().isNotFound());
	}

	@Test
	void staffExtendARunningReviewThroughTheApiAndThePage() throws Exception {
		this.reviews.accept(this.nomination, "expert-01");
		String url = "/api/nominations/" + this.nomination + "/reviews/expert-01/extend";
		java.time.Instant due = this.reviews.find(this.nomination, "expert-01").orElseThrow().dueAt();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("extendBy"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.with(httpBasic("expert-01", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"extendBy\": \"P7D\"}"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/nominations/" + this.nomination + "/reviews/expert-09/extend")
				.with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"extendBy\": \"P7D\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/api/nominations/" + this.nomination + "/reviews/expert-02/extend")
				.with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"extendBy\": \"P7D\"}"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url)
				.with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"extendBy\": \"P7D\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueAt").value(due.plus(java.time.Duration.ofDays(7)).toString()));
		this.mvc.perform(get("/review/nominations/" + this.nomination + "/deadlines").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expert-01")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/review/nominations/" + this.nomination + "/reviews/expert-01/extend")
				.with(as("staff"))
				.with(csrf())
				.param("extendBy", "P1D"))
			.andExpect(redirectedUrl("/review/nominations/" + this.nomination + "/deadlines"));
		assertThat(this.reviews.find(this.nomination, "expert-01").orElseThrow().dueAt())
			.isEqualTo(due.plus(java.time.Duration.ofDays(8)));
	}

	@Test
	void withNoReserveLeftStaffNameAnExpertThroughTheApiAndThePage() throws Exception {
		this.reviews.decline(this.nomination, "expert-02", "Busy.", false);
		this.reviews.decline(this.nomination, "expert-04", "Busy too.", false);
		String find = this.taskService.createTaskQuery()
			.processInstanceId(this.scenario.processInstance)
			.taskDefinitionKey(ReviewProcess.TASK_FIND_EXPERT)
			.singleResult()
			.getId();
		this.mvc.perform(get("/api/tasks").with(httpBasic("staff", "demo")))
			.andExpect(jsonPath("$[?(@.id == '" + find + "')].type").value("FIND_EXPERT"));
		this.mvc.perform(get("/api/tasks/" + find).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.details.replacing").value("expert-04"))
			.andExpect(jsonPath("$.link").value("/review/staff-tasks/" + find));
		this.mvc.perform(get("/review/staff-tasks/" + find).with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expert-04")));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/review/staff-tasks/" + find + "/expert")
				.with(as("staff"))
				.with(csrf())
				.param("expert", "expert-03"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("field-error")));
		call("complete", "staff", find, Map.of()).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("expert"));
		call("complete", "staff", find, Map.of("expert", "expert-02")).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("expert"));
		call("complete", "expert-01", find, Map.of("expert", "expert-09")).andExpect(status().isNotFound());
		call("complete", "staff", find, Map.of("expert", "expert-09")).andExpect(status().isOk())
			.andExpect(jsonPath("$.expert").value("expert-09"));
		call("complete", "staff", find, Map.of("expert", "expert-10")).andExpect(status().isConflict());
		assertThat(this.scenario.taskOf("expert-09", ReviewProcess.TASK_ANSWER_INVITATION)).isNotNull();
	}

	/**
	 * Every expert accepts and submits; expert-03 scores the first measurement 1, the
	 * others 4: only that measurement diverges.
	 */
	private void moderationRound() {
		for (String expert : ReviewScenario.EXPERTS.split(",")) {
			this.reviews.accept(this.nomination, expert);
		}
		this.reviews.submit(this.nomination, "expert-01", allScores(4, 4), "Well documented.");
		this.reviews.submit(this.nomination, "expert-02", allScores(4, 4));
		this.reviews.submit(this.nomination, "expert-03", allScores(1, 4));
		this.scenario.runAsyncContinuations();
		List<Task> moderation = this.taskService.createTaskQuery()
			.processInstanceId(this.scenario.processInstance)
			.taskDefinitionKey(ReviewProcess.TASK_MODERATE_SCORES)
			.list();
		assertThat(moderation).hasSize(3);
	}

	private long decisionEvaluations() {
		return this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(org.learningcity.award.consensus.PanelAgreement.DECISION_KEY)
			.count();
	}

	/** The divergent measurements the process recorded for the round. */
	private String recorded(int round) {
		return this.jdbc
			.sql("select divergent_measurements from review_round_decision where nomination_id = ? and round = ?")
			.params(this.nomination, round)
			.query(String.class)
			.single();
	}

	private Map<String, ScoreInput> allScores(int first, int rest) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		this.scenario.expertMeasurements()
			.forEach((m) -> scores.put(m.code().value(),
					ScoreInput.of(m.code().value().equals(this.divergentCode) ? first : rest, "The report shows it.")));
		return scores;
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	private ResultActions call(String what, String username, String task, Object body) throws Exception {
		ResultActions result = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/tasks/" + task + "/" + what)
			.with(httpBasic(username, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
		this.scenario.runAsyncContinuations();
		return result;
	}

}
