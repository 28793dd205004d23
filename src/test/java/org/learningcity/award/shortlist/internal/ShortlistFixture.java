package org.learningcity.award.shortlist.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * A fresh cycle in SHORTLISTING with reviewed nominations of demo cities, by plain JDBC
 * (each nomination: a one-expert panel whose submitted scores on two measurements give
 * the overall score), and its removal.
 */
class ShortlistFixture {

	private final JdbcClient jdbc;

	private final Cycles cycles;

	private final Network network;

	private final UserDetailsService users;

	private final Clock clock;

	private final List<Long> madeCycles = new ArrayList<>();

	private final Map<String, Integer> slots = new HashMap<>();

	ShortlistFixture(JdbcClient jdbc, Cycles cycles, Network network, UserDetailsService users, Clock clock) {
		this.jdbc = jdbc;
		this.cycles = cycles;
		this.network = network;
		this.users = users;
		this.clock = clock;
	}

	/** A cycle with these shortlist limits, already SHORTLISTING. */
	long cycle(int size, int perCountry, double minimumScore) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		CycleSettings settings = CycleSettings
			.rules2024("Shortlist test cycle " + System.nanoTime(), now.getYear() + 1, now.plusDays(30),
					now.plusDays(60))
			.withLimits(size, perCountry, minimumScore, 10, 1);
		long cycle = asStaff(() -> this.cycles.create(settings).id());
		this.madeCycles.add(cycle);
		status(cycle, "SHORTLISTING");
		return cycle;
	}

	void status(long cycle, String status) {
		this.jdbc.sql("update award_cycle set status = ? where id = ?").params(status, cycle).update();
	}

	/**
	 * A nomination of the city whose expert scored 2.1.4.a and 2.5.1.a (overall = their
	 * mean); with {@code submitted} false the review is still open (no final result).
	 */
	long nomination(long cycle, String slug, int first, int second, boolean submitted) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		var city = this.network.cityBySlug(slug).orElseThrow();
		long application = insert(
				"insert into application (cycle_id, city_id, status, created_at, created_by, updated_at, updated_by) "
						+ "values (?, ?, 'NOMINATED', ?, 'test', ?, 'test')",
				cycle, city.id(), now, now);
		int slot = this.slots.merge(cycle + city.countryCode(), 1, Integer::sum);
		long nomination = insert("insert into nomination (application_id, cycle_id, city_id, country_code, slot, "
				+ "endorsement, status, nominated_by, nominated_at) values (?, ?, ?, ?, ?, 'Strong.', 'ELIGIBLE', "
				+ "'natcom', ?)", application, cycle, city.id(), city.countryCode(), slot, now);
		long panel = insert(
				"insert into review_panel (cycle_id, nomination_id, formed_at, formed_by) values (?, ?, ?, 'staff')",
				cycle, nomination, now);
		this.jdbc
			.sql("insert into review_panel_member (panel_id, username, role, position, added_at, added_by) "
					+ "values (?, 'expert-02', 'MEMBER', 1, ?, 'staff')")
			.params(panel, now)
			.update();
		long review = insert("insert into review (nomination_id, username, status) values (?, 'expert-02', ?)",
				nomination, submitted ? "SUBMITTED" : "ACCEPTED");
		this.jdbc
			.sql("insert into review_score (review_id, round, measurement_code, score, justification) "
					+ "values (?, 1, '2.1.4.a', ?, 'Because.'), (?, 1, '2.5.1.a', ?, 'Because.')")
			.params(review, first, review, second)
			.update();
		return nomination;
	}

	String status(long nomination) {
		return this.jdbc.sql("select status from nomination where id = ?")
			.param(nomination)
			.query(String.class)
			.single();
	}

	void cleanUp() {
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

	<T> T asStaff(java.util.function.Supplier<T> work) {
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
