package org.learningcity.award.cycle;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The rules of one Award cycle: everything that changed between real cycles is a setting
 * here, not code. Durations are ISO-8601 texts ({@code P21D}, {@code PT12H}) kept as
 * entered, so that they can go straight into a BPMN timer; the {@code ...AsDuration()}
 * methods give them as {@link Duration}s. Instances are checked by the cycle module
 * before they are stored, so a stored cycle's settings are always valid.
 *
 * @param title the call's name, e.g. "UNESCO Learning City Award 2024"
 * @param year the Award's year (2015..2100)
 * @param nominationQuota how many cities one National Commission may nominate (3 in 2017,
 * 2 in 2024)
 * @param panelSize how many experts review each nomination (3)
 * @param divergenceThreshold the spread of expert scores (1..4 on the 1..5 scale) from
 * which a panel disagrees on a measurement (2)
 * @param shortlistSize how many nominations go to the jury
 * @param maxAwardeesPerCountry the most awardees one country may have in this cycle
 * @param membershipMonths the minimum months of GNLC membership at the application
 * deadline (12)
 * @param exclusionYears a city awarded less than this many years ago may not apply (6)
 * @param applicationDeadline cities submit to their National Commission until then
 * @param nominationDeadline National Commissions nominate until then (after the
 * application deadline)
 * @param invitationResponse how long an expert has to answer a review invitation (P3D)
 * @param reviewDuration how long an expert has to score a nomination (P21D)
 * @param reminderBefore when to remind an expert before the review is due (["P7D","P1D"])
 * @param moderationDuration how long a panel has to moderate diverging scores
 * @param juryDuration how long the jury has to vote
 * @param shortlistPerCountry the most shortlisted nominations of one country (2)
 * @param minimumScore the lowest overall expert score (1.0–5.0) a nomination needs to be
 * shortlisted (3.0)
 * @param maxAwardees the most awardees in the cycle (10)
 */
public record CycleSettings(String title, int year, int nominationQuota, int panelSize, int divergenceThreshold,
		int shortlistSize, int maxAwardeesPerCountry, int membershipMonths, int exclusionYears,
		OffsetDateTime applicationDeadline, OffsetDateTime nominationDeadline, String invitationResponse,
		String reviewDuration, List<String> reminderBefore, String moderationDuration, String juryDuration,
		int shortlistPerCountry, double minimumScore, int maxAwardees) {

	/** The defaults of the settings added after the first cycles were stored. */
	public static final int DEFAULT_SHORTLIST_PER_COUNTRY = 2;

	public static final double DEFAULT_MINIMUM_SCORE = 3.0;

	public static final int DEFAULT_MAX_AWARDEES = 10;

	public CycleSettings {
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(applicationDeadline, "applicationDeadline");
		Objects.requireNonNull(nominationDeadline, "nominationDeadline");
		Objects.requireNonNull(invitationResponse, "invitationResponse");
		Objects.requireNonNull(reviewDuration, "reviewDuration");
		Objects.requireNonNull(moderationDuration, "moderationDuration");
		Objects.requireNonNull(juryDuration, "juryDuration");
		reminderBefore = List.copyOf(reminderBefore);
	}

	/**
	 * Settings with the defaults for the shortlist's per-country limit, its minimum score
	 * and the number of awardees.
	 */
	public CycleSettings(String title, int year, int nominationQuota, int panelSize, int divergenceThreshold,
			int shortlistSize, int maxAwardeesPerCountry, int membershipMonths, int exclusionYears,
			OffsetDateTime applicationDeadline, OffsetDateTime nominationDeadline, String invitationResponse,
			String reviewDuration, List<String> reminderBefore, String moderationDuration, String juryDuration) {
		this(title, year, nominationQuota, panelSize, divergenceThreshold, shortlistSize, maxAwardeesPerCountry,
				membershipMonths, exclusionYears, applicationDeadline, nominationDeadline, invitationResponse,
				reviewDuration, reminderBefore, moderationDuration, juryDuration, DEFAULT_SHORTLIST_PER_COUNTRY,
				DEFAULT_MINIMUM_SCORE, DEFAULT_MAX_AWARDEES);
	}

	/**
	 * The rules of the 2024 cycle, the defaults of a new cycle: a quota of 2 nominations
	 * per country, 12 months of membership, no award in the last 6 years, one awardee per
	 * country, panels of 3 experts who disagree from a spread of 2, a shortlist of 15, 3
	 * days to answer an invitation, 21 days to review with reminders 7 days and 1 day
	 * before, 7 days of moderation and 14 days for the jury; at most 2 shortlisted cities
	 * per country, a minimum overall score of 3.0 to be shortlisted, at most 10 awardees.
	 */
	public static CycleSettings rules2024(String title, int year, OffsetDateTime applicationDeadline,
			OffsetDateTime nominationDeadline) {
		return new CycleSettings(title, year, 2, 3, 2, 15, 1, 12, 6, applicationDeadline, nominationDeadline, "P3D",
				"P21D", List.of("P7D", "P1D"), "P7D", "P14D");
	}

	public Duration invitationResponseAsDuration() {
		return Duration.parse(this.invitationResponse);
	}

	public Duration reviewDurationAsDuration() {
		return Duration.parse(this.reviewDuration);
	}

	public List<Duration> reminderBeforeAsDurations() {
		return this.reminderBefore.stream().map(Duration::parse).toList();
	}

	public Duration moderationDurationAsDuration() {
		return Duration.parse(this.moderationDuration);
	}

	public Duration juryDurationAsDuration() {
		return Duration.parse(this.juryDuration);
	}

	/** The same rules with other deadlines (an extension while the call is open). */
	public CycleSettings withDeadlines(OffsetDateTime applicationDeadline, OffsetDateTime nominationDeadline) {
		return new CycleSettings(this.title, this.year, this.nominationQuota, this.panelSize, this.divergenceThreshold,
				this.shortlistSize, this.maxAwardeesPerCountry, this.membershipMonths, this.exclusionYears,
				applicationDeadline, nominationDeadline, this.invitationResponse, this.reviewDuration,
				this.reminderBefore, this.moderationDuration, this.juryDuration, this.shortlistPerCountry,
				this.minimumScore, this.maxAwardees);
	}

	/** The same rules with other shortlist and award limits. */
	public CycleSettings withLimits(int shortlistSize, int shortlistPerCountry, double minimumScore, int maxAwardees,
			int maxAwardeesPerCountry) {
		return new CycleSettings(this.title, this.year, this.nominationQuota, this.panelSize, this.divergenceThreshold,
				shortlistSize, maxAwardeesPerCountry, this.membershipMonths, this.exclusionYears,
				this.applicationDeadline, this.nominationDeadline, this.invitationResponse, this.reviewDuration,
				this.reminderBefore, this.moderationDuration, this.juryDuration, shortlistPerCountry, minimumScore,
				maxAwardees);
	}

	/** The same rules with other durations of the review, moderation and jury stages. */
	public CycleSettings withDurations(String invitationResponse, String reviewDuration, List<String> reminderBefore,
			String moderationDuration, String juryDuration) {
		return new CycleSettings(this.title, this.year, this.nominationQuota, this.panelSize, this.divergenceThreshold,
				this.shortlistSize, this.maxAwardeesPerCountry, this.membershipMonths, this.exclusionYears,
				this.applicationDeadline, this.nominationDeadline, invitationResponse, reviewDuration, reminderBefore,
				moderationDuration, juryDuration, this.shortlistPerCountry, this.minimumScore, this.maxAwardees);
	}

}
