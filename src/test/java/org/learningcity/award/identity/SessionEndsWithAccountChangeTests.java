package org.learningcity.award.identity;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A change to an account reaches its open browser sessions at once: disabled, given a new
 * password by staff, or given other roles, the account's next request goes to the sign-in
 * page (or answers 401 on the API) instead of going on with what it could do before.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionEndsWithAccountChangeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityService camunda;

	TestAccounts test;

	AccountView expert;

	@BeforeEach
	void setUp() {
		this.test = new TestAccounts(this.accounts, this.jdbc, this.users, this.camunda);
		this.expert = this.test.expert("session");
	}

	@AfterEach
	void tearDown() {
		this.test.deleteAll();
	}

	@Test
	void disablingAnAccountEndsItsSessionsOnPagesAndApi() throws Exception {
		MockHttpSession session = signIn();
		this.mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());

		this.test.as("staff", () -> this.accounts.setEnabled(this.expert.id(), false));

		this.mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/login?expired"));
		this.mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void theApiRefusesASessionEndedByADisabledAccount() throws Exception {
		MockHttpSession session = signIn();

		this.test.as("staff", () -> this.accounts.setEnabled(this.expert.id(), false));

		this.mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
	}

	@Test
	void aPasswordSetByStaffEndsTheSessions() throws Exception {
		MockHttpSession session = signIn();

		this.test.as("staff", () -> {
			this.accounts.resetPassword(this.expert.id(), "another-correct-horse-battery");
			return null;
		});

		this.mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void otherRolesEndTheSessions() throws Exception {
		MockHttpSession session = signIn();
		AccountProfile now = AccountProfile.of(this.expert);
		java.util.Set<Role> roles = new java.util.HashSet<>(now.roles());
		roles.add(Role.JURY);

		this.test.as("staff",
				() -> this.accounts.update(this.expert.id(),
						new AccountProfile(now.displayName(), now.email(), now.language(), roles, now.countryCode(),
								now.cityId(), "EUROPE_NORTH_AMERICA", now.languages(), now.expertise(),
								now.maxLoad())));

		this.mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("/login?expired"));
	}

	@Test
	void otherSessionsAndChangesThatGrantNothingNewAreLeftAlone() throws Exception {
		MockHttpSession session = signIn();
		MockHttpSession staff = (MockHttpSession) this.mvc.perform(formLogin("/login").user("staff").password("demo"))
			.andReturn()
			.getRequest()
			.getSession(false);

		AccountProfile now = AccountProfile.of(this.expert);
		this.test.as("staff",
				() -> this.accounts.update(this.expert.id(),
						new AccountProfile("Another name", now.email(), now.language(), now.roles(), now.countryCode(),
								now.cityId(), now.regionCode(), now.languages(), now.expertise(), now.maxLoad())));

		this.mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
		this.mvc.perform(get("/tasks").session(staff)).andExpect(status().isOk());
	}

	private MockHttpSession signIn() throws Exception {
		return (MockHttpSession) this.mvc
			.perform(formLogin("/login").user(this.expert.username()).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
