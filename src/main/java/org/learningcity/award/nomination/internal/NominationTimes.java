package org.learningcity.award.nomination.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Times on the application pages, in UTC and in the reader's language, as
 * {@code ${@nominationTimes.at(...)}}.
 */
@Component("nominationTimes")
class NominationTimes {

	private final NominationMessages messages;

	NominationTimes(NominationMessages messages) {
		this.messages = messages;
	}

	/** The time ({@code Instant} or {@code OffsetDateTime}), or a dash if none. */
	public String at(TemporalAccessor time) {
		if (time == null) {
			return "–";
		}
		OffsetDateTime utc = (time instanceof Instant instant) ? instant.atOffset(ZoneOffset.UTC)
				: OffsetDateTime.from(time).withOffsetSameInstant(ZoneOffset.UTC);
		return DateTimeFormatter.ofPattern(this.messages.text("nomination.timeFormat"), LocaleContextHolder.getLocale())
			.format(utc);
	}

}
