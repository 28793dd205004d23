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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Jurors read a nomination's result only while it is before the jury (shortlisted or
 * awarded), and then anonymised: no expert's username, no severity. Any other
 * nomination's result does not exist for them (404); experts, cities and National
 * Commissions are refused (403).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JuryResultAccessTests {

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

	long nomination;

	@BeforeEach
	void setUp() {
		this.fixture = new ResultFixture(this.jdbc, this.cycles, this.network, this.users, this.clock);
		this.nomination = ResultsTests.scored(this.fixture);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.cleanUp();
	}

	@Test
	void aJurorDoesNotFindTheResultOfANominationThatIsNotBeforeTheJury() throws Exception {
		this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("juror-01", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/nominations/" + this.nomination + "/result").with(as("juror-01")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aJurorReadsTheResultOfAShortlistedNominationWithoutTheExpertsNamesOrSeverity() throws Exception {
		markAs("SHORTLISTED");
		String body = this.mvc
			.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("juror-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.measurements['2.1.4.a'].consensus").value(4.0))
			.andExpect(jsonPath("$.measurements['2.1.4.a'].scores.length()").value(3))
			.andExpect(jsonPath("$.overall").exists())
			.andExpect(jsonPath("$.alpha").exists())
			.andExpect(jsonPath("$.experts.length()").value(3))
			.andExpect(jsonPath("$.severity").doesNotExist())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(body).doesNotContain("expert-0");
		this.mvc.perform(get("/nominations/" + this.nomination + "/result").with(as("juror-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(not(containsString("expert-0"))));

		this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.experts[0]").value("expert-02"))
			.andExpect(jsonPath("$.severity['expert-02']").exists());
	}

	@Test
	void aJurorReadsTheResultOfAnAwardedNominationAndOthersAreRefused() throws Exception {
		markAs("AWARDED");
		this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic("juror-02", "demo")))
			.andExpect(status().isOk());
		for (String other : new String[] { "expert-02", "natcom-ie", "city-cork" }) {
			this.mvc.perform(get("/api/nominations/" + this.nomination + "/result").with(httpBasic(other, "demo")))
				.andExpect(status().isForbidden());
		}
	}

	private void markAs(String status) {
		this.jdbc.sql("update nomination set status = ? where id = ?").params(status, this.nomination).update();
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
