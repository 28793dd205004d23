package org.learningcity.award.web.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class HomePageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void staffSeeTheirCyclesInProgress() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("staff"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cycles in progress")))
			.andExpect(content().string(not(containsString("Member cities of"))));
	}

	@Test
	void aNationalCommissionSeesTheMemberCitiesOfItsOwnCountryOnly() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("natcom-ie"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Member cities of Ireland")))
			.andExpect(content().string(containsString("Cork")))
			.andExpect(content().string(not(containsString("Namyangju"))))
			.andExpect(content().string(containsString("No call for applications is open")))
			.andExpect(content().string(not(containsString("Cycles in progress"))));
	}

	@Test
	void aCityCoordinatorSeesItsCityAndTheOpenCalls() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("city-cork"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cork, member of the Global Network of Learning Cities")))
			.andExpect(content().string(containsString("Open calls for applications")));
	}

	@Test
	void theHomePageSpeaksFrench() throws Exception {
		this.mvc.perform(get("/").param("lang", "fr").with(user(this.users.loadUserByUsername("natcom-ie"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Appels à candidatures ouverts")));
	}

}
