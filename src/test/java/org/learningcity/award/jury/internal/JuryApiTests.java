package org.learningcity.award.jury.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jury through the API: the juror's ballot in {@code /api/tasks/{id}}, votes with
 * every kind of bad input, recusal, voting twice or late, finalizing within the cycle's
 * limits, the decision's visibility and the announcement's mails.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JuryApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	ObjectMapper json;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	@Autowired
	Cycles cycles;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	JuryService jury;

	@Autowired
	AnnounceDecisionDelegate announcement;

	JuryScenario scenario;

	long cycle;

	@BeforeEach
	void setUp() {
		this.scenario = new JuryScenario(this.jdbc, this.cycles, this.clock, this.runtime, this.taskService,
				this.management)
			.start("Jury API test");
		this.cycle = this.scenario.cycle;
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void aJurorSeesTheShortlistWithDossiersAndScoresAndOnlyTheirOwnTask() throws Exception {
		String task = this.scenario.voteTask("juror-01");
		this.mvc.perform(get("/api/tasks/" + task).with(httpBasic("juror-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("JURY_VOTE"))
			.andExpect(jsonPath("$.details.cities.length()").value(3))
			.andExpect(jsonPath("$.details.cities[?(@.cityName == 'Cork')].dossier")
				.value(hasItem("/nominations/" + this.scenario.id("cork") + "/dossier")))
			.andExpect(jsonPath("$.details.cities[?(@.cityName == 'Cork')].recusalRequired").value(hasItem(false)))
			.andExpect(content().string(not(containsString("Dublin"))));
		this.mvc.perform(get("/api/tasks/" + task).with(httpBasic("juror-02", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/" + task).with(httpBasic("staff", "demo"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/" + this.scenario.voteTask("juror-04")).with(httpBasic("juror-04", "demo")))
			.andExpect(jsonPath("$.details.cities[?(@.cityName == 'Cork')].vote").value(hasItem("RECUSED")))
			.andExpect(jsonPath("$.details.cities[?(@.cityName == 'Cork')].recusalRequired").value(hasItem(true)));
	}

	@Test
	void aJurorReadsTheShortlistedNominationsAndTheirResultsAndNoOther() throws Exception {
		String cork = Long.toString(this.scenario.id("cork"));
		String dublin = Long.toString(this.scenario.id("dublin"));
		this.mvc.perform(get("/api/nominations").param("cycle", Long.toString(this.cycle)).with(juror()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(3))
			.andExpect(content().string(not(containsString("Dublin"))));
		this.mvc.perform(get("/api/nominations/{id}", cork).with(juror()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SHORTLISTED"));
		this.mvc.perform(get("/api/nominations/{id}/result", cork).with(juror()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.nominationId").value(cork))
			.andExpect(content().string(not(containsString("expert-"))));
		this.mvc.perform(get("/nominations/{id}/dossier", cork).with(user(this.users.loadUserByUsername("juror-01"))))
			.andExpect(status().isOk());

		this.mvc.perform(get("/api/nominations/{id}", dublin).with(juror())).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/{id}/result", dublin).with(juror())).andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations/{id}/dossier", dublin).with(user(this.users.loadUserByUsername("juror-01"))))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/{id}/dossier.pdf", dublin).with(juror()))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/{id}/result", dublin).with(httpBasic("staff", "demo")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/api/nominations/{id}/eligibility", cork).with(juror())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"eligible\": true}"))
			.andExpect(status().isForbidden());
	}

	private static RequestPostProcessor juror() {
		return httpBasic("juror-01", "demo");
	}

	@Test
	void everyBadVoteIsRefusedWithTheCityItConcerns() throws Exception {
		String task = this.scenario.voteTask("juror-01");
		Map<String, String> missing = new LinkedHashMap<>(this.scenario.ballot("FOR", "FOR", "FOR"));
		missing.remove(Long.toString(this.scenario.id("espoo")));
		vote("juror-01", task, "complete", missing).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("votes." + this.scenario.id("espoo")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("Espoo")));

		Map<String, String> notShortlisted = new LinkedHashMap<>(this.scenario.ballot("FOR", "FOR", "FOR"));
		notShortlisted.put(Long.toString(this.scenario.id("dublin")), "FOR");
		vote("juror-01", task, "complete", notShortlisted).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message")
				.value(containsString(this.scenario.id("dublin") + " is not on the shortlist")));

		vote("juror-01", task, "complete", this.scenario.ballot("FOR", "MAYBE", "FOR"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("votes." + this.scenario.id("limerick")));

		this.mvc
			.perform(post("/api/tasks/" + task + "/complete").with(httpBasic("juror-01", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"votes\": [\"FOR\"]}"))
			.andExpect(status().isUnprocessableEntity());
		assertThat(this.jury.voted(this.cycle, "juror-01")).isFalse();
	}

	@Test
	void aJurorOfTheCitysCountryMustRecuse() throws Exception {
		String task = this.scenario.voteTask("juror-04");
		vote("juror-04", task, "complete", this.scenario.ballot("FOR", "RECUSED", "FOR"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("votes." + this.scenario.id("cork")))
			.andExpect(jsonPath("$.errors[0].message").value(containsString("recuse")));
		vote("juror-04", task, "draft", this.scenario.ballot("ABSTAIN", null, null))
			.andExpect(status().isUnprocessableEntity());

		Map<String, String> onlyEspoo = Map.of(Long.toString(this.scenario.id("espoo")), "AGAINST");
		vote("juror-04", task, "complete", onlyEspoo).andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("CAST"))
			.andExpect(jsonPath("$.votes['" + this.scenario.id("cork") + "']").value("RECUSED"))
			.andExpect(jsonPath("$.votes['" + this.scenario.id("limerick") + "']").value("RECUSED"));
	}

	@Test
	void aDraftIsKeptAVoteIsFinalAndTheDeadlineClosesVoting() throws Exception {
		String task = this.scenario.voteTask("juror-02");
		vote("juror-02", task, "draft", Map.of(Long.toString(this.scenario.id("cork")), "FOR"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		this.mvc.perform(get("/api/tasks/" + task).with(httpBasic("juror-02", "demo")))
			.andExpect(jsonPath("$.details.cities[?(@.cityName == 'Cork')].vote").value(hasItem("FOR")));
		vote("juror-02", task, "complete", this.scenario.ballot("FOR", "AGAINST", "ABSTAIN"))
			.andExpect(status().isOk());
		vote("juror-02", task, "complete", this.scenario.ballot("FOR", "AGAINST", "ABSTAIN"))
			.andExpect(status().isConflict());

		String late = this.scenario.voteTask("juror-03");
		ClockUtil.setCurrentTime(Date.from(this.clock.instant().plus(Duration.ofDays(15))));
		vote("juror-03", late, "complete", this.scenario.ballot("FOR", "AGAINST", "ABSTAIN"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value(containsString("deadline")));
	}

	@Test
	void theDecisionWaitsForEveryVoteAndKeepsTheCyclesLimits() throws Exception {
		finalizeAsStaff(List.of(this.scenario.id("cork")), "Early.").andExpect(status().isConflict());
		castAll();
		finalizeAsStaff(List.of(this.scenario.id("cork"), this.scenario.id("espoo"), this.scenario.id("limerick")),
				"Three.")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("At most 2 awardees")));
		finalizeAsStaff(List.of(this.scenario.id("cork"), this.scenario.id("limerick")), "Two Irish cities.")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("IE has")));
		finalizeAsStaff(List.of(this.scenario.id("dublin")), "Not shortlisted.")
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString(this.scenario.id("dublin") + " is not on the shortlist")));
		finalizeAsStaff(List.of(this.scenario.id("cork")), " ").andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("statement"));

		String finalize = this.scenario.finalizeTask();
		this.mvc.perform(get("/api/tasks/" + finalize).with(httpBasic("juror-02", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/tasks/" + finalize).with(httpBasic("juror-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FINALIZE_DECISION"))
			.andExpect(jsonPath("$.details.limits.maxAwardees").value(2))
			.andExpect(jsonPath("$.details.tally.ties.length()").value(1))
			.andExpect(jsonPath("$.details.tally.ties[0].length()").value(2))
			.andExpect(jsonPath("$.details.tally.notVoted.length()").value(0));
		this.mvc
			.perform(post("/api/tasks/" + finalize + "/complete").with(httpBasic("juror-01", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(this.json.writeValueAsString(Map.of("awardeeNominationIds",
						List.of(Long.toString(this.scenario.id("cork")), Long.toString(this.scenario.id("espoo"))),
						"statement", "Two cities of lifelong learning."))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedBy").value("juror-01"));
		finalizeAsStaff(List.of(this.scenario.id("cork")), "Again.").andExpect(status().isConflict());
	}

	@Test
	void theDecisionIsPublicOnlyOnceTheCycleIsDecided() throws Exception {
		castAll();
		finalizeAsStaff(List.of(this.scenario.id("cork"), this.scenario.id("espoo")), "Two cities.")
			.andExpect(status().isOk());
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/decision")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/decision").with(httpBasic("juror-01", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/cycles/" + this.cycle + "/decision")).andExpect(status().isNotFound());
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/decision").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk());

		this.jdbc.sql("update award_cycle set status = 'DECIDED' where id = ?").param(this.cycle).update();
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/decision"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.awardees.length()").value(2))
			.andExpect(jsonPath("$.awardees[?(@.cityName == 'Cork')].region").value(hasItem("EUROPE_NORTH_AMERICA")))
			.andExpect(jsonPath("$.statement").value("Two cities."))
			.andExpect(jsonPath("$.tally.jurors").value(5))
			.andExpect(jsonPath("$.tally.awardees.length()").value(2))
			.andExpect(content().string(not(containsString("juror-"))))
			.andExpect(content().string(not(containsString("Limerick"))));
		this.mvc.perform(get("/cycles/" + this.cycle + "/decision"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Espoo")))
			.andExpect(content().string(containsString("Two cities.")));
	}

	@Test
	void theAnnouncementTellsEveryNominatedCityAndItsNationalCommissionOnce() throws Exception {
		castAll();
		finalizeAsStaff(List.of(this.scenario.id("cork"), this.scenario.id("espoo")), "Two cities.")
			.andExpect(status().isOk());
		this.jdbc.sql("delete from notification_outbox").update();

		int sent = this.announcement.announce(this.cycle);

		List<Map<String, Object>> mails = this.jdbc
			.sql("select recipient_username, subject, body_text from notification_outbox where template_name = ?")
			.param(AnnounceDecisionDelegate.TEMPLATE)
			.query()
			.listOfRows();
		assertThat(sent).isEqualTo(mails.size());
		assertThat(mails).extracting(m -> m.get("RECIPIENT_USERNAME"))
			.contains("city-cork", "city-limerick", "city-espoo", "city-dublin", "natcom-ie", "natcom-fi");
		assertThat(mails).filteredOn(m -> m.get("RECIPIENT_USERNAME").equals("city-cork"))
			.singleElement()
			.satisfies(m -> assertThat((String) m.get("BODY_TEXT")).contains("Congratulations"));
		assertThat(mails).filteredOn(m -> m.get("RECIPIENT_USERNAME").equals("city-limerick"))
			.singleElement()
			.satisfies(m -> assertThat((String) m.get("BODY_TEXT")).contains("not among the awardees"));
		assertThat(this.announcement.announce(this.cycle)).isZero();
	}

	/** Cork and Espoo tie at 4 FOR (juror-04 recuses on Cork and abstains on Espoo). */
	private void castAll() {
		for (String juror : JuryScenario.JURORS) {
			this.jury.cast(this.cycle, juror,
					juror.equals("juror-04") ? this.scenario.ballot("RECUSED", "RECUSED", "ABSTAIN")
							: this.scenario.ballot("FOR", "AGAINST", "FOR"),
					null);
		}
		this.scenario.runAsyncContinuations();
	}

	private ResultActions finalizeAsStaff(List<Long> awardees, String statement) throws Exception {
		return this.mvc.perform(post("/api/cycles/" + this.cycle + "/decision").with(httpBasic("staff", "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(Map.of("awardeeNominationIds",
					awardees.stream().map(String::valueOf).toList(), "statement", statement))));
	}

	private ResultActions vote(String juror, String task, String action, Map<String, String> votes) throws Exception {
		Map<String, Object> body = new LinkedHashMap<>();
		Map<String, String> cleaned = new LinkedHashMap<>();
		votes.forEach((k, v) -> {
			if (v != null) {
				cleaned.put(k, v);
			}
		});
		body.put("votes", cleaned);
		body.put("comment", "A comment");
		return this.mvc.perform(post("/api/tasks/" + task + "/" + action).with(httpBasic(juror, "demo"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body)));
	}

}
