package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes a fresh cycle with one nomination of Cork, its panel, reviews and scores by plain
 * JDBC (no process), and removes them again.
 */
class ResultFixture {

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Network network;

	private final UserDetailsService users;

	private final Clock clock;

	private final List<Long> madeCycles = new ArrayList<>();

	ResultFixture(JdbcClient jdbc, Cycles cycles, Network network, UserDetailsService users, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.network = network;
		this.users = users;
		this.clock = clock;
	}

	/** A nomination of Cork in a new cycle, with a panel of these experts. */
	long nomination(String... panel) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		CycleSettings settings = CycleSettings.rules2024("Result test cycle " + System.nanoTime(), now.getYear() + 1,
				now.plusDays(30), now.plusDays(60));
		long cycle = asStaff(() -> this.cycles.create(settings).id());
		this.madeCycles.add(cycle);
		long city = this.network.cityBySlug("cork").orElseThrow().id();
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'NOMINATED', ?, 'test', ?, 'test')",
				cycle, city, now, now);
		long nomination = insert("insert into nomination (application_id, cycle_id, city_id, country_code, slot, "
				+ "endorsement, status, nominated_by, nominated_at) values (?, ?, ?, 'IE', 1, 'Strong.', 'ELIGIBLE', "
				+ "'natcom-ie', ?)", application, cycle, city, now);
		long panelId = insert(
				"insert into review_panel (cycle_id, nomination_id, formed_at, formed_by) values (?, ?, ?, 'staff')",
				cycle, nomination, now);
		for (int i = 0; i < panel.length; i++) {
			this.jdbc
				.sql("insert into review_panel_member (panel_id, username, role, position, added_at, added_by) "
						+ "values (?, ?, 'MEMBER', ?, ?, 'staff')")
				.params(panelId, panel[i], i + 1, now)
				.update();
		}
		return nomination;
	}

	/** A review of the nomination in this status. */
	long review(long nomination, String expert, String status) {
		return insert("insert into review (nomination_id, username, status) values (?, ?, ?)", nomination, expert,
				status);
	}

	/** Scores of a review in a round, given as code, score, code, score ... */
	void scores(long review, int round, Object... codesAndScores) {
		for (int i = 0; i < codesAndScores.length; i += 2) {
			this.jdbc
				.sql("insert into review_score (review_id, round, measurement_code, score, justification) "
						+ "values (?, ?, ?, ?, 'Because.')")
				.params(review, round, codesAndScores[i], codesAndScores[i + 1])
				.update();
		}
	}

	void cleanUp() {
		for (long cycle : this.madeCycles) {
			this.jdbc
				.sql("delete from review_score where review_id in (select r.id from review r "
						+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from review where nomination_id in (select id from nomination where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql(
					"delete from review_panel_member where panel_id in (select id from review_panel where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from review_panel where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from nomination where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from application where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(cycle).update();
		}
		this.madeCycles.clear();
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

	private <T> T asStaff(java.util.function.Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails details = this.users.loadUserByUsername("staff");
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
