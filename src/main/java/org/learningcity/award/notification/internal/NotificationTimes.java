package org.learningcity.award.notification.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Times on the notification pages, in UTC: {@code ${@notificationTimes.at(m.createdAt)}}.
 */
@Component("notificationTimes")
public class NotificationTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String at(Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "";
	}

	public String exactly(Instant instant) {
		return (instant != null) ? SECONDS.format(instant) : "";
	}

}
