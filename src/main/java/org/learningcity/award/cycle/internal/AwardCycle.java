package org.learningcity.award.cycle.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.support.RuleViolationException;

/**
 * One Award cycle. It owns its status: the call opens only from DRAFT and only while both
 * deadlines are ahead, later stages follow one after the other, and settings change only
 * as {@link org.learningcity.award.cycle.Cycles} describes (anything in DRAFT, a deadline
 * extension while OPEN, nothing later). A refused move throws
 * {@link RuleViolationException} whose code is a message key of the cycle bundle.
 */
@Entity
@Table(name = "award_cycle")
class AwardCycle {

	static final String NOT_DRAFT = "cycle.rule.notDraft";

	static final String APPLICATION_DEADLINE_PASSED = "cycle.rule.applicationDeadlinePassed";

	static final String NOMINATION_DEADLINE_PASSED = "cycle.rule.nominationDeadlinePassed";

	static final String WRONG_MOVE = "cycle.rule.wrongMove";

	static final String NOT_EDITABLE = "cycle.rule.notEditable";

	static final String ONLY_DEADLINES = "cycle.rule.onlyDeadlines";

	static final String DEADLINE_BROUGHT_FORWARD = "cycle.rule.deadlineBroughtForward";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 200)
	private String title;

	@Column(name = "award_year", nullable = false)
	private int year;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private CycleStatus status;

	@Column(nullable = false)
	private int nominationQuota;

	@Column(nullable = false)
	private int panelSize;

	@Column(nullable = false)
	private int divergenceThreshold;

	@Column(nullable = false)
	private int shortlistSize;

	@Column(nullable = false)
	private int maxAwardeesPerCountry;

	@Column(nullable = false)
	private int shortlistPerCountry;

	@Column(nullable = false, precision = 3, scale = 2)
	private java.math.BigDecimal minimumScore;

	@Column(nullable = false)
	private int maxAwardees;

	@Column(nullable = false)
	private int membershipMonths;

	@Column(nullable = false)
	private int exclusionYears;

	@Column(nullable = false)
	private OffsetDateTime applicationDeadline;

	@Column(nullable = false)
	private OffsetDateTime nominationDeadline;

	@Column(nullable = false, length = 20)
	private String invitationResponse;

	@Column(nullable = false, length = 20)
	private String reviewDuration;

	/** ISO-8601 durations separated by commas. */
	@Column(nullable = false, length = 200)
	private String reminderBefore;

	@Column(nullable = false, length = 20)
	private String moderationDuration;

	@Column(nullable = false, length = 20)
	private String juryDuration;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 80)
	private String createdBy;

	private Instant openedAt;

	@Version
	private long version;

	protected AwardCycle() {
	}

	AwardCycle(CycleSettings settings, Instant createdAt, String createdBy) {
		this.status = CycleStatus.DRAFT;
		this.createdAt = Objects.requireNonNull(createdAt);
		this.createdBy = Objects.requireNonNull(createdBy);
		apply(settings);
	}

	Long getId() {
		return this.id;
	}

	CycleStatus getStatus() {
		return this.status;
	}

	Instant getOpenedAt() {
		return this.openedAt;
	}

	CycleSettings settings() {
		List<String> reminders = this.reminderBefore.isBlank() ? List.of()
				: Arrays.stream(this.reminderBefore.split(",")).map(String::trim).toList();
		return new CycleSettings(this.title, this.year, this.nominationQuota, this.panelSize, this.divergenceThreshold,
				this.shortlistSize, this.maxAwardeesPerCountry, this.membershipMonths, this.exclusionYears,
				this.applicationDeadline, this.nominationDeadline, this.invitationResponse, this.reviewDuration,
				reminders, this.moderationDuration, this.juryDuration, this.shortlistPerCountry,
				this.minimumScore.doubleValue(), this.maxAwardees);
	}

	Cycle toCycle() {
		return new Cycle(this.id, this.status, settings(), this.createdAt, this.createdBy, this.openedAt, this.version);
	}

	/**
	 * Changes the settings: any of them in DRAFT; while OPEN, only the deadlines, only
	 * later, and only into the future.
	 * @return the names of the settings that changed (empty if none)
	 */
	List<String> change(CycleSettings settings, Instant now) {
		CycleSettings current = settings();
		List<String> changed = differences(current, settings);
		if (this.status == CycleStatus.DRAFT) {
			apply(settings);
			return changed;
		}
		if (this.status != CycleStatus.OPEN) {
			throw new RuleViolationException(NOT_EDITABLE, "The settings of a cycle in " + this.status
					+ " can no longer be changed: they are changed while the cycle is a draft.");
		}
		List<String> locked = changed.stream()
			.filter(name -> !name.equals("applicationDeadline") && !name.equals("nominationDeadline"))
			.toList();
		if (!locked.isEmpty()) {
			throw new RuleViolationException(ONLY_DEADLINES,
					"While the call is open only the deadlines can be extended; these settings are fixed: "
							+ String.join(", ", locked) + ".");
		}
		checkExtension(current.applicationDeadline(), settings.applicationDeadline(), now);
		checkExtension(current.nominationDeadline(), settings.nominationDeadline(), now);
		apply(settings);
		return changed;
	}

	private static void checkExtension(OffsetDateTime current, OffsetDateTime wanted, Instant now) {
		if (wanted.toInstant().equals(current.toInstant())) {
			return;
		}
		if (wanted.isBefore(current) || !wanted.toInstant().isAfter(now)) {
			throw new RuleViolationException(DEADLINE_BROUGHT_FORWARD,
					"While the call is open a deadline can only be extended to a later time in the future, "
							+ "not brought forward.");
		}
	}

	/** Opens the call: DRAFT → OPEN, while both deadlines are still ahead. */
	void open(Instant now) {
		if (this.status != CycleStatus.DRAFT) {
			throw new RuleViolationException(NOT_DRAFT,
					"The call can only be opened from a draft; this cycle is already " + this.status + ".");
		}
		if (!this.applicationDeadline.toInstant().isAfter(now)) {
			throw new RuleViolationException(APPLICATION_DEADLINE_PASSED, "The application deadline ("
					+ this.applicationDeadline + ") has passed: move it into the future before opening the call.");
		}
		if (!this.nominationDeadline.toInstant().isAfter(now)) {
			throw new RuleViolationException(NOMINATION_DEADLINE_PASSED, "The nomination deadline ("
					+ this.nominationDeadline + ") has passed: move it into the future before opening the call.");
		}
		this.status = CycleStatus.OPEN;
		this.openedAt = now;
	}

	/** OPEN → REVIEW: the experts start. */
	void startReview() {
		move(CycleStatus.OPEN, CycleStatus.REVIEW);
	}

	/** REVIEW → SHORTLISTING. */
	void startShortlisting() {
		move(CycleStatus.REVIEW, CycleStatus.SHORTLISTING);
	}

	/** SHORTLISTING → JURY. */
	void startJury() {
		move(CycleStatus.SHORTLISTING, CycleStatus.JURY);
	}

	/** JURY → DECIDED. */
	void decide() {
		move(CycleStatus.JURY, CycleStatus.DECIDED);
	}

	/** DECIDED → CLOSED. */
	void close() {
		move(CycleStatus.DECIDED, CycleStatus.CLOSED);
	}

	/** Moves to {@code to} by its own method, so that each move keeps its own checks. */
	void advanceTo(CycleStatus to, Instant now) {
		switch (to) {
			case OPEN -> open(now);
			case REVIEW -> startReview();
			case SHORTLISTING -> startShortlisting();
			case JURY -> startJury();
			case DECIDED -> decide();
			case CLOSED -> close();
			case DRAFT -> throw wrongMove(to);
		}
	}

	private void move(CycleStatus from, CycleStatus to) {
		if (this.status != from) {
			throw wrongMove(to);
		}
		this.status = to;
	}

	private RuleViolationException wrongMove(CycleStatus to) {
		return new RuleViolationException(WRONG_MOVE,
				"A cycle in " + this.status + " cannot move to " + to + "; it moves DRAFT → OPEN → REVIEW → "
						+ "SHORTLISTING → JURY → DECIDED → CLOSED, one step at a time.");
	}

	private void apply(CycleSettings settings) {
		this.title = settings.title();
		this.year = settings.year();
		this.nominationQuota = settings.nominationQuota();
		this.panelSize = settings.panelSize();
		this.divergenceThreshold = settings.divergenceThreshold();
		this.shortlistSize = settings.shortlistSize();
		this.maxAwardeesPerCountry = settings.maxAwardeesPerCountry();
		this.shortlistPerCountry = settings.shortlistPerCountry();
		this.minimumScore = java.math.BigDecimal.valueOf(settings.minimumScore())
			.setScale(2, java.math.RoundingMode.HALF_UP);
		this.maxAwardees = settings.maxAwardees();
		this.membershipMonths = settings.membershipMonths();
		this.exclusionYears = settings.exclusionYears();
		this.applicationDeadline = settings.applicationDeadline();
		this.nominationDeadline = settings.nominationDeadline();
		this.invitationResponse = settings.invitationResponse();
		this.reviewDuration = settings.reviewDuration();
		this.reminderBefore = String.join(",", settings.reminderBefore());
		this.moderationDuration = settings.moderationDuration();
		this.juryDuration = settings.juryDuration();
	}

	/** The names (as in the API) of the settings that differ. */
	static List<String> differences(CycleSettings a, CycleSettings b) {
		List<String> names = new ArrayList<>();
		compare(names, "title", a.title(), b.title());
		compare(names, "year", a.year(), b.year());
		compare(names, "nominationQuota", a.nominationQuota(), b.nominationQuota());
		compare(names, "panelSize", a.panelSize(), b.panelSize());
		compare(names, "divergenceThreshold", a.divergenceThreshold(), b.divergenceThreshold());
		compare(names, "shortlistSize", a.shortlistSize(), b.shortlistSize());
		compare(names, "maxAwardeesPerCountry", a.maxAwardeesPerCountry(), b.maxAwardeesPerCountry());
		compare(names, "shortlistPerCountry", a.shortlistPerCountry(), b.shortlistPerCountry());
		compare(names, "minimumScore", a.minimumScore(), b.minimumScore());
		compare(names, "maxAwardees", a.maxAwardees(), b.maxAwardees());
		compare(names, "membershipMonths", a.membershipMonths(), b.membershipMonths());
		compare(names, "exclusionYears", a.exclusionYears(), b.exclusionYears());
		compare(names, "applicationDeadline", a.applicationDeadline().toInstant(), b.applicationDeadline().toInstant());
		compare(names, "nominationDeadline", a.nominationDeadline().toInstant(), b.nominationDeadline().toInstant());
		compare(names, "invitationResponse", a.invitationResponse(), b.invitationResponse());
		compare(names, "reviewDuration", a.reviewDuration(), b.reviewDuration());
		compare(names, "reminderBefore", a.reminderBefore(), b.reminderBefore());
		compare(names, "moderationDuration", a.moderationDuration(), b.moderationDuration());
		compare(names, "juryDuration", a.juryDuration(), b.juryDuration());
		return names;
	}

	private static void compare(List<String> names, String name, Object a, Object b) {
		if (!Objects.equals(a, b)) {
			names.add(name);
		}
	}

}
