package org.learningcity.award.cycle.internal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.learningcity.award.cycle.CycleSettings;

/**
 * The rules a cycle's settings must follow, field by field. Each problem names its field
 * (as in the API) and a message key of the cycle bundle with its arguments, so that pages
 * show it beside the field in the reader's language and the API sends its text.
 */
final class CycleRules {

	static final int TITLE_MAX = 200;

	static final int YEAR_MIN = 2015;

	static final int YEAR_MAX = 2100;

	static final int MAX_REMINDERS = 5;

	private static final int DURATION_MAX_LENGTH = 20;

	private CycleRules() {
	}

	/** One field's problem: a message key of the cycle bundle and its arguments. */
	record Problem(String field, String key, Object... args) {

		@Override
		public boolean equals(Object other) {
			return other instanceof Problem p && p.field.equals(this.field) && p.key.equals(this.key)
					&& java.util.Arrays.equals(p.args, this.args);
		}

		@Override
		public int hashCode() {
			return java.util.Objects.hash(this.field, this.key, java.util.Arrays.hashCode(this.args));
		}

		@Override
		public String toString() {
			return this.field + ": " + this.key + java.util.Arrays.toString(this.args);
		}

	}

	/** The outcome of a check: the settings if there is no problem, else the problems. */
	record Checked(CycleSettings settings, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

	static Checked check(CycleInput in) {
		List<Problem> problems = new ArrayList<>();
		String title = (in.title() != null) ? in.title().strip() : "";
		if (title.isEmpty()) {
			problems.add(new Problem("title", "cycle.error.required"));
		}
		else if (title.length() > TITLE_MAX) {
			problems.add(new Problem("title", "cycle.error.tooLong", TITLE_MAX));
		}
		range(problems, "year", in.year(), YEAR_MIN, YEAR_MAX);
		range(problems, "nominationQuota", in.nominationQuota(), 1, 10);
		range(problems, "panelSize", in.panelSize(), 1, 10);
		range(problems, "divergenceThreshold", in.divergenceThreshold(), 1, 4);
		range(problems, "shortlistSize", in.shortlistSize(), 1, 100);
		range(problems, "maxAwardeesPerCountry", in.maxAwardeesPerCountry(), 1, 10);
		range(problems, "membershipMonths", in.membershipMonths(), 0, 120);
		optionalRange(problems, "shortlistPerCountry", in.shortlistPerCountry(), 1, 10);
		optionalRange(problems, "maxAwardees", in.maxAwardees(), 1, 100);
		double minimumScore = (in.minimumScore() != null) ? in.minimumScore() : CycleSettings.DEFAULT_MINIMUM_SCORE;
		if (Double.isNaN(minimumScore) || minimumScore < 1.0 || minimumScore > 5.0) {
			problems.add(new Problem("minimumScore", "cycle.error.range", 1, 5));
		}
		range(problems, "exclusionYears", in.exclusionYears(), 0, 50);
		OffsetDateTime applicationDeadline = time(problems, "applicationDeadline", in.applicationDeadline());
		OffsetDateTime nominationDeadline = time(problems, "nominationDeadline", in.nominationDeadline());
		if (applicationDeadline != null && nominationDeadline != null
				&& !applicationDeadline.isBefore(nominationDeadline)) {
			problems.add(new Problem("nominationDeadline", "cycle.error.deadlineOrder"));
		}
		String invitationResponse = duration(problems, "invitationResponse", in.invitationResponse());
		String reviewDuration = duration(problems, "reviewDuration", in.reviewDuration());
		List<String> reminders = reminders(problems, in.reminderBefore(), reviewDuration);
		String moderationDuration = duration(problems, "moderationDuration", in.moderationDuration());
		String juryDuration = duration(problems, "juryDuration", in.juryDuration());
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		return new Checked(new CycleSettings(title, in.year(), in.nominationQuota(), in.panelSize(),
				in.divergenceThreshold(), in.shortlistSize(), in.maxAwardeesPerCountry(), in.membershipMonths(),
				in.exclusionYears(), applicationDeadline, nominationDeadline, invitationResponse, reviewDuration,
				reminders, moderationDuration, juryDuration,
				(in.shortlistPerCountry() != null) ? in.shortlistPerCountry()
						: CycleSettings.DEFAULT_SHORTLIST_PER_COUNTRY,
				minimumScore, (in.maxAwardees() != null) ? in.maxAwardees() : CycleSettings.DEFAULT_MAX_AWARDEES),
				List.of());
	}

	/** A setting added after the first cycles: absent means its default. */
	private static void optionalRange(List<Problem> problems, String field, Integer value, int min, int max) {
		if (value != null) {
			range(problems, field, value, min, max);
		}
	}

	private static void range(List<Problem> problems, String field, Integer value, int min, int max) {
		if (value == null) {
			problems.add(new Problem(field, "cycle.error.required"));
		}
		else if (value < min || value > max) {
			problems.add(new Problem(field, "cycle.error.range", min, max));
		}
	}

	private static OffsetDateTime time(List<Problem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(field, "cycle.error.required"));
			return null;
		}
		try {
			return OffsetDateTime.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "cycle.error.time", text.strip()));
			return null;
		}
	}

	private static String duration(List<Problem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			problems.add(new Problem(field, "cycle.error.required"));
			return null;
		}
		return parseDuration(problems, field, text);
	}

	/** The duration in upper case, or {@code null} after adding a problem. */
	private static String parseDuration(List<Problem> problems, String field, String text) {
		String iso = text.strip().toUpperCase(Locale.ROOT);
		Duration duration;
		try {
			duration = Duration.parse(iso);
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "cycle.error.duration", text.strip()));
			return null;
		}
		if (iso.length() > DURATION_MAX_LENGTH) {
			problems.add(new Problem(field, "cycle.error.duration", text.strip()));
			return null;
		}
		if (duration.isZero() || duration.isNegative()) {
			problems.add(new Problem(field, "cycle.error.durationPositive"));
			return null;
		}
		return iso;
	}

	private static List<String> reminders(List<Problem> problems, List<String> texts, String reviewDuration) {
		String field = "reminderBefore";
		if (texts == null) {
			problems.add(new Problem(field, "cycle.error.required"));
			return null;
		}
		if (texts.size() > MAX_REMINDERS) {
			problems.add(new Problem(field, "cycle.error.tooManyReminders", MAX_REMINDERS));
			return null;
		}
		List<String> reminders = new ArrayList<>();
		for (String text : texts) {
			if (text == null || text.isBlank()) {
				problems.add(new Problem(field, "cycle.error.duration", ""));
				return null;
			}
			String iso = parseDuration(problems, field, text);
			if (iso == null) {
				return null;
			}
			if (reviewDuration != null && Duration.parse(iso).compareTo(Duration.parse(reviewDuration)) >= 0) {
				problems.add(new Problem(field, "cycle.error.reminderTooLong", iso, reviewDuration));
				return null;
			}
			reminders.add(iso);
		}
		return List.copyOf(reminders);
	}

}
