package org.learningcity.award.progress.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The progress section of the cycle's page: the cycle process's stage, in both languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CycleProgressPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Cycles cycles;

	@Autowired
	RuntimeService runtime;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	Long cycle;

	@AfterEach
	void cleanUp() {
		if (this.cycle != null) {
			this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(Long.toString(this.cycle))
				.list()
				.forEach((p) -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
			this.jdbc.sql("delete from award_cycle where id = ?").param(this.cycle).update();
		}
	}

	@Test
	@WithUserDetails("staff")
	void anOpenCycleShowsWhereItsProcessWaits() throws Exception {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		this.cycle = this.cycles
			.create(CycleSettings.rules2024("Progress page test " + System.nanoTime(), now.getYear() + 5,
					now.plusDays(30), now.plusDays(60)))
			.id();
		this.mvc.perform(get("/cycles/{id}", this.cycle).with(user("staff").roles("UIL_STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Waiting for the nomination deadline"))));
		this.cycles.open(this.cycle);

		this.mvc.perform(get("/cycles/{id}", this.cycle).with(user("staff").roles("UIL_STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Progress"),
					containsString("Waiting for the nomination deadline"), containsString("No nomination yet."),
					containsString("/camunda/app/cockpit/default/#/process-instance/"))));
		this.mvc.perform(get("/cycles/{id}", this.cycle).param("lang", "fr").with(user("staff").roles("UIL_STAFF")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("En attente de la date limite des candidatures")));
	}

}
