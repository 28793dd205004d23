package org.learningcity.award.web.internal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The pages link the style sheet and scripts by their plain paths, served from
 * {@code static/}; the links of a page are not resolved against the class path on every
 * rendering (no resource chain, no {@link ResourceUrlEncodingFilter}).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaticResourcesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void pagesLinkTheStyleSheetThatIsServedByItsPlainPath() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/css/award.css\"")));
		this.mvc.perform(get("/css/award.css"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("text/css"));
		this.mvc.perform(get("/js/autosave.js")).andExpect(status().isOk());
	}

	@Test
	void linksAreNotResolvedAgainstTheClassPathOnEveryPage() {
		assertThat(this.context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
		assertThat(this.context
			.getBeanProvider(org.springframework.core.ResolvableType.forClassWithGenerics(
					org.springframework.boot.web.servlet.FilterRegistrationBean.class, ResourceUrlEncodingFilter.class))
			.stream()
			.toList()).isEmpty();
	}

	@Test
	void swaggerUiIsStillServed() throws Exception {
		this.mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

}
