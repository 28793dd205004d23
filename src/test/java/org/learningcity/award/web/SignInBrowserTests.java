package org.learningcity.award.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A person of each demo role signs in through the sign-in page and lands on a home page
 * that names them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTests extends BrowserTestSupport {

	@ParameterizedTest
	@ValueSource(strings = { "admin", "staff", "natcom-ie", "city-cork", "expert-01", "juror-01" })
	void everyDemoRoleSignsInAndSeesItsHomePage(String username) {
		signIn(this.page, username);

		assertThat(this.page).hasURL(url("/"));
		assertThat(this.page.locator("main h1")).containsText("Welcome");
		assertThat(this.page.locator("header button[type=submit]")).hasText("Sign out");
	}

	@Test
	void wrongPasswordShowsTheErrorAndStaysOnTheSignInPage() {
		signIn(this.page, "staff", "not-the-password");

		assertThat(this.page).hasURL(url("/login?error"));
		assertThat(this.page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.containsText("The username or password is wrong");
		assertThat(this.page.locator("header")).not().containsText("Sign out");
	}

	@Test
	void signingOutReturnsToTheSignInPage() {
		signIn(this.page, "staff");

		this.page.locator("header form button[type=submit]").click();

		assertThat(this.page).hasURL(url("/login?logout"));
		this.page.navigate(url("/"));
		assertThat(this.page).hasURL(url("/login"));
	}

}
