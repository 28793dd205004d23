package org.learningcity.award.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditEvent;
import org.learningcity.award.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Five wrong passwords lock an account for fifteen minutes: the right password is refused
 * meanwhile, by HTTP Basic and by the sign-in form alike.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SignInLockoutTests {

	private static final String WRONG = "wrong-password";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	IdentityService camunda;

	TestAccounts test;

	String username;

	@BeforeEach
	void setUp() {
		this.test = new TestAccounts(this.accounts, this.jdbc, this.users, this.camunda);
		this.username = this.test.expert("locked").username();
	}

	@AfterEach
	void tearDown() {
		ClockUtil.reset();
		this.test.deleteAll();
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightPassword() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		failFiveTimes();

		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin("/login").user(this.username).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());

		AccountView account = this.accounts.findByUsername(this.username).orElseThrow();
		assertThat(account.lockedUntil()).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
		assertThat(this.audit.of("ACCOUNT", String.valueOf(account.id()))).extracting(AuditEvent::action)
			.contains("ACCOUNT_LOCKED");
	}

	@Test
	void wrongPasswordsByTheSignInFormCountToo() throws Exception {
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(this.username).password(WRONG))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(this.username).password(TestAccounts.PASSWORD))
			.andExpect(unauthenticated());
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void lockoutEndsAfterFifteenMinutes() throws Exception {
		failFiveTimes();

		moveClock(Duration.ofMinutes(14));
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());

		moveClock(Duration.ofMinutes(15).plusSeconds(5));
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		this.mvc.perform(formLogin("/login").user(this.username).password(TestAccounts.PASSWORD))
			.andExpect(authenticated().withUsername(this.username));
		AccountView account = this.accounts.findByUsername(this.username).orElseThrow();
		assertThat(account.lockedUntil()).isNull();
		assertThat(account.failedSignIns()).isZero();
	}

	@Test
	void successfulSignInResetsTheCount() throws Exception {
		for (int i = 0; i < 4; i++) {
			wrongPassword();
		}
		assertThat(this.accounts.findByUsername(this.username).orElseThrow().failedSignIns()).isEqualTo(4);
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
		assertThat(this.accounts.findByUsername(this.username).orElseThrow().failedSignIns()).isZero();

		for (int i = 0; i < 4; i++) {
			wrongPassword();
		}
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void staffCanLiftALockout() throws Exception {
		failFiveTimes();
		long id = this.accounts.findByUsername(this.username).orElseThrow().id();
		this.test.as("staff", () -> this.accounts.unlock(id));

		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void disabledAccountCannotSignIn() throws Exception {
		long id = this.accounts.findByUsername(this.username).orElseThrow().id();
		this.test.as("staff", () -> this.accounts.setEnabled(id, false));

		this.mvc.perform(get("/api/me").with(httpBasic(this.username, TestAccounts.PASSWORD)))
			.andExpect(status().isUnauthorized());
		this.mvc.perform(formLogin("/login").user(this.username).password(TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"))
			.andExpect(unauthenticated());
	}

	@Test
	void unknownUsernamesAreRefusedLikeWrongPasswords() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic(TestAccounts.PREFIX + "nobody", WRONG)))
			.andExpect(status().isUnauthorized());
	}

	private void failFiveTimes() throws Exception {
		for (int i = 0; i < 5; i++) {
			wrongPassword();
		}
	}

	private void wrongPassword() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic(this.username, WRONG))).andExpect(status().isUnauthorized());
	}

	private static void moveClock(Duration ahead) {
		ClockUtil.setCurrentTime(Date.from(Instant.now().plus(ahead)));
	}

}
