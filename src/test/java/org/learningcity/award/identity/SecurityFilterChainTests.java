package org.learningcity.award.identity;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Spring Security's filter chain runs without the filter Spring Security would put in
 * front of it to look each request's MVC handler up in advance (see
 * {@code SecurityConfiguration#securityFilterChainWithoutHandlerLookupCache}): if an
 * upgrade changes how that filter is added, this says so.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SecurityFilterChainTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Test
	void theChainIsSpringSecuritysOwnWithItsFourChainsAndStillGuardsEveryRequest() throws Exception {
		Object chain = this.context.getBean("springSecurityFilterChain");
		// Spring Security's own chain (a FilterChainProxy), not its Spring MVC composite
		// that runs the handler lookup first
		assertThat(chain).isInstanceOf(FilterChainProxy.class);
		assertThat(chain.getClass().getName()).doesNotContain("WebMvcSecurityConfiguration");
		assertThat(((FilterChainProxy) chain).getFilterChains()).hasSize(4);

		this.mvc.perform(get("/api/me")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/me").with(httpBasic("staff", "demo"))).andExpect(status().isOk());
		this.mvc.perform(get("/tasks")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/engine-rest/engine").with(httpBasic("expert-01", "demo")))
			.andExpect(status().isForbidden());
	}

}
