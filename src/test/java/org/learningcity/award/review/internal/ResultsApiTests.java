package org.learningcity.award.review.internal;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code GET /api/nominations/{id}/result} and the result page: staff only, API.md's
 * field names, a radar chart drawn as inline SVG.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResultsApiTests {

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
	void staffReadTheResultWithTheFieldNamesOfTheContract() throws Exception {
		long nomination = ResultsTests.scored(this.fixture);

		this.mvc.perform(get("/api/nominations/" + nomination + "/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements['2.1.4.a'].scores[0]").value(3))
			.andExpect(jsonPath("$.measurements['2.1.4.a'].scores.length()").value(3))
			.andExpect(jsonPath("$.measurements['2.1.4.a'].consensus").value(4.0))
			.andExpect(jsonPath("$.measurements['2.1.4.a'].spread").value(2))
			.andExpect(jsonPath("$.measurements['3.1.1.a'].scores[0]").value(2))
			.andExpect(jsonPath("$.blocks['2.1']").value(3.0))
			.andExpect(jsonPath("$.blocks['2.5']").value(4.0))
			.andExpect(jsonPath("$.overall").value(3.0))
			.andExpect(jsonPath("$.alpha").value(closeTo(0.63265, 0.00001)))
			.andExpect(jsonPath("$.rounds").value(2))
			.andExpect(jsonPath("$.final").value(true))
			.andExpect(jsonPath("$.nominationId").value(Long.toString(nomination)))
			.andExpect(jsonPath("$.severity['expert-04'].meanDeviation").value(0.5))
			.andExpect(jsonPath("$.consensusRule").value(containsString("median")));
	}

	@Test
	void aNominationWithoutScoresAnswersAnEmptyPartialResult() throws Exception {
		long nomination = this.fixture.nomination("expert-02", "expert-03", "expert-04");

		this.mvc.perform(get("/api/nominations/" + nomination + "/result").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.final").value(false))
			.andExpect(jsonPath("$.rounds").value(0))
			.andExpect(jsonPath("$.alpha").isEmpty())
			.andExpect(jsonPath("$.alphaStatus").value("NO_PAIRABLE_VALUES"));
	}

	@Test
	void onlyStaffMayReadAResultAndJurorsDoNotFindOneThatIsNotBeforeTheJury() throws Exception {
		long nomination = ResultsTests.scored(this.fixture);
		this.mvc.perform(get("/api/nominations/" + nomination + "/result").with(httpBasic("juror-01", "demo")))
			.andExpect(status().isNotFound());
		for (String user : new String[] { "expert-02", "natcom-ie", "city-cork" }) {
			this.mvc.perform(get("/api/nominations/" + nomination + "/result").with(httpBasic(user, "demo")))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(get("/nominations/" + nomination + "/result").with(user(this.users.loadUserByUsername(user))))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/api/nominations/" + nomination + "/result")).andExpect(status().isUnauthorized());
	}

	@Test
	void anUnknownNominationIsNotFound() throws Exception {
		this.mvc.perform(get("/api/nominations/999999999/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/abc/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theResultPageDrawsARadarChartWithATextAlternative() throws Exception {
		long nomination = ResultsTests.scored(this.fixture);

		this.mvc
			.perform(get("/nominations/" + nomination + "/result").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("role=\"img\"")))
			.andExpect(content().string(containsString("aria-label=\"Radar chart")))
			.andExpect(content().string(containsString("<polygon class=\"consensus\"")))
			.andExpect(content().string(containsString("<table class=\"data\"")))
			.andExpect(content().string(containsString("median")));
	}

}
