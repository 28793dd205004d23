package org.learningcity.award.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** In-app notifications: what the bell counts and the notifications page lists. */
@Repository
class Inbox {

	private static final RowMapper<InboxEntry> ENTRY = (rs, row) -> new InboxEntry(rs.getLong("id"),
			rs.getString("category"), rs.getString("title"), rs.getString("link"), instant(rs, "due_at"),
			instant(rs, "created_at"), instant(rs, "read_at"));

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(long accountId, String category, String title, String link, Instant due, Instant now) {
		this.jdbc
			.sql("insert into notification_inbox (account_id, category, title, link, due_at, created_at) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(accountId, category, title, link, at(due), at(now))
			.update();
	}

	int unread(long accountId) {
		return this.jdbc.sql("select count(*) from notification_inbox where account_id = ? and read_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	/** The person's most recent notifications, newest first. */
	List<InboxEntry> recent(long accountId, int limit) {
		return this.jdbc
			.sql("select * from notification_inbox where account_id = ? order by id desc fetch first "
					+ Math.max(1, limit) + " rows only")
			.param(accountId)
			.query(ENTRY)
			.list();
	}

	/**
	 * Marks one of the person's own notifications read; returns its link if it has one.
	 */
	java.util.Optional<InboxEntry> markRead(long accountId, long id, Instant now) {
		this.jdbc.sql("update notification_inbox set read_at = ? where id = ? and account_id = ? and read_at is null")
			.params(at(now), id, accountId)
			.update();
		return this.jdbc.sql("select * from notification_inbox where id = ? and account_id = ?")
			.params(id, accountId)
			.query(ENTRY)
			.optional();
	}

	int markAllRead(long accountId, Instant now) {
		return this.jdbc.sql("update notification_inbox set read_at = ? where account_id = ? and read_at is null")
			.params(at(now), accountId)
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

}
