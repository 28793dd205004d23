package org.learningcity.award.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's webapps trust the application's own sign-in (one password, one session):
 * staff who signed in through the form are known to Cockpit and Admin; other roles are
 * not let in.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CamundaWebappSignInTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HttpProbe http;

	@BeforeEach
	void setUp() {
		this.http = new HttpProbe(this.port);
	}

	@Test
	void staffSignedInThroughTheFormIsKnownToCamundasWebapps() {
		HttpResponse<String> signIn = this.http.signIn("staff", "demo");
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

		// opening a webapp hands the sign-in to Camunda, as a browser does
		assertThat(this.http.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> user = this.http.get("/camunda/api/admin/auth/user/default");
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"staff\"");
		assertThat(this.http.get("/camunda/api/engine/engine/default/process-definition/count").statusCode())
			.isEqualTo(200);
	}

	@Test
	void adminSignedInThroughTheFormIsKnownToCamundasWebapps() {
		this.http.signIn("admin", "demo");
		assertThat(this.http.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> user = this.http.get("/camunda/api/admin/auth/user/default");
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"admin\"");
	}

	@Test
	void expertSignedInThroughTheFormIsForbiddenCamundasWebapps() {
		HttpResponse<String> signIn = this.http.signIn(AnonymousAccessTests.EXPERT, AnonymousAccessTests.DEMO_PASSWORD);
		assertThat(signIn.statusCode()).isEqualTo(302);
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));

		assertThat(this.http.get("/camunda/api/admin/auth/user/default").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);
		assertThat(this.http.get("/engine-rest/engine").statusCode()).isEqualTo(401);
	}

	@Test
	void wrongPasswordLeavesCamundasWebappsClosed() {
		HttpResponse<String> signIn = this.http.signIn("staff", "not-the-password");
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
		assertThat(HttpProbe.isRefused(this.http.get("/camunda/api/admin/auth/user/default"))).isTrue();
	}

}
