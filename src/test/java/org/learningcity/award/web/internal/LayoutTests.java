package org.learningcity.award.web.internal;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LayoutTests {

	/** The demo password "demo". */
	private static final String DEMO_HASH = "{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@BeforeEach
	void accounts() {
		account("layout-expert", "Ada Expert", "EXPERT", null);
		account("layout-locked", "Lou Locked", "EXPERT", OffsetDateTime.now().plusHours(1));
	}

	@Test
	@WithUserDetails("staff")
	void staffSeeTheStaffNavigation() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"en\">"),
					containsString("<a class=\"skip-link\" href=\"#content\">Skip to content</a>"),
					containsString("id=\"content\""), containsString("UIL Award secretariat"),
					containsString("Welcome, UIL Award secretariat"), containsString("href=\"/cycles\""),
					containsString("href=\"/accounts\""), containsString("href=\"/camunda/app/cockpit/default/\""),
					containsString("href=\"/camunda/app/tasklist/default/\""), containsString("href=\"/account\""),
					containsString("href=\"/catalog\""), containsString("href=\"/network\""),
					containsString("<a href=\"/\" aria-current=\"page\">Home</a>"))))
			.andExpect(content().string(not(containsString("/camunda/app/admin/default/"))));
	}

	@Test
	@WithUserDetails("admin")
	void adminsAlsoSeeTheEngineAdministration() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("href=\"/camunda/app/admin/default/\""), containsString("href=\"/cycles\""))));
	}

	@Test
	void expertsSeeTheirTasksButNoStaffLinks() throws Exception {
		this.mvc.perform(get("/").with(user(this.users.loadUserByUsername("layout-expert"))))
			.andExpect(status().isOk())
			.andExpect(
					content().string(allOf(containsString("Welcome, Ada Expert"), containsString("Your review tasks"),
							containsString("href=\"/catalog\""), containsString("href=\"/account\""))))
			.andExpect(content()
				.string(allOf(not(containsString("href=\"/cycles\"")), not(containsString("href=\"/accounts\"")),
						not(containsString("/camunda/")), not(containsString("Your jury tasks")))));
	}

	@Test
	@WithUserDetails("staff")
	void signingOutIsAPostWithACsrfToken() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("action=\"/logout\" method=\"post\""),
					containsString("name=\"_csrf\""), containsString(">Sign out</button>"))));
	}

	@Test
	@WithUserDetails("staff")
	void theLanguageSwitcherKeepsThePageAndItsParameters() throws Exception {
		this.mvc.perform(get("/?cycle=7&lang=fr"))
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\">"),
					containsString("Bienvenue, UIL Award secretariat"), containsString(">Se déconnecter</button>"),
					containsString("href=\"/?cycle=7&amp;lang=en\""), containsString("href=\"/?cycle=7&amp;lang=fr\""),
					containsString("lang=\"fr\" aria-current=\"true\">Français</a>"))));
	}

	@Test
	void theSignInPageHasTheLayoutAndALanguageSwitcher() throws Exception {
		this.mvc.perform(get("/login?logout&lang=fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1>Connexion</h1>"),
					containsString("Vous êtes déconnecté."), containsString("href=\"/login?logout&amp;lang=en\""),
					containsString("<label for=\"username\">Nom d&#39;utilisateur</label>"))))
			.andExpect(content().string(allOf(not(containsString("Se déconnecter")), not(containsString("/cycles")))));
	}

	@Test
	void aWrongPasswordIsExplained() throws Exception {
		MockHttpSession session = signIn("layout-expert", "wrong");
		this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(content()
				.string(allOf(containsString("role=\"alert\""), containsString("The username or password is wrong."))));
	}

	@Test
	void aLockedAccountIsExplained() throws Exception {
		MockHttpSession session = signIn("layout-locked", "demo");
		this.mvc.perform(get("/login").param("error", "").session(session))
			.andExpect(content().string(containsString("This account is locked for a while")));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private void account(String username, String displayName, String role, OffsetDateTime lockedUntil) {
		boolean exists = this.jdbc.sql("select count(*) from account where username = ?")
			.param(username)
			.query(Long.class)
			.single() > 0;
		if (!exists) {
			this.jdbc
				.sql("insert into account (username, password_hash, display_name, email, language, locked_until)"
						+ " values (?, ?, ?, ?, 'en', ?)")
				.params(username, DEMO_HASH, displayName, username + "@award.example.org", lockedUntil)
				.update();
			this.jdbc.sql("insert into account_role (account_id, role) select id, ? from account where username = ?")
				.params(role, username)
				.update();
		}
	}

}
