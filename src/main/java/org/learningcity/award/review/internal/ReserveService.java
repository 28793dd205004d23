package org.learningcity.award.review.internal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps a panel at full size: the next reserve (lowest position, never invited to this
 * nomination yet) takes a leaving expert's place on the panel, the leaving expert's
 * review is REPLACED and the reserve is invited.
 */
@Service
@Transactional
class ReserveService {

	private final JdbcClient jdbc;

	private final ReviewService reviews;

	private final Clock clock;

	ReserveService(JdbcClient jdbc, ReviewService reviews, Clock clock) {
		this.jdbc = jdbc;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * The reserve who replaces the expert, if the panel has one left. Without one, the
	 * leaving expert's review is replaced all the same (they can no longer score it) and
	 * staff name an expert ({@link #nameExpert}).
	 */
	java.util.Optional<String> bringInReserve(long nominationId, String leaving) {
		long panel = this.jdbc.sql("select id from review_panel where nomination_id = ?")
			.param(nominationId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalStateException("Nomination " + nominationId + " has no review panel."));
		String reserve = this.jdbc.sql("""
				select m.username from review_panel_member m
				where m.panel_id = ? and m.role = 'RESERVE'
				and not exists (select 1 from review r where r.nomination_id = ? and r.username = m.username)
				order by m.position""")
			.params(panel, nominationId)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
		if (reserve == null) {
			this.reviews.replace(nominationId, leaving);
			return java.util.Optional.empty();
		}
		swap(panel, nominationId, leaving, reserve, "review-process");
		this.reviews.invite(nominationId, reserve);
		return java.util.Optional.of(reserve);
	}

	/**
	 * Staff name the expert who takes the leaving expert's place when no reserve was left
	 * (the leaving review is replaced already); the caller checked the rules. The process
	 * invites the expert next.
	 */
	void nameExpert(long nominationId, String leaving, String expert, String by) {
		long panel = this.jdbc.sql("select id from review_panel where nomination_id = ?")
			.param(nominationId)
			.query(Long.class)
			.single();
		swap(panel, nominationId, leaving, expert, by);
	}

	/** The usernames ever invited to review the nomination. */
	java.util.List<String> invited(long nominationId) {
		return this.jdbc.sql("select username from review where nomination_id = ?")
			.param(nominationId)
			.query(String.class)
			.list();
	}

	/** The joining expert takes the leaving one's place (position) among the members. */
	private void swap(long panel, long nominationId, String leaving, String joining, String by) {
		Integer position = this.jdbc
			.sql("select position from review_panel_member where panel_id = ? and username = ? and role = 'MEMBER'")
			.params(panel, leaving)
			.query(Integer.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("delete from review_panel_member where panel_id = ? and username = ?")
			.params(panel, leaving)
			.update();
		if (position == null) {
			position = this.jdbc.sql(
					"select coalesce(max(position), 0) + 1 from review_panel_member where panel_id = ? and role = 'MEMBER'")
				.param(panel)
				.query(Integer.class)
				.single();
		}
		java.sql.Timestamp now = java.sql.Timestamp.from(this.clock.instant());
		int updated = this.jdbc
			.sql("update review_panel_member set role = 'MEMBER', position = ?, added_at = ?, added_by = ? "
					+ "where panel_id = ? and username = ?")
			.params(position, now, by, panel, joining)
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("insert into review_panel_member (panel_id, username, role, position, added_at, added_by) "
						+ "values (?, ?, 'MEMBER', ?, ?, ?)")
				.params(panel, joining, position, now, by)
				.update();
		}
		if (this.reviews.find(nominationId, leaving)
			.map((r) -> r.status() != org.learningcity.award.review.ReviewStatus.REPLACED)
			.orElse(false)) {
			this.reviews.replace(nominationId, leaving);
		}
	}

}
