package org.learningcity.award.jury.internal;

import java.time.Clock;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The jury's pages: staff's jury page, the juror's voting page (recusal locked), the
 * decision page for the chair only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JuryPagesTests {

	@Autowired
	MockMvc mvc;

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
	UserDetailsService users;

	@Autowired
	JuryService jury;

	JuryScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new JuryScenario(this.jdbc, this.cycles, this.clock, this.runtime, this.taskService,
				this.management)
			.start("Jury pages test");
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void aJurorVotesOnThePageWithTheirOwnCountrysCityLockedAsRecused() throws Exception {
		String task = this.scenario.voteTask("juror-04");
		this.mvc.perform(get("/tasks/" + task).with(user(this.users.loadUserByUsername("juror-04"))))
			.andExpect(redirectedUrl("/jury/votes/" + task));
		this.mvc.perform(get("/jury/votes/" + task).with(user(this.users.loadUserByUsername("juror-04"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cork")))
			.andExpect(content().string(containsString("/nominations/" + this.scenario.id("cork") + "/dossier")))
			.andExpect(content()
				.string(containsString("name=\"vote." + this.scenario.id("cork") + "\" value=\"RECUSED\"")));
		this.mvc
			.perform(post("/jury/votes/" + task).with(user(this.users.loadUserByUsername("juror-04")))
				.with(csrf())
				.param("action", "cast")
				.param("vote." + this.scenario.id("cork"), "RECUSED"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Espoo")));
		this.mvc
			.perform(post("/jury/votes/" + task).with(user(this.users.loadUserByUsername("juror-04")))
				.with(csrf())
				.param("action", "cast")
				.param("vote." + this.scenario.id("cork"), "RECUSED")
				.param("vote." + this.scenario.id("limerick"), "RECUSED")
				.param("vote." + this.scenario.id("espoo"), "FOR"))
			.andExpect(redirectedUrl("/tasks"));
		assertThat(this.jury.voted(this.scenario.cycle, "juror-04")).isTrue();
	}

	@Test
	void staffSeeTheJuryAndTheChairTheDecisionPage() throws Exception {
		this.mvc
			.perform(get("/cycles/" + this.scenario.cycle + "/jury").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("juror-01")));
		this.mvc
			.perform(get("/jury/cycles/" + this.scenario.cycle + "/decision")
				.with(user(this.users.loadUserByUsername("juror-01"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Limerick")));
		this.mvc
			.perform(get("/jury/cycles/" + this.scenario.cycle + "/decision")
				.with(user(this.users.loadUserByUsername("juror-02"))))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/cycles/" + this.scenario.cycle + "/jury").with(user(this.users.loadUserByUsername("staff")))
				.with(csrf())
				.param("jurors", "juror-01"))
			.andExpect(status().isConflict());
	}

}
