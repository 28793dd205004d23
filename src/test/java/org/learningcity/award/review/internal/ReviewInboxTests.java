package org.learningcity.award.review.internal;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Review tasks in the inbox name their city and nomination, read from the application's
 * tables (the review process keeps only the nomination's id).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReviewInboxTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	ReviewScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = ReviewScenario.in(this.context).start("Review inbox test");
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void anInvitationInTheInboxNamesTheCityAndTheNomination() throws Exception {
		String invitation = this.scenario.taskOf("expert-01", ReviewProcess.TASK_ANSWER_INVITATION);
		String task = "$[?(@.id == '" + invitation + "')]";
		this.mvc.perform(get("/api/tasks?type=REVIEW_INVITATION").with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath(task + ".cityName").value("Cork"))
			.andExpect(jsonPath(task + ".nominationId").value(Long.toString(this.scenario.nomination)));
		this.mvc.perform(get("/api/tasks/" + invitation).with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cityName").value("Cork"));
		this.mvc.perform(get("/tasks").with(user(this.users.loadUserByUsername("expert-01"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Cork</td>")));
	}

}
