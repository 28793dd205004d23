package org.learningcity.award.cycle.internal;

import java.time.Duration;
import java.time.format.DateTimeParseException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * ISO-8601 durations in words for the pages ({@code P21D} → "21 days"), used in templates
 * as {@code ${@cycleDurations.words(iso)}}.
 */
@Component("cycleDurations")
public class CycleDurations {

	private final MessageSource messages;

	CycleDurations(MessageSource messages) {
		this.messages = messages;
	}

	/** The duration in words, or nothing if it is not an ISO-8601 duration. */
	public String words(String iso) {
		Duration duration;
		try {
			duration = Duration.parse(iso);
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return "";
		}
		long seconds = duration.getSeconds();
		if (seconds % 86_400 == 0) {
			return say("cycle.duration.days", seconds / 86_400);
		}
		if (seconds % 3_600 == 0) {
			return say("cycle.duration.hours", seconds / 3_600);
		}
		if (seconds % 60 == 0) {
			return say("cycle.duration.minutes", seconds / 60);
		}
		return say("cycle.duration.seconds", seconds);
	}

	private String say(String key, long amount) {
		return this.messages.getMessage(key, new Object[] { amount }, LocaleContextHolder.getLocale());
	}

}
