package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a National Commission does with its country's submitted applications: nominate
 * (within the cycle's quota, before the nomination deadline), return for revision with a
 * comment (while the city can still submit again, i.e. before the application deadline),
 * or decline. Each is one transaction: the application's state, the nomination, the audit
 * trail and the process move together or not at all.
 *
 * <p>
 * The quota holds under concurrency because each nomination takes a numbered slot
 * (1..quota) of its country in its cycle, and the database lets only one nomination have
 * each slot: of two National Commission members nominating at once for the last slot, one
 * wins and the other is refused.
 */
@Service
@PreAuthorize("hasRole('NATCOM')")
class NationalCommissionService {

	static final int MAX_TEXT = 4000;

	static final String NOT_SUBMITTED = "nomination.not-submitted";

	static final String DEADLINE_PASSED = "nomination.deadline-passed";

	static final String QUOTA_REACHED = "nomination.quota-reached";

	static final String ALREADY_NOMINATED = "nomination.already-nominated";

	static final String CONCURRENT = "nomination.concurrent-change";

	private final Applications applications;

	private final NominationAccess access;

	private final NominationRepository nominations;

	private final Cycles cycles;

	private final Network network;

	private final ProcessTasks tasks;

	private final AuditTrail audit;

	private final Clock clock;

	NationalCommissionService(Applications applications, NominationAccess access, NominationRepository nominations,
			Cycles cycles, Network network, ProcessTasks tasks, AuditTrail audit, Clock clock) {
		this.applications = applications;
		this.access = access;
		this.nominations = nominations;
		this.cycles = cycles;
		this.network = network;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/** The country's applications in the cycle. */
	@Transactional(readOnly = true)
	public List<ApplicationView> applications(long cycleId) {
		CurrentUser user = this.access.nationalCommission();
		return this.applications.inCycle(cycleId)
			.stream()
			.filter(a -> a.countryCode().equalsIgnoreCase(user.countryCode()))
			.toList();
	}

	/**
	 * One of the country's applications.
	 * @throws org.learningcity.award.support.NotFoundException if unknown or another
	 * country's
	 */
	@Transactional(readOnly = true)
	public ApplicationView application(long applicationId) {
		return this.access.ownCountryApplication(applicationId);
	}

	@Transactional
	public NominationView nominate(long applicationId, String endorsement) {
		ApplicationView application = this.access.ownCountryApplication(applicationId);
		String note = required("endorsement", endorsement,
				"Write the National Commission's endorsement of the nomination.");
		Cycle cycle = this.cycles.get(application.cycleId());
		requireSubmitted(application);
		requireBeforeNominationDeadline(cycle);
		if (this.nominations.findByApplication(applicationId).isPresent()) {
			throw new RuleViolationException(ALREADY_NOMINATED, "This application is nominated already.");
		}
		int quota = cycle.settings().nominationQuota();
		// read before the insert: on PostgreSQL a refused insert aborts the transaction,
		// after which no query can run, not even for the message of the refusal
		String country = countryName(application.countryCode());
		int slot = freeSlot(cycle, application.countryCode(), country, quota);
		Instant now = this.clock.instant();
		long nominationId;
		try {
			nominationId = this.nominations.insert(applicationId, cycle.id(), application.cityId(),
					application.countryCode(), slot, note, Accounts.currentUsername(), now);
		}
		catch (DataIntegrityViolationException ex) {
			throw slotTaken(ex, country, slot, quota);
		}
		catch (DataAccessException ex) {
			// a lock wait that timed out: another nomination of the country is being
			// recorded
			throw slotTaken(ex, country, slot, quota);
		}
		this.applications.markNominated(applicationId, note);
		this.audit.record(NominationAudit.NOMINATED, NominationAudit.NOMINATION, Long.toString(nominationId),
				"The National Commission of " + country + " nominated " + application.cityName() + " (application "
						+ applicationId + ", place " + slot + " of " + quota + "): " + note);
		this.tasks.complete(applicationId, NominationProcess.TASK_NATCOM_REVIEW,
				Map.of(NominationProcess.NATCOM_DECISION, NominationProcess.NatcomDecision.NOMINATE.name(),
						NominationProcess.NOMINATION_ID, nominationId),
				NOT_SUBMITTED, "This application is not waiting for the National Commission's review.");
		return this.nominations.find(nominationId).orElseThrow().toView();
	}

	@Transactional
	public ApplicationView returnForRevision(long applicationId, String comment) {
		ApplicationView application = this.access.ownCountryApplication(applicationId);
		String text = required("comment", comment, "Tell the city what to revise.");
		Cycle cycle = this.cycles.get(application.cycleId());
		requireSubmitted(application);
		// a returned application may be revised until the nomination deadline (its timer
		// waits for it)
		requireBeforeNominationDeadline(cycle);
		ApplicationView returned = this.applications.markReturned(applicationId, text);
		this.tasks.complete(applicationId, NominationProcess.TASK_NATCOM_REVIEW,
				Map.of(NominationProcess.NATCOM_DECISION, NominationProcess.NatcomDecision.RETURN.name()),
				NOT_SUBMITTED, "This application is not waiting for the National Commission's review.");
		return returned;
	}

	@Transactional
	public ApplicationView decline(long applicationId, String comment) {
		ApplicationView application = this.access.ownCountryApplication(applicationId);
		String text = required("comment", comment, "Tell the city why the application is declined.");
		Cycle cycle = this.cycles.get(application.cycleId());
		requireSubmitted(application);
		requireBeforeNominationDeadline(cycle);
		ApplicationView declined = this.applications.markDeclined(applicationId, text);
		this.tasks.complete(applicationId, NominationProcess.TASK_NATCOM_REVIEW,
				Map.of(NominationProcess.NATCOM_DECISION, NominationProcess.NatcomDecision.DECLINE.name()),
				NOT_SUBMITTED, "This application is not waiting for the National Commission's review.");
		return declined;
	}

	/** How many of the country's places in the cycle are taken, and the quota. */
	@Transactional(readOnly = true)
	public Quota quota(long cycleId) {
		CurrentUser user = this.access.nationalCommission();
		Cycle cycle = this.cycles.get(cycleId);
		return new Quota(this.nominations.takenSlots(cycleId, user.countryCode().toUpperCase()).size(),
				cycle.settings().nominationQuota());
	}

	private int freeSlot(Cycle cycle, String countryCode, String country, int quota) {
		Set<Integer> taken = new TreeSet<>(this.nominations.takenSlots(cycle.id(), countryCode));
		for (int slot = 1; slot <= quota; slot++) {
			if (!taken.contains(slot)) {
				return slot;
			}
		}
		throw quotaReached(country, quota);
	}

	/** The refusal of an insert; runs no query (the transaction may be aborted). */
	private static RuntimeException slotTaken(DataAccessException ex, String country, int slot, int quota) {
		String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase();
		if (message.contains(NominationRepository.APPLICATION_CONSTRAINT)) {
			return new RuleViolationException(ALREADY_NOMINATED, "This application was nominated a moment ago.");
		}
		if (slot == quota) {
			return quotaReached(country, quota);
		}
		return new RuleViolationException(CONCURRENT,
				"Another nomination of " + country + " was recorded at the same moment. Please try again.");
	}

	private static RuleViolationException quotaReached(String country, int quota) {
		return new RuleViolationException(QUOTA_REACHED,
				"The National Commission of " + country + " has already nominated " + quota
						+ ((quota == 1) ? " city" : " cities")
						+ " in this cycle, the most the cycle allows. No further nomination is possible.");
	}

	private void requireSubmitted(ApplicationView application) {
		if (application.status() != ApplicationStatus.SUBMITTED) {
			throw new RuleViolationException(NOT_SUBMITTED,
					"Only a submitted application can be nominated, returned or declined; this one is "
							+ application.status() + ".");
		}
	}

	private void requireBeforeNominationDeadline(Cycle cycle) {
		if (!this.clock.instant().isBefore(cycle.settings().nominationDeadline().toInstant())) {
			throw new RuleViolationException(DEADLINE_PASSED,
					"The nomination deadline of the cycle (" + cycle.settings().nominationDeadline() + ") has passed.");
		}
	}

	private String countryName(String code) {
		return this.network.country(code).map(CountryView::name).orElse(code);
	}

	private static String required(String field, String text, String message) {
		String value = (text != null) ? text.strip() : "";
		if (value.isEmpty()) {
			throw new InvalidInputException(field, message);
		}
		if (value.length() > MAX_TEXT) {
			throw new InvalidInputException(field, "At most " + MAX_TEXT + " characters.");
		}
		return value;
	}

	/** The country's places in a cycle. */
	record Quota(int taken, int quota) {

		public int left() {
			return Math.max(0, this.quota - this.taken);
		}

	}

}
