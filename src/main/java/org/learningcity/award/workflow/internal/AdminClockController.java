package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.support.InvalidInputException;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/clock}: the demo's time machine, for administrators, and only in the
 * {@code demo} and {@code test} profiles: the bean does not exist in production.
 * {@code {"advanceBy": "P8D"}} moves the engine's clock (which the application's
 * {@link Clock} follows) forward and then runs every job that became due, so that
 * deadlines pass and their timers fire before the call returns; {@code {"reset": true}}
 * returns to real time. The clock keeps running after a move (it is an offset from real
 * time, not a frozen instant), so mail retries and later deadlines still come in their
 * own time.
 */
@RestController
@RequestMapping("/api/admin/clock")
@Profile({ "demo", "test" })
@PreAuthorize("hasRole('ADMIN')")
class AdminClockController {

	static final String SUBJECT = "CLOCK";

	private final Clock clock;

	private final DueJobs dueJobs;

	private final AuditTrail audit;

	private final TransactionTemplate transaction;

	AdminClockController(Clock clock, DueJobs dueJobs, AuditTrail audit, TransactionTemplate transaction) {
		this.clock = clock;
		this.dueJobs = dueJobs;
		this.audit = audit;
		this.transaction = transaction;
	}

	@GetMapping
	ClockJson now() {
		return ClockJson.of(this.clock.instant(), null);
	}

	/**
	 * Not transactional: every job that runs commits on its own, as in the job executor.
	 */
	@PostMapping
	ClockJson change(@RequestBody ClockChange change) {
		if (change.reset() != null && change.reset()) {
			ClockUtil.reset();
			record("CLOCK_RESET", "Returned to real time.");
			return ClockJson.of(this.clock.instant(), null);
		}
		if (change.advanceBy() == null || change.advanceBy().isBlank()) {
			throw new InvalidInputException("advanceBy",
					"Give advanceBy as an ISO-8601 duration such as P8D or PT12H, or reset: true.");
		}
		Instant now = this.clock.instant();
		Instant target = plus(now, change.advanceBy().strip());
		ClockUtil.offset(target.toEpochMilli() - System.currentTimeMillis());
		record("CLOCK_ADVANCED", "Moved the clock forward by " + change.advanceBy().strip() + " to " + target + ".");
		DueJobs.Result result = this.dueJobs.runDue();
		return ClockJson.of(this.clock.instant(), result);
	}

	private void record(String action, String detail) {
		this.transaction.executeWithoutResult(status -> this.audit.record(action, SUBJECT, "engine", detail));
	}

	/**
	 * The instant {@code amount} after {@code now}: a duration (PT12H, P8D) or a period
	 * (P1M).
	 */
	static Instant plus(Instant now, String amount) {
		Instant target;
		try {
			target = now.plus(Duration.parse(amount));
		}
		catch (DateTimeParseException ex) {
			try {
				target = now.atOffset(ZoneOffset.UTC).plus(Period.parse(amount)).toInstant();
			}
			catch (DateTimeParseException notAPeriod) {
				throw new InvalidInputException("advanceBy",
						"\"" + amount + "\" is not an ISO-8601 duration such as P8D or PT12H.");
			}
		}
		if (!target.isAfter(now)) {
			throw new InvalidInputException("advanceBy", "The clock only moves forward: give a positive duration.");
		}
		return target;
	}

	/** The body of a change: one of the two. */
	record ClockChange(String advanceBy, Boolean reset) {
	}

	/** The time now, and after a move how many jobs ran. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record ClockJson(Instant now, Integer jobsExecuted, Integer jobsFailed) {

		static ClockJson of(Instant now, DueJobs.Result result) {
			return new ClockJson(now, (result != null) ? result.executed() : null,
					(result != null) ? result.failed() : null);
		}

	}

}
