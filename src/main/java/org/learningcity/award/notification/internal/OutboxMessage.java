package org.learningcity.award.notification.internal;

import java.time.Instant;

/**
 * One mail of the outbox. The bodies are {@code null} when the message was read for a
 * list.
 */
public record OutboxMessage(long id, String uuid, String messageId, String recipientUsername, String recipientAddress,
		String recipientName, String language, String category, String templateName, String subject, String bodyText,
		String bodyHtml, String link, Instant dueAt, Status status, int attempts, Instant nextAttemptAt,
		Instant claimedUntil, String lastError, Instant createdAt, Instant sentAt) {

	public enum Status {

		PENDING, SENT, FAILED

	}

	/** Whether a node is sending it right now (its claim has not run out). */
	public boolean inFlightAt(Instant now) {
		return this.status == Status.PENDING && this.claimedUntil != null && this.claimedUntil.isAfter(now);
	}

}
