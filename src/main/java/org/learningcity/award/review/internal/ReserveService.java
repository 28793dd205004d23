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
	 * The reserve who replaces the expert.
	 * @throws IllegalStateException if the panel has no reserve left (an incident for
	 * staff: they change the panel by hand)
	 */
	String bringInReserve(long nominationId, String leaving) {
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
			.orElseThrow(() -> new IllegalStateException("The panel of nomination " + nominationId
					+ " has no reserve left to replace " + leaving + ": change the panel by hand."));
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
		this.jdbc
			.sql("update review_panel_member set role = 'MEMBER', position = ?, added_at = ?, added_by = ? "
					+ "where panel_id = ? and username = ?")
			.params(position, java.sql.Timestamp.from(this.clock.instant()), "review-process", panel, reserve)
			.update();
		this.reviews.replace(nominationId, leaving);
		this.reviews.invite(nominationId, reserve);
		return reserve;
	}

}
