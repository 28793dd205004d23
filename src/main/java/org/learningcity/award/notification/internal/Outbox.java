package org.learningcity.award.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code notification_outbox} table. Taking a message to send is an optimistic claim
 * (a conditional update that only one node can win), so any number of application nodes
 * may run the worker; a claim runs out after a lease, so that a message a crashed node
 * held is tried again.
 */
@Repository
class Outbox {

	private static final String SUMMARY_COLUMNS = "id, uuid, message_id, recipient_username, recipient_address, "
			+ "recipient_name, language, category, template_name, subject, link, due_at, status, attempts, "
			+ "next_attempt_at, claimed_until, last_error, created_at, sent_at";

	private static final RowMapper<OutboxMessage> SUMMARY = (rs, row) -> map(rs, false);

	private static final RowMapper<OutboxMessage> FULL = (rs, row) -> map(rs, true);

	private final JdbcClient jdbc;

	Outbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void add(NewMessage message, Instant now) {
		this.jdbc
			.sql("insert into notification_outbox (uuid, message_id, recipient_username, recipient_address, "
					+ "recipient_name, language, category, template_name, subject, body_text, body_html, link, due_at, "
					+ "status, attempts, next_attempt_at, created_at) "
					+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)")
			.params(message.uuid(), message.messageId(), message.recipientUsername(), message.recipientAddress(),
					message.recipientName(), message.language(), message.category(), message.templateName(),
					message.subject(), message.bodyText(), message.bodyHtml(), message.link(), at(message.dueAt()),
					at(now), at(now))
			.update();
	}

	/** The ids of messages due for a try now, oldest first. */
	List<Long> due(Instant now, int limit) {
		return this.jdbc
			.sql("select id from notification_outbox where status = 'PENDING' and next_attempt_at <= ? "
					+ "and (claimed_until is null or claimed_until < ?) order by next_attempt_at, id fetch first "
					+ Math.max(1, limit) + " rows only")
			.params(at(now), at(now))
			.query(Long.class)
			.list();
	}

	/**
	 * Takes the message for one try; counts the try. Only one caller wins, on any node.
	 * @return whether this caller holds the message now
	 */
	boolean claim(long id, String token, Instant now, Instant until) {
		return this.jdbc
			.sql("update notification_outbox set claimed_until = ?, claim_token = ?, attempts = attempts + 1 "
					+ "where id = ? and status = 'PENDING' and next_attempt_at <= ? "
					+ "and (claimed_until is null or claimed_until < ?)")
			.params(at(until), token, id, at(now), at(now))
			.update() == 1;
	}

	boolean markSent(long id, String token, Instant now) {
		return this.jdbc
			.sql("update notification_outbox set status = 'SENT', sent_at = ?, last_error = null, "
					+ "claimed_until = null, claim_token = null where id = ? and claim_token = ?")
			.params(at(now), id, token)
			.update() == 1;
	}

	boolean markTryFailed(long id, String token, Status status, Instant nextAttempt, String error) {
		return this.jdbc
			.sql("update notification_outbox set status = ?, next_attempt_at = ?, last_error = ?, "
					+ "claimed_until = null, claim_token = null where id = ? and claim_token = ?")
			.params(status.name(), at(nextAttempt), HeaderSafety.limit(error, 2000), id, token)
			.update() == 1;
	}

	/** Puts a FAILED message back in the queue with a fresh set of tries. */
	boolean resend(long id, Instant now) {
		return this.jdbc
			.sql("update notification_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, "
					+ "claimed_until = null, claim_token = null where id = ? and status = 'FAILED'")
			.params(at(now), id)
			.update() == 1;
	}

	Optional<OutboxMessage> find(long id) {
		return this.jdbc.sql("select * from notification_outbox where id = ?").param(id).query(FULL).optional();
	}

	/** Every message, newest first; only those with the status if one is given. */
	List<OutboxMessage> list(Status status) {
		if (status == null) {
			return this.jdbc.sql("select " + SUMMARY_COLUMNS + " from notification_outbox order by id desc")
				.query(SUMMARY)
				.list();
		}
		return this.jdbc
			.sql("select " + SUMMARY_COLUMNS + " from notification_outbox where status = ? order by id desc")
			.param(status.name())
			.query(SUMMARY)
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return (value != null) ? value.toInstant() : null;
	}

	private static OutboxMessage map(ResultSet rs, boolean bodies) throws SQLException {
		return new OutboxMessage(rs.getLong("id"), rs.getString("uuid"), rs.getString("message_id"),
				rs.getString("recipient_username"), rs.getString("recipient_address"), rs.getString("recipient_name"),
				rs.getString("language"), rs.getString("category"), rs.getString("template_name"),
				rs.getString("subject"), bodies ? rs.getString("body_text") : null,
				bodies ? rs.getString("body_html") : null, rs.getString("link"), instant(rs, "due_at"),
				Status.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
				instant(rs, "claimed_until"), rs.getString("last_error"), instant(rs, "created_at"),
				instant(rs, "sent_at"));
	}

	/** What the notification service puts into the outbox. */
	record NewMessage(String uuid, String messageId, String recipientUsername, String recipientAddress,
			String recipientName, String language, String category, String templateName, String subject,
			String bodyText, String bodyHtml, String link, Instant dueAt) {
	}

}
