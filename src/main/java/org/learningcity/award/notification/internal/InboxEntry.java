package org.learningcity.award.notification.internal;

import java.time.Instant;

/** One in-app notification. */
public record InboxEntry(long id, String category, String title, String link, Instant dueAt, Instant createdAt,
		Instant readAt) {

	public boolean isRead() {
		return this.readAt != null;
	}

}
