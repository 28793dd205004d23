package org.learningcity.award.identity;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AccountPagesTests {

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

	@Autowired
	PasswordEncoder passwordEncoder;

	TestAccounts test;

	UserDetails staff;

	@BeforeEach
	void setUp() {
		this.test = new TestAccounts(this.accounts, this.jdbc, this.users, this.camunda);
		this.staff = this.test.details("staff");
	}

	@AfterEach
	void tearDown() {
		this.test.deleteAll();
	}

	@Test
	void anonymousVisitorIsSentToSignIn() throws Exception {
		this.mvc.perform(get("/accounts")).andExpect(redirectedUrlPattern("**/login"));
		this.mvc.perform(get("/account")).andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void expertMayNotManageAccounts() throws Exception {
		UserDetails expert = this.test.details(this.test.expert("expert").username());
		this.mvc.perform(get("/accounts").with(user(expert))).andExpect(status().isForbidden());
		this.mvc.perform(get("/accounts/new").with(user(expert))).andExpect(status().isForbidden());
		this.mvc.perform(post("/accounts").with(user(expert)).with(csrf()).param("username", "zz-test-sneaky"))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findByUsername("zz-test-sneaky")).isEmpty();
	}

	@Test
	void staffSeeTheAccountsFilteredByRoleAndText() throws Exception {
		AccountView expert = this.test.expert("listed");
		this.mvc.perform(get("/accounts").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/accounts"))
			.andExpect(content().string(containsString(expert.username())))
			.andExpect(content().string(containsString(">admin</a>")));
		this.mvc.perform(get("/accounts").param("role", "EXPERT").with(user(this.staff)))
			.andExpect(content().string(containsString(expert.username())))
			.andExpect(content().string(not(containsString(">admin</a>"))));
		this.mvc.perform(get("/accounts").param("q", "LISTED").with(user(this.staff)))
			.andExpect(content().string(containsString(expert.username())))
			.andExpect(content().string(not(containsString(">staff</a>"))));
	}

	@Test
	void createFormShowsEachProblemBesideItsField() throws Exception {
		this.mvc.perform(get("/accounts/new").with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"_csrf\"")));
		this.mvc
			.perform(post("/accounts").with(user(this.staff))
				.with(csrf())
				.param("username", "Not Valid")
				.param("password", "x")
				.param("roles", "EXPERT")
				.param("maxLoad", "many"))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/account-new"))
			.andExpect(model().attributeHasFieldErrors("accountForm", "username", "password", "displayName", "email",
					"countryCode", "languages", "expertise", "maxLoad"))
			.andExpect(content().string(containsString("class=\"field-error\"")))
			.andExpect(content().string(containsString("Use 3 to 80 lower-case letters, digits or hyphens.")))
			.andExpect(content().string(containsString("value=\"Not Valid\"")));
	}

	@Test
	void postingWithoutTheCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/accounts").with(user(this.staff))
				.param("username", TestAccounts.PREFIX + "forged")
				.param("password", TestAccounts.PASSWORD)
				.param("displayName", "Forged")
				.param("email", "forged@example.org")
				.param("roles", "UIL_STAFF"))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findByUsername(TestAccounts.PREFIX + "forged")).isEmpty();
	}

	@Test
	void staffCreateAnAccountWhosePasswordIsStoredHashed() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/accounts").with(user(this.staff))
				.with(csrf())
				.param("username", TestAccounts.PREFIX + "natcom")
				.param("password", TestAccounts.PASSWORD)
				.param("displayName", "National Commission")
				.param("email", "natcom@example.org")
				.param("language", "fr")
				.param("roles", "NATCOM")
				.param("countryCode", this.test.country()))
			.andExpect(flash().attribute("flash", "identity.flash.created"))
			.andReturn();
		AccountView created = this.accounts.findByUsername(TestAccounts.PREFIX + "natcom").orElseThrow();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/accounts/" + created.id());
		assertThat(created.countryCode()).isEqualTo(this.test.country());
		String hash = this.jdbc.sql("select password_hash from account where id = ?")
			.param(created.id())
			.query(String.class)
			.single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestAccounts.PASSWORD);
		this.mvc.perform(get("/api/me").with(httpBasic(created.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void staffEditRolesAndBindings() throws Exception {
		AccountView expert = this.test.expert("edit");
		this.mvc.perform(get("/accounts/{id}", expert.id()).with(user(this.staff)))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/account-edit"))
			.andExpect(content().string(matchesRegex("(?s).*value=\"EXPERT\"[^>]*checked=\"checked\".*")));
		this.mvc
			.perform(post("/accounts/{id}", expert.id()).with(user(this.staff))
				.with(csrf())
				.param("id", "999999")
				.param("displayName", "Changed")
				.param("email", expert.email())
				.param("language", "en")
				.param("roles", "EXPERT", "JURY")
				.param("countryCode", expert.countryCode())
				.param("languages", "en, es")
				.param("expertise", this.test.expertiseArea())
				.param("maxLoad", "60"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("accountForm", "maxLoad", "regionCode"));
		this.mvc
			.perform(post("/accounts/{id}", expert.id()).with(user(this.staff))
				.with(csrf())
				.param("displayName", "Changed")
				.param("email", expert.email())
				.param("language", "en")
				.param("roles", "EXPERT", "JURY")
				.param("countryCode", expert.countryCode())
				.param("regionCode", this.test.region())
				.param("languages", "en, es")
				.param("expertise", this.test.expertiseArea())
				.param("maxLoad", "8"))
			.andExpect(redirectedUrl("/accounts/" + expert.id()))
			.andExpect(flash().attribute("flash", "identity.flash.saved"));
		AccountView edited = this.accounts.get(expert.id());
		assertThat(edited.roles()).containsExactly(Role.EXPERT, Role.JURY);
		assertThat(edited.languages()).containsExactly("en", "es");
		assertThat(edited.maxLoad()).isEqualTo(8);
	}

	@Test
	void editPageShowsTheLockoutAndStaffUnlockIt() throws Exception {
		AccountView expert = this.test.expert("unlock");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(get("/api/me").with(httpBasic(expert.username(), "wrong-password")));
		}
		this.mvc.perform(get("/accounts/{id}", expert.id()).with(user(this.staff)))
			.andExpect(model().attribute("locked", true))
			.andExpect(content().string(containsString("Locked after too many wrong passwords until")))
			.andExpect(content().string(containsString("/accounts/" + expert.id() + "/unlock")));
		this.mvc.perform(post("/accounts/{id}/unlock", expert.id()).with(user(this.staff)).with(csrf()))
			.andExpect(redirectedUrl("/accounts/" + expert.id()))
			.andExpect(flash().attribute("flash", "identity.flash.unlocked"));
		this.mvc.perform(get("/api/me").with(httpBasic(expert.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void staffDisableEnableAndSetANewPassword() throws Exception {
		AccountView expert = this.test.expert("toggle");
		this.mvc.perform(post("/accounts/{id}/disable", expert.id()).with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("flash", "identity.flash.disabled"));
		assertThat(this.accounts.get(expert.id()).enabled()).isFalse();
		this.mvc.perform(post("/accounts/{id}/enable", expert.id()).with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("flash", "identity.flash.enabled"));
		assertThat(this.accounts.get(expert.id()).enabled()).isTrue();

		this.mvc
			.perform(post("/accounts/{id}/password", expert.id()).with(user(this.staff))
				.with(csrf())
				.param("newPassword", "a-new-long-secret")
				.param("confirmPassword", "a-different-one"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("passwordForm", "confirmPassword"));
		this.mvc
			.perform(post("/accounts/{id}/password", expert.id()).with(user(this.staff))
				.with(csrf())
				.param("newPassword", "x")
				.param("confirmPassword", "x"))
			.andExpect(model().attributeHasFieldErrors("passwordForm", "newPassword"));
		this.mvc
			.perform(post("/accounts/{id}/password", expert.id()).with(user(this.staff))
				.with(csrf())
				.param("newPassword", "a-new-long-secret")
				.param("confirmPassword", "a-new-long-secret"))
			.andExpect(flash().attribute("flash", "identity.flash.passwordReset"));
		this.mvc.perform(get("/api/me").with(httpBasic(expert.username(), "a-new-long-secret")))
			.andExpect(status().isOk());
	}

	@Test
	void unknownAccountIsNotFoundAndAdministratorsAreOffLimitsToStaff() throws Exception {
		this.mvc.perform(get("/accounts/987654321").with(user(this.staff))).andExpect(status().isNotFound());
		long adminId = this.accounts.findByUsername("admin").orElseThrow().id();
		this.mvc.perform(post("/accounts/{id}/disable", adminId).with(user(this.staff)).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.get(adminId).enabled()).isTrue();
	}

	@Test
	void staffCannotDisableTheirOwnAccount() throws Exception {
		long staffId = this.accounts.findByUsername("staff").orElseThrow().id();
		this.mvc.perform(post("/accounts/{id}/disable", staffId).with(user(this.staff)).with(csrf()))
			.andExpect(flash().attribute("flash", "identity.flash.disableSelf"));
		assertThat(this.accounts.get(staffId).enabled()).isTrue();
	}

	@Test
	void everyoneSeesTheirOwnAccountAndChoosesTheirLanguage() throws Exception {
		UserDetails expert = this.test.details(this.test.expert("profile").username());
		this.mvc.perform(get("/account").with(user(expert)))
			.andExpect(status().isOk())
			.andExpect(view().name("identity/profile"))
			.andExpect(content().string(containsString(TestAccounts.PREFIX + "profile")));
		this.mvc
			.perform(post("/account").with(user(expert))
				.with(csrf())
				.param("displayName", "")
				.param("email", "me@example.org")
				.param("language", "fr"))
			.andExpect(model().attributeHasFieldErrors("profileForm", "displayName"));
		this.mvc
			.perform(post("/account").with(user(expert))
				.with(csrf())
				.param("displayName", "Me")
				.param("email", "me@example.org")
				.param("language", "fr"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(flash().attribute("flash", "identity.flash.profileSaved"))
			.andExpect(cookie().value("award-lang", startsWith("fr")));
		assertThat(this.accounts.findByUsername(TestAccounts.PREFIX + "profile").orElseThrow().language())
			.isEqualTo("fr");
	}

	@Test
	void changingOwnPasswordNeedsTheCurrentOne() throws Exception {
		UserDetails expert = this.test.details(this.test.expert("password").username());
		this.mvc
			.perform(post("/account/password").with(user(expert))
				.with(csrf())
				.param("currentPassword", "not-the-password")
				.param("newPassword", "a-new-long-secret")
				.param("confirmPassword", "a-new-long-secret"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("passwordForm", "currentPassword"));
		this.mvc
			.perform(post("/account/password").with(user(expert))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a-new-long-secret")
				.param("confirmPassword", "a-new-long-secret"))
			.andExpect(flash().attribute("flash", "identity.flash.passwordChanged"));
		String hash = this.jdbc.sql("select password_hash from account where username = ?")
			.param(expert.getUsername())
			.query(String.class)
			.single();
		assertThat(this.passwordEncoder.matches("a-new-long-secret", hash)).isTrue();
	}

	@Test
	void pagesSpeakFrench() throws Exception {
		this.mvc.perform(get("/accounts/new").param("lang", "fr").with(user(this.staff)))
			.andExpect(content().string(containsString("Nouveau compte")))
			.andExpect(content().string(containsString("Coordinateur de ville")));
	}

}
