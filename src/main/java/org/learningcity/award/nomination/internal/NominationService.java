package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.nomination.NominationEligible;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Nominations and UIL's eligibility decisions: the rules' decision (recorded by the
 * process), or a staff member's where the rules could not decide. Every decision and its
 * reason goes to the audit trail; an eligible nomination publishes
 * {@link NominationEligible}.
 */
@Service
@Transactional(readOnly = true)
class NominationService implements Nominations {

	static final int MAX_REASON = 2000;

	private final NominationRepository repository;

	private final ProcessTasks tasks;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NominationService(NominationRepository repository, ProcessTasks tasks, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.tasks = tasks;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Optional<NominationView> find(long id) {
		return this.repository.find(id).map(NominationRepository.Row::toView);
	}

	@Override
	public NominationView get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("Nomination", id));
	}

	@Override
	public Optional<NominationView> forApplication(long applicationId) {
		return this.repository.findByApplication(applicationId).map(NominationRepository.Row::toView);
	}

	@Override
	public List<NominationView> inCycle(long cycleId) {
		return this.repository.inCycle(cycleId).stream().map(NominationRepository.Row::toView).toList();
	}

	@Override
	@Transactional
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	public NominationView decideEligibility(long id, boolean eligible, String reason) {
		NominationView nomination = get(id);
		String why = (reason != null) ? reason.strip() : "";
		if (why.isEmpty()) {
			throw new InvalidInputException("reason", "Give the reason for the decision: it is kept in the record.");
		}
		if (why.length() > MAX_REASON) {
			throw new InvalidInputException("reason", "The reason is at most " + MAX_REASON + " characters long.");
		}
		if (nomination.status() != NominationStatus.NOMINATED
				|| this.tasks.find(nomination.applicationId(), NominationProcess.TASK_ELIGIBILITY_CHECK) == null) {
			throw new RuleViolationException("nomination.eligibility-not-open",
					"The eligibility of this nomination is not waiting for a person's decision: "
							+ "the rules decided it, or someone already did.");
		}
		NominationStatus status = eligible ? NominationStatus.ELIGIBLE : NominationStatus.INELIGIBLE;
		decide(nomination, status, why, Accounts.currentUsername(), NominationAudit.ELIGIBILITY_BY_STAFF);
		this.tasks.complete(nomination.applicationId(), NominationProcess.TASK_ELIGIBILITY_CHECK,
				Map.of(NominationProcess.ELIGIBILITY, status.name(), NominationProcess.ELIGIBILITY_REASON, why),
				"nomination.eligibility-not-open", "The eligibility of this nomination was decided a moment ago.");
		return get(id);
	}

	@Override
	@Transactional
	public void markShortlisted(long cycleId, Collection<Long> nominationIds) {
		Set<Long> ids = new TreeSet<>(nominationIds);
		this.repository.moveAll(cycleId, NominationStatus.SHORTLISTED, NominationStatus.ELIGIBLE);
		if (this.repository.move(cycleId, ids, NominationStatus.ELIGIBLE, NominationStatus.SHORTLISTED) != ids.size()) {
			throw new RuleViolationException("nomination.not-shortlistable",
					"Only eligible nominations of this cycle can be shortlisted: " + ids + ".");
		}
		this.audit.record(NominationAudit.SHORTLISTED, "CYCLE", Long.toString(cycleId), "Shortlisted: " + ids);
	}

	@Override
	@Transactional
	public void markAwarded(long cycleId, Collection<Long> nominationIds) {
		Set<Long> ids = new TreeSet<>(nominationIds);
		if (this.repository.move(cycleId, ids, NominationStatus.SHORTLISTED, NominationStatus.AWARDED) != ids.size()) {
			throw new RuleViolationException("nomination.not-awardable",
					"Only shortlisted nominations of this cycle can be awarded: " + ids + ".");
		}
		this.audit.record(NominationAudit.AWARDED, "CYCLE", Long.toString(cycleId), "Awarded: " + ids);
	}

	/** Records what the rules found; UNDECIDED leaves the call to UIL staff. */
	@Transactional
	void recordRulesDecision(long id, NominationProcess.Eligibility eligibility, String reason) {
		NominationView nomination = get(id);
		switch (eligibility) {
			case ELIGIBLE ->
				decide(nomination, NominationStatus.ELIGIBLE, reason, "system", NominationAudit.ELIGIBILITY_BY_RULES);
			case INELIGIBLE ->
				decide(nomination, NominationStatus.INELIGIBLE, reason, "system", NominationAudit.ELIGIBILITY_BY_RULES);
			case UNDECIDED -> {
				this.repository.noteUndecided(id, reason);
				this.audit.record(NominationAudit.ELIGIBILITY_UNDECIDED, NominationAudit.NOMINATION, Long.toString(id),
						"The rules could not decide: " + reason + " A UIL staff member decides.");
			}
		}
	}

	private void decide(NominationView nomination, NominationStatus status, String reason, String by, String action) {
		if (!this.repository.decide(nomination.id(), status, reason, by, this.clock.instant())) {
			throw new RuleViolationException("nomination.eligibility-not-open",
					"The eligibility of this nomination was decided already.");
		}
		this.audit.record(action, NominationAudit.NOMINATION, Long.toString(nomination.id()),
				status.name() + ": " + reason);
		if (status == NominationStatus.ELIGIBLE) {
			this.events.publishEvent(new NominationEligible(nomination.id()));
		}
	}

}
