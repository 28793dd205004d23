package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How many SQL statements an expert's requests cost (the benchmark's review phase:
 * accept, open the scoring, save a draft, submit, and the task page), counted by the
 * database itself (H2's query statistics: every statement, whoever sends it — Hibernate,
 * Camunda's MyBatis, plain JDBC) and by Hibernate's statistics. Prints the figures; pins
 * only what must not come back: the review row read again and again in one transaction,
 * and a task looked up by id through the engine's task query.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReviewRequestStatementsTests {

	@Autowired
	ApplicationContext context;

	/** Hibernate's select of a review row by its nomination and username. */
	private static final Pattern REVIEW_ROW = Pattern.compile("(?is)select .* from review r\\d*_\\d* where .*username");

	/** The engine's task query (ACT_RU_TASK read with its many optional joins). */
	private static final Pattern TASK_QUERY = Pattern
		.compile("(?is)^\\s*select\\s+distinct\\s+RES\\.\\S+.*from\\s+ACT_RU_TASK\\s+RES\\b");

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	EntityManagerFactory entityManagers;

	ReviewScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = ReviewScenario.in(this.context).start("Review statements test");
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("set query_statistics false").update();
		this.scenario.cleanUp();
	}

	@Test
	void anExpertsRequestsReadTheReviewRowOnceAndTheTaskByItsId() throws Exception {
		RequestPostProcessor expert = user(this.users.loadUserByUsername("expert-01"));
		String invitation = this.scenario.taskOf("expert-01", ReviewProcess.TASK_ANSWER_INVITATION);

		Counted accept = count("accept (POST /api/tasks/{id}/complete)",
				post("/api/tasks/" + invitation + "/complete").with(expert)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"accept\":true}"));
		String scoring = this.scenario.taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);
		Counted open = count("open the scoring (GET /api/tasks/{id})", get("/api/tasks/" + scoring).with(expert));
		String code = this.scenario.expertMeasurements().get(0).code().value();
		Counted draft = count("draft (POST /api/tasks/{id}/draft)",
				post("/api/tasks/" + scoring + "/draft").with(expert)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(
							Map.of("scores", Map.of(code, Map.of("score", 4, "justification", "Strong."))))));
		Counted page = count("task page (GET /review/tasks/{id})", get("/review/tasks/" + scoring).with(expert));
		Counted inbox = count("inbox page (GET /tasks)", get("/tasks").with(expert));
		Counted submit = count("submit (POST /api/tasks/{id}/complete)",
				post("/api/tasks/" + scoring + "/complete").with(expert)
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(this.json.writeValueAsString(Map.of("scores", this.scenario.allScores(4)))));

		List.of(accept, open, draft, page, inbox, submit).forEach(Counted::print);
		assertThat(accept.matching(REVIEW_ROW)).as("selects of the review row while accepting").isEqualTo(1);
		assertThat(submit.matching(REVIEW_ROW)).as("selects of the review row while submitting").isEqualTo(1);
		for (Counted request : List.of(accept, open, draft, page, submit)) {
			assertThat(request.matching(TASK_QUERY)).as("task queries of " + request.name).isZero();
		}
	}

	/** Runs the request (expecting 2xx) and counts the statements it sent. */
	private Counted count(String name, RequestBuilder request) throws Exception {
		Statistics hibernate = this.entityManagers.unwrap(SessionFactory.class).getStatistics();
		this.jdbc.sql("set query_statistics false").update();
		this.jdbc.sql("set query_statistics_max_entries 1000").update();
		this.jdbc.sql("set query_statistics true").update();
		hibernate.clear();
		hibernate.setStatisticsEnabled(true);
		try {
			this.mvc.perform(request).andExpect(status().is2xxSuccessful());
		}
		finally {
			hibernate.setStatisticsEnabled(false);
		}
		Map<String, Integer> statements = new LinkedHashMap<>();
		this.jdbc.sql("select sql_statement, execution_count from information_schema.query_statistics")
			.query((rs, n) -> statements.put(rs.getString(1), rs.getInt(2)))
			.list();
		this.jdbc.sql("set query_statistics false").update();
		statements.keySet().removeIf((sql) -> sql.toLowerCase(java.util.Locale.ROOT).contains("query_statistics"));
		return new Counted(name, statements, hibernate.getPrepareStatementCount(), hibernate.getQueryExecutionCount(),
				hibernate.getFlushCount());
	}

	/** The statements of one request. */
	record Counted(String name, Map<String, Integer> statements, long hibernateStatements, long hibernateQueries,
			long hibernateFlushes) {

		int total() {
			return this.statements.values().stream().mapToInt(Integer::intValue).sum();
		}

		int matching(Pattern pattern) {
			return this.statements.entrySet()
				.stream()
				.filter((e) -> pattern.matcher(e.getKey()).find())
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

		void print() {
			System.out.printf(
					"%n[statements] %s: %d in all (engine ACT_*: %d, review row: %d, task query: %d); "
							+ "Hibernate: %d statements, %d queries, %d flushes%n",
					this.name, total(), matching(Pattern.compile("(?i)\\bACT_")), matching(REVIEW_ROW),
					matching(TASK_QUERY), this.hibernateStatements, this.hibernateQueries, this.hibernateFlushes);
			this.statements.forEach((sql, times) -> System.out.printf("[statements]   %3d x %s%n", times, sql
				.replaceAll("\\s+", " ")
				.substring(0,
						Math.min(Integer.getInteger("statements.width", 170), sql.replaceAll("\\s+", " ").length()))));
		}

	}

}
