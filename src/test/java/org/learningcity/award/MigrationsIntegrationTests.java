package org.learningcity.award;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema on PostgreSQL: every Flyway migration (and the demo data) applies unchanged,
 * and the process engine starts after Flyway on the same database. Runs under failsafe
 * only, against the throwaway PostgreSQL that {@code scripts/test.sh} starts (the
 * datasource comes in as {@code spring.datasource.*} system properties).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "postgres", "demo" })
class MigrationsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	Flyway flyway;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProcessEngine processEngine;

	@Autowired
	ManagementService managementService;

	@Autowired
	IdentityService identityService;

	@Test
	void runsOnPostgreSql() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
	}

	@Test
	void everyMigrationIsApplied() {
		MigrationInfo[] all = this.flyway.info().all();
		assertThat(all).isNotEmpty();
		assertThat(Arrays.stream(all).map(MigrationInfo::getState))
			.as("migrations: %s", Arrays.stream(all).map(m -> m.getVersion() + " " + m.getState()).toList())
			.allMatch(MigrationState::isApplied)
			.noneMatch(MigrationState::isFailed);
		assertThat(this.flyway.info().pending()).isEmpty();
		assertThat(Arrays.stream(this.flyway.info().applied()).map(m -> m.getVersion().getVersion())).contains("1", "2",
				"5", "900.1");
	}

	@Test
	void schemaWasMigratedFromEmptyNotBaselined() {
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where type = 'BASELINE'")
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void applicationTablesExist() {
		List<String> tables = this.jdbc
			.sql("select table_name from information_schema.tables where table_schema = current_schema()")
			.query(String.class)
			.list();
		assertThat(tables).contains("region", "country", "city", "national_commission", "city_award", "account",
				"account_role", "account_language", "account_expertise", "audit_event", "catalog_area", "catalog_focus",
				"catalog_feature", "catalog_measurement", "catalog_breakdown", "rubric_level", "award_cycle");
	}

	@Test
	void processEngineStartedOnTheSameDatabase() {
		assertThat(this.processEngine.getName()).isEqualTo("default");
		assertThat(this.managementService.getTableCount()).containsKeys("ACT_RE_PROCDEF", "ACT_RU_EXECUTION",
				"ACT_HI_PROCINST", "ACT_ID_USER");
		assertThat(this.jdbc.sql("select count(*) from act_re_procdef").query(Long.class).single()).isNotNegative();
		assertThat(this.processEngine.getRepositoryService().createProcessDefinitionQuery().count()).isNotNegative();
	}

	@Test
	void demoAccountsExistAndStaffAreMirroredForCamundasWebapps() {
		assertThat(this.jdbc.sql("""
				select a.username || ':' || r.role from account a join account_role r on r.account_id = a.id
				where a.username in ('admin', 'staff')
				""").query(String.class).list()).contains("admin:ADMIN", "staff:UIL_STAFF");
		assertThat(this.identityService.createUserQuery().userId("staff").count()).isEqualTo(1);
		assertThat(this.identityService.createUserQuery().userId("demo").count()).isZero();
	}

}
