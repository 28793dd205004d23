package org.learningcity.award.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Writes the iCalendar (RFC 5545) file that a deadline mail carries, so that the deadline
 * lands in the person's calendar: one event at the due time (UTC) with an alarm a day
 * before. Lines end with CRLF and are folded at 75 octets; text is escaped.
 */
final class ICalendar {

	static final String CONTENT_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private static final String CRLF = "\r\n";

	private ICalendar() {
	}

	/**
	 * An event for a deadline.
	 * @param uid a globally unique, stable id (the same for every retry of the mail)
	 * @param stamp when the notification was created
	 * @param due the deadline
	 * @param summary the title
	 * @param url the page to open, or {@code null}
	 */
	static String deadline(String uid, Instant stamp, Instant due, String summary, String url) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//UNESCO Institute for Lifelong Learning//Learning City Award//EN");
		line(ics, "CALSCALE:GREGORIAN");
		line(ics, "METHOD:PUBLISH");
		line(ics, "BEGIN:VEVENT");
		line(ics, "UID:" + text(uid));
		line(ics, "DTSTAMP:" + UTC.format(stamp.truncatedTo(ChronoUnit.SECONDS)));
		line(ics, "DTSTART:" + UTC.format(due.truncatedTo(ChronoUnit.SECONDS)));
		line(ics, "SUMMARY:" + text(summary));
		if (url != null) {
			line(ics, "DESCRIPTION:" + text(url));
			line(ics, "URL:" + url.replaceAll("[\\r\\n]", ""));
		}
		line(ics, "TRANSP:TRANSPARENT");
		line(ics, "BEGIN:VALARM");
		line(ics, "ACTION:DISPLAY");
		line(ics, "DESCRIPTION:" + text(summary));
		line(ics, "TRIGGER:-P1D");
		line(ics, "END:VALARM");
		line(ics, "END:VEVENT");
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	/** Escapes a TEXT value (RFC 5545, 3.3.11). */
	static String text(String value) {
		if (value == null) {
			return "";
		}
		return value.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line, folded so that no line is longer than 75 octets. */
	private static void line(StringBuilder out, String content) {
		int octets = 0;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > 75) {
				out.append(CRLF).append(' ');
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append(CRLF);
	}

}
