package org.learningcity.award.identity;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach Camunda's REST API and webapps, the JSON API and the actuator, through
 * the real servlet container (Camunda's parts are servlets and filters that MockMvc would
 * not run).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AnonymousAccessTests {

	static final String EXPERT = "expert-01";

	static final String DEMO_PASSWORD = "demo";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	IdentityService identityService;

	HttpProbe http;

	@BeforeEach
	void setUp() {
		this.http = new HttpProbe(this.port);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/engine-rest/engine", "/engine-rest/process-definition", "/engine-rest/user",
			"/camunda/app/cockpit/default/", "/camunda/app/tasklist/default/", "/camunda/app/admin/default/",
			"/camunda/api/admin/auth/user/default", "/camunda/api/engine/engine/default/user", "/api/me", "/api/cities",
			"/api/admin/clock", "/actuator", "/actuator/metrics", "/actuator/prometheus", "/actuator/info",
			"/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/" })
	void anonymousRequestIsRefusedOrSentToSignIn(String path) {
		HttpResponse<String> response = this.http.get(path);
		assertThat(HttpProbe.isRefused(response))
			.as("GET %s answered %d %s", path, response.statusCode(), response.headers().map())
			.isTrue();
	}

	@Test
	void healthIsOpenToEveryone() {
		HttpResponse<String> response = this.http.get("/actuator/health");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

	@Test
	void apiRefusalIsAProblemDocument() {
		HttpResponse<String> response = this.http.get("/api/me");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
	}

	@Test
	void staffReachesTheEngineRestApiWithBasicCredentials() {
		HttpResponse<String> response = this.http.get("/engine-rest/engine", "staff", "demo");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"name\":\"default\"");
	}

	@Test
	void adminReachesTheEngineRestApiWithBasicCredentials() {
		assertThat(this.http.get("/engine-rest/process-definition", "admin", "demo").statusCode()).isEqualTo(200);
	}

	@Test
	void expertIsForbiddenTheEngineRestApi() {
		assertThat(this.http.get("/engine-rest/engine", EXPERT, AnonymousAccessTests.DEMO_PASSWORD).statusCode())
			.isEqualTo(403);
	}

	@Test
	void wrongPasswordIsRefusedByTheEngineRestApi() {
		assertThat(this.http.get("/engine-rest/engine", EXPERT, "not-the-password").statusCode()).isEqualTo(401);
	}

	@Test
	void camundasDefaultDemoUserDoesNotExist() {
		assertThat(this.identityService.createUserQuery().userId("demo").count()).isZero();
		assertThat(this.http.get("/engine-rest/engine", "demo", "demo").statusCode()).isEqualTo(401);
		assertThat(this.http.get("/api/me", "demo", "demo").statusCode()).isEqualTo(401);
	}

	@Test
	void actuatorBeyondHealthIsForbiddenToStaff() {
		assertThat(this.http.get("/actuator/metrics", "staff", "demo").statusCode()).isIn(302, 401, 403);
	}

}
