package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The expressions of the review process: the panel's usernames (kept as one text
 * variable, {@code "expert-01,expert-02"}), whether an expert accepted, the review's due
 * date (the review row is the truth: an extension moves it) and the reminders before it.
 */
@Component("reviewProcessSupport")
public class ReviewProcessSupport {

	private final ReviewService reviews;

	private final Clock clock;

	ReviewProcessSupport(ReviewService reviews, Clock clock) {
		this.reviews = reviews;
		this.clock = clock;
	}

	/** The usernames of a text variable. */
	public List<String> usernames(String usernames) {
		return Arrays.stream(usernames.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList();
	}

	/** Whether the expert accepted the invitation (else declined or was silent). */
	public boolean accepted(long nominationId, String username) {
		return this.reviews.accepted(nominationId, username);
	}

	/** When the expert's scores are due. */
	public Date due(long nominationId, String username) {
		return Date.from(this.reviews.due(nominationId, username));
	}

	/**
	 * The reminders before the due date as a repeating interval: {@code P7D,P1D} gives
	 * {@code R2/<due − 7 days>/P6D}. With irregular gaps (P7D,P3D,P1D) the first gap
	 * repeats. Reminders that would fall in the past (a short extension) are left out.
	 * Without reminders, one after the due date (the deadline cancels it first).
	 */
	public String reminders(long nominationId, String username, String reminderBefore) {
		Instant due = this.reviews.due(nominationId, username);
		Instant now = this.clock.instant();
		List<Duration> before = usernames(reminderBefore == null ? "" : reminderBefore).stream()
			.map(ReviewService::parse)
			.sorted(Comparator.reverseOrder())
			.filter((d) -> due.minus(d).isAfter(now))
			.toList();
		if (before.isEmpty()) {
			return "R1/" + due.plus(Duration.ofDays(1)) + "/P1D";
		}
		Duration gap = (before.size() > 1) ? before.get(0).minus(before.get(1)) : Duration.ofDays(1);
		return "R" + before.size() + "/" + due.minus(before.get(0)) + "/" + gap;
	}

}
