package org.learningcity.award.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The network page lists regions, their countries and member cities for every signed-in
 * person.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NetworkPageTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
		this.mvc.perform(get("/network"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	@WithUserDetails("city-cork")
	void aCityCoordinatorSeesRegionsCountriesAndMemberCities() throws Exception {
		this.mvc.perform(get("/network"))
			.andExpect(status().isOk())
			.andExpect(view().name("network/network"))
			.andExpect(content().string(containsString("Europe and North America")))
			.andExpect(content().string(containsString("Ireland")))
			.andExpect(content().string(containsString("Cork")))
			.andExpect(content().string(containsString("Ybycuí")))
			.andExpect(content().string(containsString("23 February 2015")));
	}

	@Test
	@WithUserDetails("juror-02")
	void thePageSpeaksFrench() throws Exception {
		this.mvc.perform(get("/network").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Réseau GNLC")))
			.andExpect(content().string(containsString("États arabes")))
			.andExpect(content().string(containsString("23 février 2015")));
	}

}
