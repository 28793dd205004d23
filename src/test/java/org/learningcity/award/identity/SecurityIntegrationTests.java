package org.learningcity.award.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in and the guards around Camunda on PostgreSQL, through the real servlet
 * container: accounts, sign-in attempts and Camunda's identity tables all live in the
 * database.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "postgres", "test" })
class SecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Test
	void anonymousCallersAreRefused() {
		HttpProbe http = new HttpProbe(this.port);
		for (String path : new String[] { "/engine-rest/engine", "/camunda/app/cockpit/default/", "/api/me",
				"/actuator/metrics", "/" }) {
			assertThat(HttpProbe.isRefused(http.get(path))).as(path).isTrue();
		}
		assertThat(http.get("/actuator/health").statusCode()).isEqualTo(200);
	}

	@Test
	void staffReachesTheEngineRestApi() {
		assertThat(new HttpProbe(this.port).get("/engine-rest/engine", "staff", "demo").statusCode()).isEqualTo(200);
		assertThat(new HttpProbe(this.port).get("/engine-rest/engine", "demo", "demo").statusCode()).isEqualTo(401);
	}

	@Test
	void staffSignsInOnceForTheApplicationAndCamundasWebapps() {
		HttpProbe http = new HttpProbe(this.port);
		HttpResponse<String> signIn = http.signIn("staff", "demo");
		assertThat(signIn.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
		assertThat(http.get("/").statusCode()).isEqualTo(200);
		assertThat(http.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
		HttpResponse<String> user = http.get("/camunda/api/admin/auth/user/default");
		assertThat(user.statusCode()).isEqualTo(200);
		assertThat(user.body()).contains("\"userId\":\"staff\"");
	}

}
