package org.learningcity.award.review.internal;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/cycles/{id}/reliability} and its page: staff see alpha over the cycle's
 * final-round scores and every expert's severity; with one panel they are the panel's
 * own. Others are refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReliabilityApiTests {

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
	Results results;

	ResultFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new ResultFixture(this.jdbc, this.cycles, this.network, this.users, this.clock);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.cleanUp();
	}

	@Test
	void staffSeeTheCyclesAlphaAndEachExpertsSeverityWhichForOnePanelAreThePanels() throws Exception {
		long nomination = ResultsTests.scored(this.fixture);
		long cycle = this.jdbc.sql("select cycle_id from nomination where id = ?")
			.param(nomination)
			.query(Long.class)
			.single();
		NominationResult panel = this.results.of(nomination);
		var severity = panel.severity().get("expert-02");

		this.mvc.perform(get("/api/cycles/" + cycle + "/reliability").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cycleId").value(Long.toString(cycle)))
			.andExpect(jsonPath("$.panels").value(1))
			.andExpect(jsonPath("$.alpha").value(closeTo(panel.alpha().valueOrNaN(), 1e-9)))
			.andExpect(jsonPath("$.alphaStatus").value("DEFINED"))
			.andExpect(jsonPath("$.pairableUnits").value(4))
			.andExpect(jsonPath("$.experts.length()").value(3))
			.andExpect(jsonPath("$.experts[?(@.username == 'expert-05')]").isEmpty())
			.andExpect(jsonPath("$.experts[?(@.username == 'expert-02')].severity")
				.value(hasItem(closeTo(severity.meanDeviation(), 1e-9))))
			.andExpect(jsonPath("$.experts[?(@.username == 'expert-02')].scores").value(hasItem(severity.scores())))
			.andExpect(jsonPath("$.experts[0].leaning").exists());

		this.mvc.perform(get("/cycles/" + cycle + "/reliability?sort=username").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("expert-03")))
			.andExpect(content().string(containsString("aria-sort=\"ascending\"")));
		this.mvc.perform(get("/cycles/" + cycle + "/panels").with(as("staff")))
			.andExpect(content().string(containsString("/cycles/" + cycle + "/reliability")));
	}

	@Test
	void expertsAndJurorsAreRefusedAndAnUnknownCycleIsNotFound() throws Exception {
		long nomination = ResultsTests.scored(this.fixture);
		long cycle = this.jdbc.sql("select cycle_id from nomination where id = ?")
			.param(nomination)
			.query(Long.class)
			.single();
		this.mvc.perform(get("/api/cycles/" + cycle + "/reliability").with(httpBasic("expert-02", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/cycles/" + cycle + "/reliability").with(httpBasic("juror-01", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/cycles/999999999/reliability").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
