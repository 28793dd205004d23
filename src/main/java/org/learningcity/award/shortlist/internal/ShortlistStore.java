package org.learningcity.award.shortlist.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.shortlist.ConfirmedShortlist;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The confirmed shortlists, by plain JDBC. */
@Component
class ShortlistStore {

	private final JdbcClient jdbc;

	ShortlistStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long save(long cycleId, List<ConfirmedShortlist.Member> members, String rationale, String by, Instant at) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("insert into shortlist (cycle_id, rationale, confirmed_by, confirmed_at) values (?, ?, ?, ?)")
			.params(cycleId, rationale, by, OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		int order = 0;
		for (ConfirmedShortlist.Member member : members) {
			this.jdbc.sql("""
					insert into shortlist_member (shortlist_id, nomination_id, list_order, ranking_rank, overall,
					reason_code, reason_text) values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, member.nominationId(), ++order, member.rank(), BigDecimal.valueOf(member.overall()),
						member.reasonCode(), member.reasonText())
				.update();
		}
		return id;
	}

	Optional<ConfirmedShortlist> latest(long cycleId) {
		return this.jdbc
			.sql("select id, rationale, confirmed_by, confirmed_at from shortlist where cycle_id = ? "
					+ "order by id desc fetch first 1 rows only")
			.param(cycleId)
			.query((rs, n) -> new ConfirmedShortlist(rs.getLong("id"), cycleId, members(rs.getLong("id")),
					rs.getString("rationale"), rs.getString("confirmed_by"),
					rs.getObject("confirmed_at", OffsetDateTime.class).toInstant()))
			.optional();
	}

	/** How many times the cycle's shortlist was confirmed. */
	int confirmations(long cycleId) {
		return this.jdbc.sql("select count(*) from shortlist where cycle_id = ?")
			.param(cycleId)
			.query(Integer.class)
			.single();
	}

	private List<ConfirmedShortlist.Member> members(long shortlistId) {
		return this.jdbc.sql("""
				select nomination_id, ranking_rank, overall, reason_code, reason_text from shortlist_member
				where shortlist_id = ? order by list_order""")
			.param(shortlistId)
			.query((rs, n) -> new ConfirmedShortlist.Member(rs.getLong("nomination_id"), rs.getInt("ranking_rank"),
					rs.getBigDecimal("overall").doubleValue(), rs.getString("reason_code"),
					rs.getString("reason_text")))
			.list();
	}

}
