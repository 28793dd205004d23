package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * One expert with 2,000 open tasks: the inbox lists them all with their city, counts them
 * per type and overdue, sorts them by due date (either way, or by city), filters by type
 * and overdue, and pages. The tasks belong to a small process of this test (scoring and
 * moderation tasks with varied due dates), deployed and removed by it. No timing is
 * asserted; the time of a full inbox is printed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ManyTasksInboxTests {

	static final int TASKS = 2000;

	static final String EXPERT = "expert-20";

	static final String PROCESS = "InboxLoadTest";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Clock clock;

	@Autowired
	UserDetailsService users;

	String deployment;

	InboxView.Counts before;

	int overdue;

	long cityId;

	@BeforeAll
	void manyTasks() throws Exception {
		this.before = counts();
		BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS)
			.name("Inbox load test")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.exclusiveGateway("Gateway_Kind")
			.condition("moderate", "${kind == 'moderate'}")
			.userTask("Task_ModerateScores")
			.name("Moderate")
			.camundaAssignee("${expert}")
			.camundaDueDate("${due}")
			.endEvent()
			.moveToLastGateway()
			.condition("score", "${kind != 'moderate'}")
			.userTask("Task_ScoreReport")
			.name("Score")
			.camundaAssignee("${expert}")
			.camundaDueDate("${due}")
			.endEvent()
			.done();
		this.deployment = this.repository.createDeployment()
			.addModelInstance(PROCESS + ".bpmn", model)
			.name(PROCESS)
			.deploy()
			.getId();
		this.cityId = this.jdbc.sql("select id from city where slug = 'cork'").query(Long.class).single();
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		long started = System.nanoTime();
		for (int from = 0; from < TASKS; from += 250) {
			int first = from;
			this.transactions.executeWithoutResult((status) -> {
				for (int i = first; i < Math.min(TASKS, first + 250); i++) {
					// due from 10 days ago to 89 days ahead; every fourth task a
					// moderation
					Instant due = now.plus(daysLeft(i), ChronoUnit.DAYS).plusSeconds(i);
					this.runtime.startProcessInstanceByKey(PROCESS, Map.of("expert", EXPERT, "due", Date.from(due),
							"kind", (i % 4 == 0) ? "moderate" : "score", "cityId", this.cityId));
				}
			});
		}
		for (int i = 0; i < TASKS; i++) {
			if (daysLeft(i) < 0) {
				this.overdue++;
			}
		}
		System.out.printf("Started %d tasks for %s in %d ms%n", TASKS, EXPERT,
				(System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * From 10 days overdue to 90 days ahead, never due today (so the test's own time
	 * never makes one overdue).
	 */
	private static int daysLeft(int i) {
		int days = (i % 100) - 10;
		return (days >= 0) ? days + 1 : days;
	}

	@AfterAll
	void removeTasks() {
		this.repository.deleteDeployment(this.deployment, true, true);
	}

	@Test
	void theInboxListsEveryTaskWithItsCityTheMostUrgentFirst() throws Exception {
		long started = System.nanoTime();
		MockHttpServletResponse response = this.mvc.perform(get("/api/tasks").with(httpBasic(EXPERT, "demo")))
			.andReturn()
			.getResponse();
		System.out.printf("Inbox of %d tasks answered in %d ms%n", TASKS, (System.nanoTime() - started) / 1_000_000);
		assertThat(response.getStatus()).isEqualTo(200);
		JsonNode tasks = this.json.readTree(response.getContentAsString());
		assertThat(tasks.size()).isEqualTo(this.before.total() + TASKS);
		assertThat(response.getHeader("X-Total-Count")).isEqualTo(Integer.toString(this.before.total() + TASKS));
		assertThat(dues(tasks)).isSorted();
		List<JsonNode> mine = new ArrayList<>();
		tasks.forEach(t -> {
			if (t.path("type").asText().matches("SCORE_REPORT|MODERATE_SCORES") && t.path("cityName").isTextual()) {
				mine.add(t);
			}
		});
		assertThat(mine).hasSizeGreaterThanOrEqualTo(TASKS).allSatisfy((t) -> {
			assertThat(t.path("cityName").asText()).isEqualTo("Cork");
			assertThat(t.path("link").asText()).isNotBlank();
		});
		long overdueShown = 0;
		for (JsonNode t : tasks) {
			if (t.path("overdue").asBoolean()) {
				overdueShown++;
			}
		}
		assertThat(overdueShown).isEqualTo(this.before.overdue() + this.overdue);
	}

	@Test
	void theCountsArePerTypeAndOverdue() throws Exception {
		InboxView.Counts counts = counts();
		assertThat(counts.total()).isEqualTo(this.before.total() + TASKS);
		assertThat(counts.overdue()).isEqualTo(this.before.overdue() + this.overdue);
		assertThat(counts.byType().get("MODERATE_SCORES"))
			.isEqualTo(this.before.byType().getOrDefault("MODERATE_SCORES", 0) + TASKS / 4);
		assertThat(counts.byType().get("SCORE_REPORT"))
			.isEqualTo(this.before.byType().getOrDefault("SCORE_REPORT", 0) + TASKS * 3 / 4);
	}

	@Test
	void aFilterByTypeOrOverdueShowsOnlyThoseAndASortCanBeReversed() throws Exception {
		JsonNode moderations = read("/api/tasks?type=MODERATE_SCORES&sort=-due");
		assertThat(moderations.size()).isEqualTo(this.before.byType().getOrDefault("MODERATE_SCORES", 0) + TASKS / 4);
		moderations.forEach(t -> assertThat(t.path("type").asText()).isEqualTo("MODERATE_SCORES"));
		List<Instant> dues = dues(moderations);
		assertThat(dues).isSortedAccordingTo(java.util.Comparator.reverseOrder());

		JsonNode overdue = read("/api/tasks?overdue=true");
		assertThat(overdue.size()).isEqualTo(this.before.overdue() + this.overdue);
		overdue.forEach(t -> assertThat(t.path("overdue").asBoolean()).isTrue());

		JsonNode byCity = read("/api/tasks?sort=city");
		assertThat(byCity.size()).isEqualTo(this.before.total() + TASKS);

		assertThat(this.mvc.perform(get("/api/tasks?sort=priority").with(httpBasic(EXPERT, "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

	@Test
	void aPageHoldsItsSizeInTheInboxOrderWithTheTotalAndTheCounts() throws Exception {
		JsonNode all = read("/api/tasks");
		JsonNode second = read("/api/tasks?page=1&size=25");
		assertThat(second.path("page").asInt()).isEqualTo(1);
		assertThat(second.path("size").asInt()).isEqualTo(25);
		assertThat(second.path("total").asInt()).isEqualTo(this.before.total() + TASKS);
		assertThat(second.path("counts").path("total").asInt()).isEqualTo(this.before.total() + TASKS);
		assertThat(second.path("tasks").size()).isEqualTo(25);
		for (int i = 0; i < 25; i++) {
			assertThat(second.path("tasks").get(i).path("id").asText()).isEqualTo(all.get(25 + i).path("id").asText());
		}
		assertThat(this.mvc.perform(get("/api/tasks?size=0").with(httpBasic(EXPERT, "demo")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(422);
	}

	@Test
	void theInboxPageShowsTheCountsAndTheCity() throws Exception {
		String page = this.mvc
			.perform(get("/tasks?type=MODERATE_SCORES").with(user(this.users.loadUserByUsername(EXPERT))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Cork")
			.contains("All (" + english(this.before.total() + TASKS) + ")")
			.contains("Overdue (" + english(this.before.overdue() + this.overdue) + ")")
			.contains("class=\"overdue\"");
	}

	private static String english(int number) {
		return java.text.NumberFormat.getIntegerInstance(java.util.Locale.ENGLISH).format(number);
	}

	private InboxView.Counts counts() throws Exception {
		return this.json.treeToValue(read("/api/tasks/counts"), InboxView.Counts.class);
	}

	private JsonNode read(String path) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(path).with(httpBasic(EXPERT, "demo")))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
		return this.json.readTree(response.getContentAsString());
	}

	private static List<Instant> dues(JsonNode tasks) {
		List<Instant> dues = new ArrayList<>();
		tasks.forEach(t -> {
			if (t.hasNonNull("due")) {
				dues.add(Instant.parse(t.path("due").asText()));
			}
		});
		return dues;
	}

}
