package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A cycle's panels stored at once ({@link PanelStore#insertAll}, JDBC batches): each
 * panel with its members and reserves in order, as stored one by one; a nomination that
 * has a panel already is refused with the unique key's error, which the service turns
 * into {@code review.panels-formed}. Run on H2 ({@link PanelsStoredAtOnceTests}) and on
 * PostgreSQL ({@link PanelsStoredAtOnceIntegrationTests}), whose drivers report a failed
 * batch differently.
 */
abstract class PanelsStoredAtOnceTestSupport {

	@Autowired
	PanelStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cycles cycles;

	@Autowired
	Catalog catalog;

	@Autowired
	Clock clock;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	ManagementService management;

	ReviewScenario scenario;

	@BeforeEach
	void setUp() {
		this.scenario = new ReviewScenario(this.jdbc, this.cycles, this.catalog, this.clock, this.runtime,
				this.taskService, this.management)
			.store("Panels stored at once", "expert-04");
	}

	@AfterEach
	void cleanUp() {
		this.scenario.cleanUp();
	}

	@Test
	void eachPanelIsStoredWithItsMembersAndReservesInOrder() {
		long nomination = this.scenario.nomination;
		this.jdbc
			.sql("delete from review_panel_member where panel_id in "
					+ "(select id from review_panel where nomination_id = ?)")
			.param(nomination)
			.update();
		this.jdbc.sql("delete from review_panel where nomination_id = ?").param(nomination).update();
		Instant at = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);

		this.store.insertAll(
				this.scenario.cycle, List.of(new AssignedPanel(nomination,
						List.of("expert-03", "expert-01", "expert-02"), List.of("expert-05", "expert-04"), 0)),
				at, "staff");

		PanelStore.StoredPanel stored = this.store.get(nomination);
		assertThat(stored.cycleId()).isEqualTo(this.scenario.cycle);
		assertThat(stored.experts()).containsExactly("expert-03", "expert-01", "expert-02");
		assertThat(stored.reserves()).containsExactly("expert-05", "expert-04");
		assertThat(stored.formedBy()).isEqualTo("staff");
		assertThat(stored.formedAt()).isEqualTo(at);
	}

	@Test
	void aNominationWithAPanelAlreadyIsRefused() {
		long nomination = this.scenario.nomination;
		List<String> before = this.store.get(nomination).experts();

		assertThatThrownBy(() -> this.store.insertAll(this.scenario.cycle,
				List.of(new AssignedPanel(nomination, List.of("expert-03", "expert-04", "expert-05"), List.of(), 0)),
				this.clock.instant(), "staff"))
			.isInstanceOf(DuplicateKeyException.class);
		assertThat(this.store.get(nomination).experts()).isEqualTo(before);
	}

}
