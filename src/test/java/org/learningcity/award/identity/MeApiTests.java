package org.learningcity.award.identity;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeApiTests {

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

	@BeforeEach
	void setUp() {
		this.test = new TestAccounts(this.accounts, this.jdbc, this.users, this.camunda);
	}

	@AfterEach
	void tearDown() {
		this.test.deleteAll();
	}

	@Test
	void aCallWithBasicCredentialsLeavesNoSessionBehind() throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(get("/api/me").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andReturn();
		org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false))
			.as("a script that sends its credentials on every call gets no session")
			.isNull();
		org.assertj.core.api.Assertions.assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
	}

	@Test
	void wrongBasicCredentialsAreRefusedWithAProblemAndNoSession() throws Exception {
		org.springframework.test.web.servlet.MvcResult result = this.mvc
			.perform(get("/api/me").with(httpBasic("staff", "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andReturn();
		org.assertj.core.api.Assertions.assertThat(result.getRequest().getSession(false)).isNull();
	}

	@Test
	void anonymousCallerGets401AsProblemDetails() throws Exception {
		this.mvc.perform(get("/api/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void staffHasRolesButNoBindings() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.username").value("staff"))
			.andExpect(jsonPath("$.roles", contains("UIL_STAFF")))
			.andExpect(jsonPath("$.displayName").isString())
			.andExpect(jsonPath("$.language").value("en"))
			.andExpect(jsonPath("$.countryCode").doesNotExist())
			.andExpect(jsonPath("$.cityId").doesNotExist())
			.andExpect(jsonPath("$.regionCode").doesNotExist());
		this.mvc.perform(get("/api/me").with(httpBasic("admin", "demo")))
			.andExpect(jsonPath("$.roles", contains("ADMIN")));
	}

	@Test
	void nationalCommissionHasItsCountry() throws Exception {
		AccountView natcom = this.test.create("natcom", this.test.natcomProfile());
		this.mvc.perform(get("/api/me").with(httpBasic(natcom.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", contains("NATCOM")))
			.andExpect(jsonPath("$.countryCode").value(this.test.country()))
			.andExpect(jsonPath("$.cityId").doesNotExist());
	}

	@Test
	void cityCoordinatorHasItsCityIdAsAStringAndItsCountry() throws Exception {
		AccountView city = this.test.create("city", this.test.cityProfile());
		this.mvc.perform(get("/api/me").with(httpBasic(city.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", contains("CITY")))
			.andExpect(jsonPath("$.cityId").value(String.valueOf(this.test.city())))
			.andExpect(jsonPath("$.countryCode").value(this.test.country()));
	}

	@Test
	void jurorHasCountryAndRegion() throws Exception {
		AccountView juror = this.test.create("juror", this.test.juryProfile());
		this.mvc.perform(get("/api/me").with(httpBasic(juror.username(), TestAccounts.PASSWORD)))
			.andExpect(jsonPath("$.roles", contains("JURY")))
			.andExpect(jsonPath("$.countryCode").value(this.test.country()))
			.andExpect(jsonPath("$.regionCode").value(this.test.region()));
	}

	@Test
	void expertWithSeveralRolesSeesThemAll() throws Exception {
		AccountProfile expert = this.test.expertProfile();
		AccountProfile both = new AccountProfile(expert.displayName(), expert.email(), "fr",
				java.util.Set.of(Role.EXPERT, Role.JURY), expert.countryCode(), null, this.test.region(),
				expert.languages(), expert.expertise(), expert.maxLoad());
		AccountView account = this.test.create("expert-juror", both);
		this.mvc.perform(get("/api/me").with(user(this.test.details(account.username()))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.roles", containsInAnyOrder("EXPERT", "JURY")))
			.andExpect(jsonPath("$.language").value("fr"));
	}

	@Test
	void peopleChangeTheirOwnProfileAndPasswordThroughTheApi() throws Exception {
		AccountView natcom = this.test.create("natcom", this.test.natcomProfile());
		this.mvc
			.perform(put("/api/me").with(httpBasic(natcom.username(), TestAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"displayName\":\"Commission\",\"email\":\"bad\",\"language\":\"en\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
		this.mvc
			.perform(post("/api/me/password").with(httpBasic(natcom.username(), TestAccounts.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"" + TestAccounts.PASSWORD + "\",\"newPassword\":\"sesame-open-up\"}"))
			.andExpect(status().isNoContent());
		this.mvc.perform(get("/api/me").with(httpBasic(natcom.username(), "sesame-open-up")))
			.andExpect(status().isOk());
	}

	@Test
	void staffManageAccountsThroughTheApiAndOthersMayNot() throws Exception {
		String body = "{\"username\":\"" + TestAccounts.PREFIX + "api\",\"password\":\"" + TestAccounts.PASSWORD
				+ "\",\"displayName\":\"Api Person\",\"email\":\"api@example.org\",\"roles\":[\"NATCOM\"],"
				+ "\"countryCode\":\"" + this.test.country() + "\"}";
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.roles", contains("NATCOM")));
		this.mvc
			.perform(post("/api/accounts").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"X\",\"roles\":[\"EXPERT\"]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[?(@.field == 'username')]").exists())
			.andExpect(jsonPath("$.errors[?(@.field == 'maxLoad')]").exists());

		AccountView expert = this.test.expert("expert");
		this.mvc.perform(get("/api/accounts").with(httpBasic(expert.username(), TestAccounts.PASSWORD)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/accounts").with(user(this.test.details(expert.username()))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/api/accounts/" + expert.id() + "/disable").with(user(this.test.details("staff")))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.enabled").value(false));
	}

}
