package org.learningcity.award;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On PostgreSQL (scripts/test.sh hands the database to failsafe): every migration
 * applies, the engine starts after Flyway, and the reference and demo data, sign-in and a
 * write path work there as they do on H2.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "postgres", "test" })
class MigrationsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void runsOnPostgresql() throws Exception {
		try (var connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

	@Test
	void everyMigrationIsAppliedAndNoneIsPending() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState))
			.allMatch(state -> state == MigrationState.SUCCESS || state == MigrationState.OUT_OF_ORDER);
		assertThat(this.flyway.info().pending()).isEmpty();
	}

	@Test
	void theEngineCreatedItsTablesBesideTheApplicationsOwn() {
		assertThat(this.jdbc.sql("select count(*) from act_ge_property").query(Long.class).single()).isPositive();
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history").query(Long.class).single()).isPositive();
	}

	@Test
	void theCatalogueIsCompleteOnPostgresql() {
		assertThat(count("select count(*) from catalog_feature")).isEqualTo(42);
		assertThat(count("select count(*) from catalog_measurement where source = 'EXPERT_REVIEW'")).isEqualTo(18);
		assertThat(count("select count(*) from rubric_level")).isEqualTo(90);
		assertThat(count("select count(*) from region")).isEqualTo(5);
	}

	@Test
	void demoAccountsSignInWithTheirHashedPasswords() throws Exception {
		this.mvc.perform(get("/api/me").with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.countryCode").value("IE"));
		this.mvc.perform(get("/api/me").with(httpBasic("natcom-ie", "wrong"))).andExpect(status().isUnauthorized());
	}

	@Test
	void staffCreateACycleAndItIsAuditedOnPostgresql() throws Exception {
		OffsetDateTime applications = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).withNano(0);
		String body = """
				{"title": "Integration cycle", "year": 2027, "nominationQuota": 2, "panelSize": 3,
				 "divergenceThreshold": 2, "shortlistSize": 10, "maxAwardeesPerCountry": 1,
				 "membershipMonths": 12, "exclusionYears": 6,
				 "applicationDeadline": "%s", "nominationDeadline": "%s",
				 "invitationResponse": "P3D", "reviewDuration": "P21D", "reminderBefore": ["P7D", "P1D"],
				 "moderationDuration": "P7D", "juryDuration": "P14D"}
				""".formatted(applications, applications.plusDays(30));
		this.mvc
			.perform(post("/api/cycles").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"));
		assertThat(count("select count(*) from audit_event where action like 'CYCLE%'")).isPositive();
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
