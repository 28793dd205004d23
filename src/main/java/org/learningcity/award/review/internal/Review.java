package org.learningcity.award.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.NaturalId;
import org.learningcity.award.consensus.InvalidScoreException;
import org.learningcity.award.consensus.Score;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.RuleViolationException;

/**
 * One expert's review of one nomination. It owns its status: an invitation is answered
 * once (accept or decline), scores are saved and submitted only once accepted, a
 * submitted or replaced review never changes again. A refused move throws
 * {@link RuleViolationException}; bad scores throw {@link InvalidInputException} naming
 * the field ({@code scores.<code>.score}, {@code scores.<code>.justification}).
 */
@Entity
@Table(name = "review")
class Review {

	static final String WRONG_STATE = "review.wrong-state";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/**
	 * With {@link #username} the review's natural id (unique in the table): looked up by
	 * it, a review loaded already in the transaction is found without SQL
	 * ({@link ReviewLookups}).
	 */
	@NaturalId
	@Column(nullable = false)
	private long nominationId;

	@NaturalId
	@Column(nullable = false, length = 80)
	private String username;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ReviewStatus status;

	private Instant dueAt;

	@Column(length = 2000)
	private String declinedReason;

	@Column(nullable = false)
	private boolean conflictDeclared;

	private Instant submittedAt;

	@Version
	private long version;

	protected Review() {
	}

	Review(long nominationId, String username) {
		this.nominationId = nominationId;
		this.username = username;
		this.status = ReviewStatus.INVITED;
	}

	void accept() {
		require(ReviewStatus.INVITED, "accept");
		this.status = ReviewStatus.ACCEPTED;
	}

	void decline(String reason, boolean conflict) {
		require(ReviewStatus.INVITED, "decline");
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Say why you decline.");
		}
		this.status = ReviewStatus.DECLINED;
		this.declinedReason = reason.strip();
		this.conflictDeclared = conflict;
	}

	/** Opens the scoring (or extends it): due at that moment. */
	void dueAt(Instant due) {
		if (this.status != ReviewStatus.ACCEPTED && this.status != ReviewStatus.DRAFTED) {
			throw refused("set a due date for");
		}
		this.dueAt = due;
	}

	/** Checks a draft (scores given must be 1..5) and marks the review drafted. */
	Map<String, ValidEntry> saveDraft(Map<String, ScoreInput> scores, Collection<String> measurements) {
		requireScoring("save a draft of");
		Map<String, ValidEntry> valid = check(scores, measurements, false);
		this.status = ReviewStatus.DRAFTED;
		return valid;
	}

	/** Checks complete scores and submits the review. */
	Map<String, ValidEntry> submit(Map<String, ScoreInput> scores, Collection<String> measurements, Instant now) {
		requireScoring("submit");
		Map<String, ValidEntry> valid = check(scores, measurements, true);
		this.status = ReviewStatus.SUBMITTED;
		this.submittedAt = now;
		return valid;
	}

	/** Checks a moderation round's entries (only of these measurements, all complete). */
	Map<String, ValidEntry> moderate(Map<String, ScoreInput> scores, Collection<String> measurements) {
		if (this.status != ReviewStatus.SUBMITTED) {
			throw refused("moderate");
		}
		return check(scores, measurements, true);
	}

	/**
	 * Checks a draft of a moderation round (only of these measurements; a score given
	 * must be 1..5).
	 */
	Map<String, ValidEntry> moderationDraft(Map<String, ScoreInput> scores, Collection<String> measurements) {
		if (this.status != ReviewStatus.SUBMITTED) {
			throw refused("moderate");
		}
		return check(scores, measurements, false);
	}

	/** A reserve takes the expert's place. */
	void replace() {
		if (this.status == ReviewStatus.SUBMITTED || this.status == ReviewStatus.REPLACED) {
			throw refused("replace");
		}
		this.status = ReviewStatus.REPLACED;
	}

	boolean isSubmitted() {
		return this.status == ReviewStatus.SUBMITTED;
	}

	private void requireScoring(String action) {
		if (this.status != ReviewStatus.ACCEPTED && this.status != ReviewStatus.DRAFTED) {
			throw refused(action);
		}
	}

	private void require(ReviewStatus expected, String action) {
		if (this.status != expected) {
			throw refused(action);
		}
	}

	private RuleViolationException refused(String action) {
		return new RuleViolationException(WRONG_STATE,
				"You cannot " + action + " this review: it is " + this.status.name().toLowerCase() + ".");
	}

	private static Map<String, ValidEntry> check(Map<String, ScoreInput> scores, Collection<String> measurements,
			boolean complete) {
		List<FieldError> errors = new ArrayList<>();
		Map<String, ValidEntry> valid = new LinkedHashMap<>();
		for (String code : scores.keySet()) {
			if (!measurements.contains(code)) {
				errors.add(new FieldError("scores." + code, "There is no such measurement to score here."));
			}
		}
		for (String code : measurements) {
			ScoreInput input = scores.get(code);
			String text = (input != null) ? input.score() : null;
			String justification = (input != null && input.justification() != null) ? input.justification().strip()
					: "";
			Score score = null;
			if (text != null && !text.isBlank()) {
				try {
					score = Score.parse(text);
				}
				catch (InvalidScoreException ex) {
					errors.add(new FieldError("scores." + code + ".score", ex.getMessage()));
				}
			}
			else if (complete) {
				errors.add(new FieldError("scores." + code + ".score", "Give a score from 1 to 5."));
			}
			if (complete && justification.isEmpty()) {
				errors.add(new FieldError("scores." + code + ".justification", "Justify the score."));
			}
			if (score != null) {
				valid.put(code, new ValidEntry(score, justification));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return valid;
	}

	Long getId() {
		return this.id;
	}

	long getNominationId() {
		return this.nominationId;
	}

	String getUsername() {
		return this.username;
	}

	ReviewStatus getStatus() {
		return this.status;
	}

	Instant getDueAt() {
		return this.dueAt;
	}

	String getDeclinedReason() {
		return this.declinedReason;
	}

	boolean isConflictDeclared() {
		return this.conflictDeclared;
	}

	Instant getSubmittedAt() {
		return this.submittedAt;
	}

	/** A checked entry: a score 1..5 and its justification (perhaps empty in a draft). */
	record ValidEntry(Score score, String justification) {

	}

}
