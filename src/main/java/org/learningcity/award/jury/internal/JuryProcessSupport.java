package org.learningcity.award.jury.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The expressions of the jury process: the jurors' usernames (one text variable,
 * {@code "juror-01,juror-02"}), the votes' due date (the jury's session row is the
 * truth), the reminders before it and the chair as a candidate user.
 */
@Component("juryProcessSupport")
public class JuryProcessSupport {

	private final JuryService jury;

	JuryProcessSupport(JuryService jury) {
		this.jury = jury;
	}

	/** The usernames of a text variable. */
	public List<String> usernames(String usernames) {
		return Arrays.stream((usernames == null) ? new String[0] : usernames.split(","))
			.map(String::strip)
			.filter(u -> !u.isEmpty())
			.toList();
	}

	/** When the jury's votes are due. */
	public Date due(long cycleId) {
		return Date.from(this.jury.due(cycleId));
	}

	/**
	 * The reminders before the due date as a repeating interval: {@code P7D,P1D} gives
	 * {@code R2/<due − 7 days>/P6D} (reminders longer than the jury's time are left out).
	 * Without reminders, one a day after the due date (the deadline cancels it first).
	 */
	public String reminders(long cycleId) {
		Instant due = this.jury.due(cycleId);
		List<Duration> before = this.jury.reminderBefore(cycleId);
		if (before.isEmpty()) {
			return "R1/" + due.plus(Duration.ofDays(1)) + "/P1D";
		}
		Duration gap = (before.size() > 1) ? before.get(0).minus(before.get(1)) : Duration.ofDays(1);
		return "R" + before.size() + "/" + due.minus(before.get(0)) + "/" + gap;
	}

	/** The chair, as the candidate users of the decision task (none if there is none). */
	public List<String> chair(long cycleId) {
		return this.jury.chair(cycleId).map(List::of).orElse(List.of());
	}

}
