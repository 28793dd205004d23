package org.learningcity.award.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.CityView;
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
 * Reviewed nominations for the tests of the modules that read review results (review,
 * shortlist, dossier): a fresh cycle, nominations of demo cities with their applications'
 * content, panels, reviews and scores, and the review process's recorded decisions
 * ({@link #decided}), stored by plain JDBC (no process), and removed again by
 * {@link #cleanUp()} with everything stored on them.
 */
public class ReviewedNominations {

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Network network;

	private final UserDetailsService users;

	private final Clock clock;

	private final List<Long> madeCycles = new ArrayList<>();

	/** The places each country took in each cycle, for the nominations' slots. */
	private final Map<String, Integer> slots = new HashMap<>();

	public ReviewedNominations(JdbcClient jdbc, Cycles cycles, Network network, UserDetailsService users, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.network = network;
		this.users = users;
		this.clock = clock;
	}

	/** A new cycle in DRAFT with the 2024 rules. */
	public long cycle(String title) {
		OffsetDateTime now = now();
		return cycle(CycleSettings.rules2024(title + " " + System.nanoTime(), now.getYear() + 1, now.plusDays(30),
				now.plusDays(60)));
	}

	/** A new cycle in DRAFT with these rules. */
	public long cycle(CycleSettings settings) {
		long cycle = asStaff(() -> this.cycles.create(settings).id());
		this.madeCycles.add(cycle);
		return cycle;
	}

	/** Puts the cycle in this status, whatever the status machine says. */
	public void status(long cycle, String status) {
		this.jdbc.sql("update award_cycle set status = ? where id = ?").params(status, cycle).update();
	}

	/** The nomination's status. */
	public String status(long nomination) {
		return this.jdbc.sql("select status from nomination where id = ?")
			.param(nomination)
			.query(String.class)
			.single();
	}

	/**
	 * A nomination of the city in the cycle, in this status, with its application and a
	 * panel of these experts.
	 */
	public long nomination(long cycle, String citySlug, String status, String... panel) {
		OffsetDateTime now = now();
		CityView city = this.network.cityBySlug(citySlug).orElseThrow();
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'NOMINATED', ?, 'test', ?, 'test')",
				cycle, city.id(), now, now);
		int slot = this.slots.merge(cycle + city.countryCode(), 1, Integer::sum);
		long nomination = insert("insert into nomination (application_id, cycle_id, city_id, country_code, slot, "
				+ "endorsement, status, nominated_by, nominated_at) values (?, ?, ?, ?, ?, 'Strong.', ?, "
				+ "'natcom-test', ?)", application, cycle, city.id(), city.countryCode(), slot, status, now);
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

	/** The application of a nomination. */
	public long applicationOf(long nomination) {
		return this.jdbc.sql("select application_id from nomination where id = ?")
			.param(nomination)
			.query(Long.class)
			.single();
	}

	/** The city's narrative for an expert-review measurement. */
	public void narrative(long nomination, String code, String text) {
		this.jdbc.sql("insert into application_narrative (application_id, measurement_code, body) values (?, ?, ?)")
			.params(applicationOf(nomination), code, text)
			.update();
	}

	/** A statistic of the city. */
	public void indicator(long nomination, String code, double figure, int year) {
		this.jdbc
			.sql("insert into application_indicator (application_id, measurement_code, figure, data_year) "
					+ "values (?, ?, ?, ?)")
			.params(applicationOf(nomination), code, figure, year)
			.update();
	}

	/** An attachment's record (no file behind it). */
	public long attachment(long nomination, String filename) {
		return insert(
				"insert into application_attachment (application_id, stored_name, filename, bytes, sha256, "
						+ "uploaded_at, uploaded_by) values (?, ?, ?, 20480, ?, ?, 'test')",
				applicationOf(nomination), "fixture-" + System.nanoTime() + ".pdf", filename, "0".repeat(64), now());
	}

	/** A submitted review of the nomination. */
	public long review(long nomination, String expert) {
		return review(nomination, expert, "SUBMITTED");
	}

	/** A review of the nomination in this status. */
	public long review(long nomination, String expert, String status) {
		return insert("insert into review (nomination_id, username, status) values (?, ?, ?)", nomination, expert,
				status);
	}

	/** A score with its justification in a round. */
	public void score(long review, int round, String code, int score, String justification) {
		this.jdbc
			.sql("insert into review_score (review_id, round, measurement_code, score, justification) "
					+ "values (?, ?, ?, ?, ?)")
			.params(review, round, code, score, justification)
			.update();
	}

	/**
	 * The review process's decision on a round (1: the first scores, 2: after the
	 * moderation round) as it records it, with the cycle's divergence threshold: the
	 * pages show these measurements as divergent (they never evaluate the DMN
	 * themselves). Replaces a decision recorded before on the round.
	 */
	public void decided(long nomination, int round, String... divergentCodes) {
		long cycle = this.jdbc.sql("select cycle_id from nomination where id = ?")
			.param(nomination)
			.query(Long.class)
			.single();
		this.jdbc.sql("delete from review_round_decision where nomination_id = ? and round = ?")
			.params(nomination, round)
			.update();
		this.jdbc
			.sql("insert into review_round_decision (nomination_id, round, divergence_threshold, "
					+ "divergent_measurements, decided_at) values (?, ?, ?, ?, ?)")
			.params(nomination, round, this.cycles.settings(cycle).divergenceThreshold(),
					String.join(",", new java.util.TreeSet<>(List.of(divergentCodes))), now())
			.update();
	}

	/** Runs the work signed in as the demo staff member. */
	public <T> T asStaff(Supplier<T> work) {
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

	/** Removes the cycles made and everything stored on them. */
	public void cleanUp() {
		for (long cycle : this.madeCycles) {
			this.jdbc
				.sql("delete from shortlist_member where shortlist_id in (select id from shortlist where cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc.sql("delete from shortlist where cycle_id = ?").param(cycle).update();
			this.jdbc
				.sql("delete from review_score where review_id in (select r.id from review r "
						+ "join nomination n on n.id = r.nomination_id where n.cycle_id = ?)")
				.param(cycle)
				.update();
			this.jdbc
				.sql("delete from review_round_decision where nomination_id in "
						+ "(select id from nomination where cycle_id = ?)")
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
			for (String table : List.of("application_narrative", "application_indicator_part", "application_indicator",
					"application_attachment")) {
				this.jdbc
					.sql("delete from " + table
							+ " where application_id in (select id from application where cycle_id = ?)")
					.param(cycle)
					.update();
			}
			this.jdbc.sql("delete from application where cycle_id = ?").param(cycle).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(cycle).update();
		}
		this.madeCycles.clear();
		this.slots.clear();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
	}

	private long insert(String sql, Object... params) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(sql).params(params).update(keys, "id");
		return keys.getKey().longValue();
	}

}
