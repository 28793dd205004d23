package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.workflow.CompletionRetries;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Experts of one panel submit their scores through {@code POST /api/tasks/{id}/complete}
 * at the same moment: the completions collide in the engine (and in the database), the
 * inbox tries them again, and none fails or loses a score; once the asynchronous
 * continuations have run, the panel's agreement is decided exactly once and the process
 * ends without an incident. Run on H2 ({@link SimultaneousSubmissionsTests}) and on
 * PostgreSQL ({@link SimultaneousSubmissionsIntegrationTests}).
 */
abstract class SimultaneousSubmissionsTestSupport {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	HistoryService history;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MeterRegistry meters;

	ReviewScenario scenario;

	@AfterEach
	void cleanUp() {
		if (this.scenario != null) {
			this.scenario.cleanUp();
		}
	}

	@Test
	void threeExpertsSubmittingInTheSameSecondAllSucceedAndLoseNoScore() throws Exception {
		submitTogether(List.of("expert-01", "expert-02", "expert-03"));
	}

	@Test
	void fiveExpertsSubmittingInTheSameSecondAllSucceedAndLoseNoScore() throws Exception {
		submitTogether(List.of("expert-01", "expert-02", "expert-03", "expert-05", "expert-06"));
	}

	@Test
	void anExpertsDoubleSubmitInTheSameSecondStoresTheScoresOnceAndAnswersTheSecondWithAConflict() throws Exception {
		this.scenario = ReviewScenario.in(this.context).start("Double submit");
		assertThat(complete("expert-01", this.scenario.taskOf("expert-01", ReviewProcess.TASK_ANSWER_INVITATION),
				Map.of("accept", true))
			.getStatus()).isEqualTo(200);
		this.scenario.runAsyncContinuations();
		String task = this.scenario.taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		Map<String, Object> body = Map.of("scores", this.scenario.allScores(4));

		CountDownLatch ready = new CountDownLatch(2);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try {
			List<Future<MockHttpServletResponse>> submissions = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				submissions.add(pool.submit(() -> {
					ready.countDown();
					go.await(10, TimeUnit.SECONDS);
					return complete("expert-01", task, body);
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<MockHttpServletResponse> submission : submissions) {
				responses.add(submission.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(responses).extracting(MockHttpServletResponse::getStatus).containsExactlyInAnyOrder(200, 409);
		assertThat(this.jdbc
			.sql("select count(*) from review r join review_score s on s.review_id = r.id "
					+ "where r.nomination_id = ? and r.username = 'expert-01' and s.round = 1")
			.param(this.scenario.nomination)
			.query(Integer.class)
			.single()).isEqualTo(this.scenario.expertMeasurements().size());
		assertThat(this.history.createHistoricTaskInstanceQuery().taskId(task).finished().count()).isEqualTo(1);
	}

	/** The panel submits at once; expert-04 is the scenario's reserve. */
	private void submitTogether(List<String> panel) throws Exception {
		int experts = panel.size();
		this.scenario = ReviewScenario.in(this.context)
			.panel(String.join(",", panel))
			.start("Simultaneous submissions");
		Map<String, String> scoring = new LinkedHashMap<>();
		for (String expert : panel) {
			MockHttpServletResponse accepted = complete(expert,
					this.scenario.taskOf(expert, ReviewProcess.TASK_ANSWER_INVITATION), Map.of("accept", true));
			assertThat(accepted.getStatus()).as(accepted.getContentAsString()).isEqualTo(200);
			this.scenario.runAsyncContinuations();
			scoring.put(expert, this.scenario.taskOf(expert, ReviewProcess.TASK_SCORE_REPORT));
		}
		assertThat(scoring.values()).doesNotContainNull();
		double retriesBefore = retries();

		CountDownLatch ready = new CountDownLatch(experts);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(experts);
		List<MockHttpServletResponse> responses = new ArrayList<>();
		try {
			List<Future<MockHttpServletResponse>> submissions = new ArrayList<>();
			for (String expert : panel) {
				Map<String, Object> body = Map.of("scores", this.scenario.allScores(score(expert)), "comment",
						"Submitted at once.");
				submissions.add(pool.submit(() -> {
					ready.countDown();
					go.await(10, TimeUnit.SECONDS);
					return complete(expert, scoring.get(expert), body);
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			for (Future<MockHttpServletResponse> submission : submissions) {
				responses.add(submission.get(60, TimeUnit.SECONDS));
			}
		}
		finally {
			pool.shutdownNow();
		}

		for (MockHttpServletResponse response : responses) {
			assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
			assertThat(response.getContentAsString()).contains("\"status\":\"SUBMITTED\"");
		}
		int measurements = this.scenario.expertMeasurements().size();
		Map<String, Integer> stored = this.jdbc
			.sql("select r.username, count(*) from review r join review_score s on s.review_id = r.id "
					+ "where r.nomination_id = ? and s.round = 1 group by r.username")
			.param(this.scenario.nomination)
			.query((rs, row) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		assertThat(stored).hasSize(experts).allSatisfy((expert, count) -> assertThat(count).isEqualTo(measurements));
		for (String expert : panel) {
			assertThat(this.jdbc
				.sql("select distinct s.score from review r join review_score s on s.review_id = r.id "
						+ "where r.nomination_id = ? and r.username = ? and s.round = 1")
				.params(this.scenario.nomination, expert)
				.query(Integer.class)
				.list()).as(expert).containsExactly(score(expert));
		}
		assertThat(this.jdbc.sql("select count(*) from review where nomination_id = ? and status = 'SUBMITTED'")
			.param(this.scenario.nomination)
			.query(Integer.class)
			.single()).isEqualTo(experts);

		this.scenario.runAsyncContinuations();
		assertThat(this.history.createHistoricActivityInstanceQuery()
			.processInstanceId(this.scenario.processInstance)
			.activityId(ReviewProcess.TASK_DECIDE_AGREEMENT)
			.count()).isEqualTo(1);
		HistoricProcessInstance process = this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(this.scenario.processInstance)
			.singleResult();
		assertThat(process.getEndActivityId()).isEqualTo(ReviewProcess.END_RESULT_FINAL);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(this.scenario.processInstance).count())
			.isZero();
		assertThat(this.management.createJobQuery()
			.processInstanceId(this.scenario.processInstance)
			.withException()
			.count()).isZero();
		System.out.printf("%d simultaneous submissions: all stored, %.0f completion(s) tried again%n", experts,
				retries() - retriesBefore);
	}

	/**
	 * Scores within the divergence threshold, different per expert so each is traceable.
	 */
	private static int score(String expert) {
		return 3 + (Integer.parseInt(expert.substring(expert.length() - 1)) % 2);
	}

	private double retries() {
		return this.meters.find(CompletionRetries.RETRIES_METRIC).counters().stream().mapToDouble(c -> c.count()).sum();
	}

	private MockHttpServletResponse complete(String expert, String task, Object body) throws Exception {
		return this.mvc
			.perform(post("/api/tasks/" + task + "/complete").with(httpBasic(expert, "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(body)))
			.andReturn()
			.getResponse();
	}

}
