package org.learningcity.award.notification.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ICalendarTests {

	private static final Instant STAMP = Instant.parse("2030-06-01T08:30:15.123Z");

	private static final Instant DUE = Instant.parse("2030-06-15T23:59:00Z");

	@Test
	void aDeadlineIsOneEventInUtcWithAStableUidAndCrlfLineEnds() {
		String ics = ICalendar.deadline("notification-1@award.test", STAMP, DUE, "Score the report", null);
		assertThat(ics).isEqualTo("""
				BEGIN:VCALENDAR
				VERSION:2.0
				PRODID:-//UNESCO Institute for Lifelong Learning//Learning City Award//EN
				CALSCALE:GREGORIAN
				METHOD:PUBLISH
				BEGIN:VEVENT
				UID:notification-1@award.test
				DTSTAMP:20300601T083015Z
				DTSTART:20300615T235900Z
				SUMMARY:Score the report
				TRANSP:TRANSPARENT
				BEGIN:VALARM
				ACTION:DISPLAY
				DESCRIPTION:Score the report
				TRIGGER:-P1D
				END:VALARM
				END:VEVENT
				END:VCALENDAR
				""".replace("\n", "\r\n"));
		assertThat(ICalendar.deadline("notification-1@award.test", STAMP, DUE, "Score the report", null))
			.as("the same notification gives the same file on every try")
			.isEqualTo(ics);
	}

	@Test
	void textIsEscaped() {
		assertThat(ICalendar.text("Cork, Ireland; a\\b\r\nnext")).isEqualTo("Cork\\, Ireland\\; a\\\\b\\nnext");
		String ics = ICalendar.deadline("u@award.test", STAMP, DUE, "Review: Cork, Ireland;\nnow",
				"https://a.test/t/1");
		assertThat(ics).contains("\r\nSUMMARY:Review: Cork\\, Ireland\\;\\nnow\r\n")
			.contains("\r\nURL:https://a.test/t/1\r\n");
	}

	@Test
	void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
		String summary = "Évaluer la nomination de Saint-Étienne-du-Rouvray pour le Prix de la ville apprenante 2030 à l’échéance";
		String ics = ICalendar.deadline("u@award.test", STAMP, DUE, summary, null);
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
			assertThat(line).doesNotContain("\uFFFD");
		}
		String unfolded = ics.replace("\r\n ", "");
		assertThat(Arrays.asList(unfolded.split("\r\n"))).contains("SUMMARY:" + summary);
	}

}
