package org.learningcity.award.shortlist.internal;

import java.time.Clock;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.shortlist.Shortlists;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The ranking, the suggestion and the confirmation through the API, the task inbox and
 * the pages, on a cycle of seven nominations: Cork 5.0, Limerick 4.5, Dublin 4.0 (all
 * IE), Espoo 3.5 (FI), Ibadan 3.0 (NG, Africa), Aswan 2.5 (EG) and Giza (EG, review not
 * final); a shortlist of 3, at most 2 per country, minimum 3.0.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ShortlistApiTests {

	static final String RATIONALE = "The three best-scored nominations with Africa represented.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cycles cycles;

	@Autowired
	Network network;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	@Autowired
	Shortlists shortlists;

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	ShortlistFixture fixture;

	long cycle;

	long cork;

	long limerick;

	long dublin;

	long espoo;

	long ibadan;

	long aswan;

	long giza;

	String deployment;

	@BeforeEach
	void setUp() {
		this.fixture = new ShortlistFixture(this.jdbc, this.cycles, this.network, this.users, this.clock);
		this.cycle = this.fixture.cycle(3, 2, 3.0);
		this.cork = this.fixture.nomination(this.cycle, "cork", 5, 5, true);
		this.limerick = this.fixture.nomination(this.cycle, "limerick", 5, 4, true);
		this.dublin = this.fixture.nomination(this.cycle, "dublin", 4, 4, true);
		this.espoo = this.fixture.nomination(this.cycle, "espoo", 4, 3, true);
		this.ibadan = this.fixture.nomination(this.cycle, "ibadan", 3, 3, true);
		this.aswan = this.fixture.nomination(this.cycle, "aswan", 2, 3, true);
		this.giza = this.fixture.nomination(this.cycle, "giza", 5, 5, false);
	}

	@AfterEach
	void cleanUp() {
		if (this.deployment != null) {
			this.repository.deleteDeployment(this.deployment, true);
		}
		this.fixture.cleanUp();
	}

	@Test
	void theRankingListsTheReviewedNominationsBestFirstWithTheirScoresAndRegion() throws Exception {
		this.mvc.perform(get("/api/cycles/{id}/ranking", this.cycle).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(6)))
			.andExpect(jsonPath("$[0].nominationId").value(Long.toString(this.cork)))
			.andExpect(jsonPath("$[0].rank").value(1))
			.andExpect(jsonPath("$[0].overall").value(5.0))
			.andExpect(jsonPath("$[0].region").value("EUROPE_NORTH_AMERICA"))
			.andExpect(jsonPath("$[0].countryCode").value("IE"))
			.andExpect(jsonPath("$[0].cityName").value("Cork"))
			.andExpect(jsonPath("$[0].blocks").isMap())
			.andExpect(jsonPath("$[0].rounds").value(1))
			.andExpect(jsonPath("$[4].cityName").value("Ibadan"))
			.andExpect(jsonPath("$[4].region").value("AFRICA"))
			.andExpect(jsonPath("$[5].cityName").value("Aswan"));
	}

	@Test
	void equalScoresShareARankAndAreMarkedTied() {
		long limerickTwin = this.fixture.nomination(this.cycle, "swansea", 4, 5, true);

		var ranking = this.shortlists.ranking(this.cycle);

		var twins = ranking.stream()
			.filter(r -> r.nominationId() == this.limerick || r.nominationId() == limerickTwin)
			.toList();
		assertThat(twins).extracting(r -> r.rank()).containsOnly(2);
		assertThat(twins).allMatch(r -> r.tied());
		assertThat(twins).extracting(r -> r.cityName()).containsExactly("Limerick", "Swansea");
		assertThat(ranking.get(3).rank()).isEqualTo(4);
		assertThat(ranking.get(0).tied()).isFalse();
	}

	@Test
	void theSuggestionKeepsTheLimitsAndGivesEveryNominationItsReason() throws Exception {
		this.mvc.perform(get("/api/cycles/{id}/shortlist/suggestion", this.cycle).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationIds[0]").value(Long.toString(this.cork)))
			.andExpect(jsonPath("$.nominationIds[1]").value(Long.toString(this.limerick)))
			.andExpect(jsonPath("$.nominationIds[2]").value(Long.toString(this.ibadan)))
			.andExpect(jsonPath("$.entries", hasSize(6)))
			.andExpect(jsonPath("$.entries[2].included").value(false))
			.andExpect(jsonPath("$.entries[2].reason.code").value("shortlist.reason.out-country"))
			.andExpect(jsonPath("$.entries[2].reason.text")
				.value("Dublin out: city no. 3 of Ireland, limit 2 per country"))
			.andExpect(jsonPath("$.entries[3].reason.code").value("shortlist.reason.out-displaced"))
			.andExpect(jsonPath("$.entries[4].reason.code").value("shortlist.reason.in-region"))
			.andExpect(jsonPath("$.entries[4].reason.text").value(containsString("best of Africa")))
			.andExpect(jsonPath("$.entries[5].reason.code").value("shortlist.reason.out-minimum"))
			.andExpect(jsonPath("$.entries[0].reason.code").value("shortlist.reason.in-score"));
	}

	@Test
	void confirmingStoresTheShortlistShortlistsTheNominationsAndKeepsEveryConfirmation() throws Exception {
		confirm(ids(this.cork, this.limerick, this.ibadan)).andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasSize(3)))
			.andExpect(jsonPath("$.confirmedBy").value("staff"))
			.andExpect(jsonPath("$.members[2].reasonCode").value("shortlist.reason.in-region"));
		assertThat(this.fixture.status(this.cork)).isEqualTo("SHORTLISTED");

		confirm(ids(this.cork, this.espoo, this.ibadan)).andExpect(status().isOk())
			.andExpect(jsonPath("$.members[1].reasonCode").value("shortlist.reason.in-staff"));

		assertThat(this.shortlists.confirmed(this.cycle).orElseThrow().nominationIds()).containsExactly(this.cork,
				this.espoo, this.ibadan);
		assertThat(this.fixture.status(this.limerick)).isEqualTo("ELIGIBLE");
		assertThat(this.fixture.status(this.espoo)).isEqualTo("SHORTLISTED");
		assertThat(this.jdbc.sql("select count(*) from shortlist where cycle_id = ?")
			.param(this.cycle)
			.query(Integer.class)
			.single()).isEqualTo(2);
		this.mvc.perform(get("/api/cycles/{id}/shortlist", this.cycle).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationIds[1]").value(Long.toString(this.espoo)));
	}

	@Test
	void aShortlistThatBreaksALimitIsRefusedNamingEachNominationAndRule() throws Exception {
		confirm(ids(this.cork, this.limerick, this.dublin, this.aswan, this.giza, this.cork, 999999999L))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds[2]')].message",
					hasItem(containsString("Dublin: city no. 3 of Ireland"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds[3]')].message",
					hasItem(containsString("below the minimum score"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds[4]')].message",
					hasItem(containsString("Giza has no final review result"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds[5]')].message",
					hasItem(containsString("Cork is listed twice"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds[6]')].message",
					hasItem(containsString("not a nomination of this cycle"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds')].message",
					hasItem(containsString("at most 3 places"))))
			.andExpect(jsonPath("$.errors[?(@.field == 'nominationIds')].message",
					hasItem(containsString("Africa is not represented"))));
		assertThat(this.shortlists.confirmed(this.cycle)).isEmpty();
		assertThat(this.fixture.status(this.cork)).isEqualTo("ELIGIBLE");
	}

	@Test
	void aRationaleIsRequired() throws Exception {
		this.mvc
			.perform(post("/api/cycles/{id}/shortlist", this.cycle).with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"nominationIds\": [\"" + this.cork + "\"], \"rationale\": \"short\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'rationale')]").exists());
	}

	@Test
	void aCycleThatIsNotShortlistingRefusesTheShortlistWith409() throws Exception {
		this.fixture.status(this.cycle, "REVIEW");

		confirm(ids(this.cork, this.limerick, this.ibadan)).andExpect(status().isConflict());
	}

	@Test
	void onlyStaffReadTheRankingAndConfirm() throws Exception {
		for (String who : new String[] { "natcom-ie", "city-cork", "expert-01", "juror-01" }) {
			this.mvc.perform(get("/api/cycles/{id}/ranking", this.cycle).with(httpBasic(who, "demo")))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/api/cycles/{id}/shortlist", this.cycle).with(httpBasic(who, "demo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content(ids(this.cork)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/cycles/{id}/ranking", this.cycle)).andExpect(status().isUnauthorized());
	}

	@Test
	void theConfirmShortlistTaskIsInTheStaffInboxAndCompletesWithTheShortlist() throws Exception {
		String instance = startTestProcess();
		String taskId = this.tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

		this.mvc.perform(get("/api/tasks").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == '" + taskId + "')].type").value(hasItem("CONFIRM_SHORTLIST")));
		this.mvc.perform(get("/api/tasks/{id}", taskId).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/cycles/" + this.cycle + "/shortlist")));

		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ids(this.cork, this.limerick, this.dublin)))
			.andExpect(status().isUnprocessableEntity());
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isEqualTo(1);

		this.mvc
			.perform(post("/api/tasks/{id}/complete", taskId).with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(ids(this.cork, this.limerick, this.ibadan)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.members", hasSize(3)));
		assertThat(this.tasks.createTaskQuery().taskId(taskId).count()).isZero();
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
		assertThat(this.fixture.status(this.ibadan)).isEqualTo("SHORTLISTED");
	}

	@Test
	void theRankingPageSortsByLinksAndDrawsTheRegionsAsAnAccessibleChart() throws Exception {
		this.mvc.perform(get("/cycles/{id}/ranking", this.cycle).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("<title id=\"chart-title\"")))
			.andExpect(content().string(containsString("<desc id=\"chart-desc\"")))
			.andExpect(content().string(containsString("sort=city")))
			.andExpect(content().string(containsString("Ibadan")));
		String html = this.mvc.perform(get("/cycles/{id}/ranking", this.cycle).param("sort", "city").with(staff()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html.indexOf(">Aswan<")).isLessThan(html.indexOf(">Cork<"));
		assertThat(html.indexOf(">Cork<")).isLessThan(html.indexOf(">Dublin<"));
	}

	@Test
	void theShortlistPageShowsTheReasonsAndConfirmsThroughTheSameRules() throws Exception {
		this.mvc.perform(get("/cycles/{id}/shortlist", this.cycle).with(staff()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dublin out: city no. 3 of Ireland, limit 2 per country")))
			.andExpect(content().string(containsString("best of Africa")));

		this.mvc
			.perform(post("/cycles/{id}/shortlist", this.cycle).with(staff())
				.with(csrf())
				.param("nominationIds", Long.toString(this.cork), Long.toString(this.limerick),
						Long.toString(this.dublin))
				.param("rationale", RATIONALE))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dublin: city no. 3 of Ireland")));
		assertThat(this.shortlists.confirmed(this.cycle)).isEmpty();

		this.mvc
			.perform(post("/cycles/{id}/shortlist", this.cycle).with(staff())
				.with(csrf())
				.param("nominationIds", Long.toString(this.cork), Long.toString(this.limerick),
						Long.toString(this.ibadan))
				.param("rationale", RATIONALE))
			.andExpect(status().is3xxRedirection());
		assertThat(this.shortlists.confirmed(this.cycle).orElseThrow().rationale()).isEqualTo(RATIONALE);
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor staff() {
		return user(this.users.loadUserByUsername("staff"));
	}

	private String startTestProcess() {
		BpmnModelInstance model = Bpmn.createExecutableProcess("ShortlistTestProcess")
			.camundaHistoryTimeToLive(1)
			.startEvent()
			.userTask(ShortlistService.TASK_CONFIRM_SHORTLIST)
			.name("Confirm the shortlist")
			.camundaCandidateGroups("uil-staff")
			.endEvent()
			.done();
		this.deployment = this.repository.createDeployment()
			.addModelInstance("ShortlistTestProcess.bpmn", model)
			.deploy()
			.getId();
		return this.runtime
			.startProcessInstanceByKey("ShortlistTestProcess", Long.toString(this.cycle),
					java.util.Map.of("cycleId", this.cycle))
			.getId();
	}

	private org.springframework.test.web.servlet.ResultActions confirm(String body) throws Exception {
		return this.mvc.perform(post("/api/cycles/{id}/shortlist", this.cycle).with(httpBasic("staff", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private static String ids(long... ids) {
		StringBuilder json = new StringBuilder("{\"nominationIds\": [");
		for (int i = 0; i < ids.length; i++) {
			json.append(i > 0 ? ", " : "").append('"').append(ids[i]).append('"');
		}
		return json.append("], \"rationale\": \"").append(RATIONALE).append("\"}").toString();
	}

}
