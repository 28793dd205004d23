package org.learningcity.award.cycle.internal;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.learningcity.award.cycle.CycleSettings;

/**
 * The cycle form of the pages: every field as typed, so that nothing typed is lost when
 * the form comes back with its errors. Numbers and times are read by {@link #toInput};
 * the rules themselves are {@link CycleRules}'.
 */
public class CycleForm {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

	private String title;

	private String year;

	private String nominationQuota;

	private String panelSize;

	private String divergenceThreshold;

	private String shortlistSize;

	private String maxAwardeesPerCountry;

	private String shortlistPerCountry;

	private String minimumScore;

	private String maxAwardees;

	private String membershipMonths;

	private String exclusionYears;

	private String applicationDeadline;

	private String nominationDeadline;

	private String invitationResponse;

	private String reviewDuration;

	private String reminderBefore;

	private String moderationDuration;

	private String juryDuration;

	static CycleForm of(CycleSettings s) {
		CycleForm form = new CycleForm();
		form.title = s.title();
		form.year = Integer.toString(s.year());
		form.nominationQuota = Integer.toString(s.nominationQuota());
		form.panelSize = Integer.toString(s.panelSize());
		form.divergenceThreshold = Integer.toString(s.divergenceThreshold());
		form.shortlistSize = Integer.toString(s.shortlistSize());
		form.maxAwardeesPerCountry = Integer.toString(s.maxAwardeesPerCountry());
		form.shortlistPerCountry = Integer.toString(s.shortlistPerCountry());
		form.minimumScore = Double.toString(s.minimumScore());
		form.maxAwardees = Integer.toString(s.maxAwardees());
		form.membershipMonths = Integer.toString(s.membershipMonths());
		form.exclusionYears = Integer.toString(s.exclusionYears());
		form.applicationDeadline = TIME.format(s.applicationDeadline());
		form.nominationDeadline = TIME.format(s.nominationDeadline());
		form.invitationResponse = s.invitationResponse();
		form.reviewDuration = s.reviewDuration();
		form.reminderBefore = String.join(", ", s.reminderBefore());
		form.moderationDuration = s.moderationDuration();
		form.juryDuration = s.juryDuration();
		return form;
	}

	/** What was typed, read: a problem for each number or time that cannot be read. */
	record Read(CycleInput input, List<CycleRules.Problem> problems) {
	}

	Read toInput() {
		List<CycleRules.Problem> problems = new ArrayList<>();
		CycleInput input = new CycleInput(this.title, number(problems, "year", this.year),
				number(problems, "nominationQuota", this.nominationQuota),
				number(problems, "panelSize", this.panelSize),
				number(problems, "divergenceThreshold", this.divergenceThreshold),
				number(problems, "shortlistSize", this.shortlistSize),
				number(problems, "maxAwardeesPerCountry", this.maxAwardeesPerCountry),
				number(problems, "membershipMonths", this.membershipMonths),
				number(problems, "exclusionYears", this.exclusionYears), time(this.applicationDeadline),
				time(this.nominationDeadline), this.invitationResponse, this.reviewDuration, list(this.reminderBefore),
				this.moderationDuration, this.juryDuration,
				number(problems, "shortlistPerCountry", this.shortlistPerCountry),
				decimal(problems, "minimumScore", this.minimumScore),
				number(problems, "maxAwardees", this.maxAwardees));
		return new Read(input, problems);
	}

	/** A whole number, or {@code null} (with a problem if something else was typed). */
	private static Integer number(List<CycleRules.Problem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(new CycleRules.Problem(field, "cycle.error.wholeNumber"));
			return null;
		}
	}

	/** A number such as 3.5 (a comma works too), or {@code null}. */
	private static Double decimal(List<CycleRules.Problem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Double.valueOf(text.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			problems.add(new CycleRules.Problem(field, "cycle.error.number"));
			return null;
		}
	}

	/** A time as typed; one without an offset is read as UTC. */
	private static String time(String text) {
		if (text == null || text.isBlank()) {
			return text;
		}
		try {
			return OffsetDateTime.of(LocalDateTime.parse(text.strip()), ZoneOffset.UTC).format(TIME);
		}
		catch (DateTimeParseException ex) {
			return text;
		}
	}

	private static List<String> list(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

	public String getNominationQuota() {
		return this.nominationQuota;
	}

	public void setNominationQuota(String nominationQuota) {
		this.nominationQuota = nominationQuota;
	}

	public String getPanelSize() {
		return this.panelSize;
	}

	public void setPanelSize(String panelSize) {
		this.panelSize = panelSize;
	}

	public String getDivergenceThreshold() {
		return this.divergenceThreshold;
	}

	public void setDivergenceThreshold(String divergenceThreshold) {
		this.divergenceThreshold = divergenceThreshold;
	}

	public String getShortlistSize() {
		return this.shortlistSize;
	}

	public void setShortlistSize(String shortlistSize) {
		this.shortlistSize = shortlistSize;
	}

	public String getMaxAwardeesPerCountry() {
		return this.maxAwardeesPerCountry;
	}

	public void setMaxAwardeesPerCountry(String maxAwardeesPerCountry) {
		this.maxAwardeesPerCountry = maxAwardeesPerCountry;
	}

	public String getMembershipMonths() {
		return this.membershipMonths;
	}

	public void setMembershipMonths(String membershipMonths) {
		this.membershipMonths = membershipMonths;
	}

	public String getExclusionYears() {
		return this.exclusionYears;
	}

	public void setExclusionYears(String exclusionYears) {
		this.exclusionYears = exclusionYears;
	}

	public String getApplicationDeadline() {
		return this.applicationDeadline;
	}

	public void setApplicationDeadline(String applicationDeadline) {
		this.applicationDeadline = applicationDeadline;
	}

	public String getNominationDeadline() {
		return this.nominationDeadline;
	}

	public void setNominationDeadline(String nominationDeadline) {
		this.nominationDeadline = nominationDeadline;
	}

	public String getInvitationResponse() {
		return this.invitationResponse;
	}

	public void setInvitationResponse(String invitationResponse) {
		this.invitationResponse = invitationResponse;
	}

	public String getReviewDuration() {
		return this.reviewDuration;
	}

	public void setReviewDuration(String reviewDuration) {
		this.reviewDuration = reviewDuration;
	}

	public String getReminderBefore() {
		return this.reminderBefore;
	}

	public void setReminderBefore(String reminderBefore) {
		this.reminderBefore = reminderBefore;
	}

	public String getModerationDuration() {
		return this.moderationDuration;
	}

	public void setModerationDuration(String moderationDuration) {
		this.moderationDuration = moderationDuration;
	}

	public String getJuryDuration() {
		return this.juryDuration;
	}

	public void setJuryDuration(String juryDuration) {
		this.juryDuration = juryDuration;
	}

	public String getShortlistPerCountry() {
		return this.shortlistPerCountry;
	}

	public void setShortlistPerCountry(String shortlistPerCountry) {
		this.shortlistPerCountry = shortlistPerCountry;
	}

	public String getMinimumScore() {
		return this.minimumScore;
	}

	public void setMinimumScore(String minimumScore) {
		this.minimumScore = minimumScore;
	}

	public String getMaxAwardees() {
		return this.maxAwardees;
	}

	public void setMaxAwardees(String maxAwardees) {
		this.maxAwardees = maxAwardees;
	}

}
