package org.learningcity.award.web.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.Test;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ ErrorPagesTests.FailingPages.class, ErrorPagesTests.FailingApi.class })
class ErrorPagesTests {

	@Autowired
	MockMvc mvc;

	@Test
	@WithUserDetails("staff")
	void anUnknownPageShowsTheFriendlyNotFoundPage() throws Exception {
		this.mvc.perform(get("/no/such/page").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Page not found</h1>")))
			.andExpect(content().string(containsString("Go to the home page")))
			.andExpect(content().string(containsString("UIL Award secretariat")))
			.andExpect(noTechnicalDetails());
	}

	@Test
	@WithUserDetails("staff")
	void anUnknownPageIsInFrenchWhenAskedFor() throws Exception {
		this.mvc.perform(get("/no/such/page?page=2&lang=fr").accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<html lang=\"fr\">")))
			.andExpect(content().string(containsString("<h1>Page introuvable</h1>")))
			.andExpect(content().string(containsString("href=\"/no/such/page?page=2&amp;lang=en\"")));
	}

	@Test
	void anUnknownApiPathAnswersWithProblemDetails() throws Exception {
		this.mvc.perform(get("/api/nonexistent").with(httpBasic("staff", "demo")).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.title").value("Not found"));
	}

	@Test
	@WithUserDetails("staff")
	void aPageThatFindsNothingShowsTheNotFoundPage() throws Exception {
		this.mvc.perform(get("/test/errors/not-found"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("<h1>Page not found</h1>")))
			.andExpect(content().string(not(containsString("Cycle 42"))))
			.andExpect(noTechnicalDetails());
	}

	@Test
	@WithUserDetails("staff")
	void aPageRefusedByARuleShowsTheRule() throws Exception {
		this.mvc.perform(get("/test/errors/rule"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("<h1>This cannot be done now</h1>")))
			.andExpect(content().string(containsString("The quota of three nominations is reached.")))
			.andExpect(noTechnicalDetails());
	}

	@Test
	@WithUserDetails("staff")
	void aRuleWithAMessageKeyIsTranslated() throws Exception {
		this.mvc.perform(get("/test/errors/translated-rule").param("lang", "fr"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("<h1>Impossible pour le moment</h1>")))
			.andExpect(content().string(containsString("Page introuvable")));
	}

	@Test
	@WithUserDetails("staff")
	void aPageForAnotherRoleShowsTheForbiddenPage() throws Exception {
		this.mvc.perform(get("/test/errors/jury-only"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("<h1>You may not see this page</h1>")))
			.andExpect(content().string(containsString("Sign in with another account")))
			.andExpect(noTechnicalDetails());
	}

	@Test
	void anApiControllerStillAnswersWithProblemDetails() throws Exception {
		this.mvc.perform(get("/api/test/errors/rule").with(httpBasic("staff", "demo")))
			.andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("test.quota"));
		this.mvc.perform(get("/api/test/errors/not-found").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aRefusalBySpringSecurityShowsTheForbiddenPage() throws Exception {
		// Spring Security answers 403 with sendError: the container then dispatches to
		// /error, which MockMvc does not do by itself
		this.mvc.perform(get("/cycles").with(user("someone").roles("EXPERT"))).andExpect(status().isForbidden());
		this.mvc
			.perform(get("/error").with(user("someone").roles("EXPERT"))
				.with(errorDispatch())
				.accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/cycles"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("<h1>You may not see this page</h1>")))
			.andExpect(content().string(containsString("href=\"/cycles?lang=fr\"")))
			.andExpect(noTechnicalDetails());
	}

	@Test
	void theErrorPageRendersWithoutASignedInUser() throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/somewhere")
				.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret internals")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().string(containsString("<h1>Something went wrong</h1>")))
			.andExpect(content().string(not(containsString("secret internals"))))
			.andExpect(content().string(not(containsString("Sign out"))))
			.andExpect(noTechnicalDetails());
	}

	@Test
	void anyOtherStatusHasTheGenericPage() throws Exception {
		this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 405)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/login"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("<h1>This did not work</h1>")))
			.andExpect(content().string(containsString("Error 405")));
	}

	private static RequestPostProcessor errorDispatch() {
		return request -> {
			request.setDispatcherType(DispatcherType.ERROR);
			return request;
		};
	}

	private static ResultMatcher noTechnicalDetails() {
		return content().string(
				allOf(not(containsString("Exception")), not(containsString("at org.")), not(containsString("trace"))));
	}

	@Controller
	static class FailingPages {

		@GetMapping("/test/errors/not-found")
		String notFound() {
			throw new NotFoundException("Cycle", 42);
		}

		@GetMapping("/test/errors/rule")
		String rule() {
			throw new RuleViolationException("test.quota", "The quota of three nominations is reached.");
		}

		@GetMapping("/test/errors/translated-rule")
		String translatedRule() {
			// any existing key will do for the test
			throw new RuleViolationException("error.404.title", "Untranslated text");
		}

		@GetMapping("/test/errors/jury-only")
		@PreAuthorize("hasRole('JURY')")
		String juryOnly() {
			return "home";
		}

	}

	@RestController
	static class FailingApi {

		@GetMapping("/api/test/errors/rule")
		String rule() {
			throw new RuleViolationException("test.quota", "The quota of three nominations is reached.");
		}

		@GetMapping("/api/test/errors/not-found")
		String notFound() {
			throw new NotFoundException("Cycle", 42);
		}

	}

}
