package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo clock {@code /api/admin/clock}: administrators only, in the demo and test
 * profiles only; it moves the engine's and the application's clock forward, and back to
 * real time.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AdminClockApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Clock clock;

	@AfterEach
	void realTime() {
		ClockUtil.reset();
	}

	@Test
	void onlyAnAdministratorReadsOrMovesTheClock() throws Exception {
		this.mvc.perform(get("/api/admin/clock").with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.now").isString());
		this.mvc.perform(get("/api/admin/clock").with(httpBasic("staff", "demo"))).andExpect(status().isForbidden());
		this.mvc.perform(change(Map.of("advanceBy", "P8D")).with(httpBasic("staff", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(change(Map.of("advanceBy", "P8D")).with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/admin/clock")).andExpect(status().isUnauthorized());
		assertThat(this.clock.instant()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
	}

	@Test
	void advancingMovesTheEnginesAndTheApplicationsClockAndTimeKeepsRunning() throws Exception {
		String body = this.mvc.perform(change(Map.of("advanceBy", "P8D")).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.jobsExecuted").isNumber())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Instant now = Instant.parse(this.json.readTree(body).get("now").asText());
		Instant expected = Instant.now().plus(Duration.ofDays(8));

		assertThat(now).isCloseTo(expected, within(Duration.ofMinutes(1)));
		assertThat(this.clock.instant()).isCloseTo(expected, within(Duration.ofMinutes(1)));
		assertThat(ClockUtil.now().toInstant()).isCloseTo(expected, within(Duration.ofMinutes(1)));
		Instant before = this.clock.instant();
		Thread.sleep(20);
		assertThat(this.clock.instant()).isAfter(before);

		this.mvc.perform(change(Map.of("advanceBy", "PT12H")).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		assertThat(this.clock.instant()).isCloseTo(expected.plus(Duration.ofHours(12)), within(Duration.ofMinutes(1)));
	}

	@Test
	void resetReturnsToRealTime() throws Exception {
		this.mvc.perform(change(Map.of("advanceBy", "P30D")).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());

		this.mvc.perform(change(Map.of("reset", true)).with(httpBasic("admin", "demo"))).andExpect(status().isOk());

		assertThat(this.clock.instant()).isCloseTo(Instant.now(), within(Duration.ofMinutes(1)));
	}

	@Test
	void theClockOnlyMovesForwardByAnIsoDuration() throws Exception {
		for (Map<String, Object> bad : new Map[] { Map.of("advanceBy", "8 days"), Map.of("advanceBy", "-P1D"),
				Map.of("advanceBy", "PT0S"), Map.of() }) {
			this.mvc.perform(change(bad).with(httpBasic("admin", "demo")))
				.andExpect(status().isUnprocessableEntity())
				.andExpect(jsonPath("$.errors[0].field").value("advanceBy"));
		}
		this.mvc.perform(change(Map.of("advanceBy", "P1M")).with(httpBasic("admin", "demo")))
			.andExpect(status().isOk());
		assertThat(this.clock.instant()).isAfter(Instant.now().plus(Duration.ofDays(27)));
	}

	@Test
	void theClockExistsOnlyInTheDemoAndTestProfiles() {
		assertThat(AdminClockController.class.getAnnotation(Profile.class).value()).containsExactlyInAnyOrder("demo",
				"test");
	}

	private MockHttpServletRequestBuilder change(Map<String, ?> body) throws Exception {
		return post("/api/admin/clock").contentType(MediaType.APPLICATION_JSON)
			.content(this.json.writeValueAsString(body));
	}

}
