package org.learningcity.award.nomination.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

import org.learningcity.award.cycle.Cycle;

/**
 * The deadlines of a cycle as the process's timers read them: ISO-8601 instants, and the
 * National Commission's reminders as a repeating interval.
 */
final class NominationSchedule {

	/** The first reminder, this long before the nomination deadline. */
	static final Duration FIRST_REMINDER = Duration.ofDays(7);

	/** The last reminder, this long before the nomination deadline. */
	static final Duration LAST_REMINDER = Duration.ofDays(1);

	private NominationSchedule() {
	}

	/** The variables a new instance starts with: ids and the cycle's deadlines. */
	static Map<String, Object> startVariables(long applicationId, Cycle cycle, long cityId) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(NominationProcess.APPLICATION_ID, applicationId);
		variables.put(NominationProcess.CYCLE_ID, cycle.id());
		variables.put(NominationProcess.CITY_ID, cityId);
		variables.put(NominationProcess.APPLICATION_DEADLINE, iso(cycle.settings().applicationDeadline().toInstant()));
		Instant nominationDeadline = cycle.settings().nominationDeadline().toInstant();
		variables.put(NominationProcess.NOMINATION_DEADLINE, iso(nominationDeadline));
		variables.put(NominationProcess.NOMINATION_REMINDERS, reminders(nominationDeadline));
		return variables;
	}

	/**
	 * Two reminders, 7 days and 1 day before the deadline: {@code R2/<first>/P6D}. The
	 * engine skips those already past when the review starts; one that would come after
	 * the deadline never fires, because the deadline ends the review first.
	 */
	static String reminders(Instant deadline) {
		Instant first = deadline.minus(FIRST_REMINDER);
		Duration period = FIRST_REMINDER.minus(LAST_REMINDER);
		return "R2/" + iso(first) + "/" + period;
	}

	static String iso(Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
