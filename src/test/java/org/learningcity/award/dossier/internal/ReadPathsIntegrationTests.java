package org.learningcity.award.dossier.internal;

import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.testing.ReviewedNominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and export that reads a reviewed nomination answers on PostgreSQL too. H2
 * lets a read-only transaction write, PostgreSQL does not: a read path that writes (the
 * agreement decision (DMN) writes the engine's decision history; reads now use the
 * process's recorded decision instead) works on H2 and fails in production. The database
 * is shared with the other integration tests: the fixture stores its own cycle and
 * removes it again.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "test" })
class ReadPathsIntegrationTests {

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

	ReviewedNominations fixture;

	long cycle;

	long nomination;

	@BeforeEach
	void setUp() {
		this.fixture = new ReviewedNominations(this.jdbc, this.cycles, this.network, this.users, this.clock);
		this.cycle = this.fixture.cycle("Read paths on PostgreSQL");
		this.nomination = this.fixture.nomination(this.cycle, "ybycui", "SHORTLISTED", "expert-02", "expert-03",
				"expert-04");
		long a = this.fixture.review(this.nomination, "expert-02");
		long b = this.fixture.review(this.nomination, "expert-03");
		long c = this.fixture.review(this.nomination, "expert-04");
		for (long review : List.of(a, b, c)) {
			this.fixture.score(review, 1, "2.5.1.a", 4, "Good.");
		}
		this.fixture.score(a, 1, "2.1.4.a", 2, "Thin evidence.");
		this.fixture.score(b, 1, "2.1.4.a", 4, "Clear programmes.");
		this.fixture.score(c, 1, "2.1.4.a", 5, "Outstanding.");
		this.fixture.decided(this.nomination, 1, "2.1.4.a");
	}

	@AfterEach
	void cleanUp() {
		this.fixture.cleanUp();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nominations/{n}/dossier", "/api/nominations/{n}/dossier.pdf",
			"/api/nominations/{n}/result", "/nominations/{n}/result", "/api/cycles/{c}/export.csv",
			"/api/cycles/{c}/report.pdf", "/api/cycles/{c}/ranking", "/cycles/{c}/ranking",
			"/api/cycles/{c}/shortlist/suggestion", "/api/cycles/{c}/reliability", "/cycles/{c}/reliability" })
	void staffReadIt(String path) throws Exception {
		this.mvc
			.perform(get(path.replace("{n}", Long.toString(this.nomination)).replace("{c}", Long.toString(this.cycle)))
				.with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/nominations/{n}/dossier", "/api/nominations/{n}/result" })
	void aJurorReadsAShortlistedNomination(String path) throws Exception {
		this.mvc
			.perform(get(path.replace("{n}", Long.toString(this.nomination)))
				.with(user(this.users.loadUserByUsername("juror-01"))))
			.andExpect(status().isOk());
	}

}
