package org.learningcity.award.cycle.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleDeadlinesChanged;
import org.learningcity.award.cycle.CycleOpened;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.CycleStatusChanged;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class CycleService implements Cycles {

	static final String SUBJECT = "CYCLE";

	static final String CREATED = "CYCLE_CREATED";

	static final String CHANGED = "CYCLE_CHANGED";

	static final String OPENED = "CYCLE_OPENED";

	static final String ADVANCED = "CYCLE_ADVANCED";

	static final String CLOSED_EARLY = "CYCLE_CLOSED_EARLY";

	private final AwardCycleRepository cycles;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final CycleProblems problems;

	private final Clock clock;

	CycleService(AwardCycleRepository cycles, AuditTrail audit, ApplicationEventPublisher events,
			CycleProblems problems, Clock clock) {
		this.cycles = cycles;
		this.audit = audit;
		this.events = events;
		this.problems = problems;
		this.clock = clock;
	}

	@Override
	public List<Cycle> all() {
		return this.cycles.findAllByOrderByYearDescIdDesc().stream().map(AwardCycle::toCycle).toList();
	}

	@Override
	public Optional<Cycle> find(long id) {
		return this.cycles.findById(id).map(AwardCycle::toCycle);
	}

	@Override
	public Cycle get(long id) {
		return load(id).toCycle();
	}

	@Override
	public CycleSettings defaults() {
		LocalDate today = LocalDate.now(this.clock);
		int year = today.getYear() + 1;
		OffsetDateTime applicationDeadline = OffsetDateTime.of(today.plusWeeks(8), LocalTime.of(23, 59),
				ZoneOffset.UTC);
		OffsetDateTime nominationDeadline = OffsetDateTime.of(today.plusWeeks(12), LocalTime.of(23, 59),
				ZoneOffset.UTC);
		return CycleSettings.rules2024("UNESCO Learning City Award " + year, year, applicationDeadline,
				nominationDeadline);
	}

	@Override
	@Transactional
	public Cycle create(CycleSettings settings) {
		CycleSettings checked = checked(settings);
		AwardCycle cycle = this.cycles
			.saveAndFlush(new AwardCycle(checked, this.clock.instant(), Accounts.currentUsername()));
		this.audit.record(CREATED, SUBJECT, cycle.getId().toString(),
				"Created \"" + checked.title() + "\" (" + checked.year() + ") in DRAFT.");
		return cycle.toCycle();
	}

	@Override
	@Transactional
	public Cycle update(long id, CycleSettings settings) {
		CycleSettings checked = checked(settings);
		AwardCycle cycle = load(id);
		List<String> changed = cycle.change(checked, this.clock.instant());
		if (!changed.isEmpty()) {
			this.cycles.flush();
			this.audit.record(CHANGED, SUBJECT, cycle.getId().toString(),
					"Changed " + String.join(", ", changed) + ".");
		}
		if (cycle.getStatus() == CycleStatus.OPEN
				&& (changed.contains("applicationDeadline") || changed.contains("nominationDeadline"))) {
			this.events.publishEvent(new CycleDeadlinesChanged(cycle.getId(), checked.applicationDeadline(),
					checked.nominationDeadline()));
		}
		return cycle.toCycle();
	}

	@Override
	@Transactional
	public Cycle open(long id) {
		AwardCycle cycle = load(id);
		Instant now = this.clock.instant();
		cycle.open(now);
		// the version check happens here: of two simultaneous clicks, one wins
		this.cycles.flush();
		this.audit.record(OPENED, SUBJECT, cycle.getId().toString(), "Opened the call.");
		this.events.publishEvent(new CycleStatusChanged(cycle.getId(), CycleStatus.DRAFT, CycleStatus.OPEN));
		this.events.publishEvent(new CycleOpened(cycle.getId()));
		return cycle.toCycle();
	}

	@Override
	@Transactional
	public Cycle advance(long id, CycleStatus to) {
		if (to == CycleStatus.OPEN) {
			return open(id);
		}
		AwardCycle cycle = load(id);
		CycleStatus from = cycle.getStatus();
		cycle.advanceTo(to, this.clock.instant());
		this.cycles.flush();
		this.audit.record(ADVANCED, SUBJECT, cycle.getId().toString(), "Moved from " + from + " to " + to + ".");
		this.events.publishEvent(new CycleStatusChanged(cycle.getId(), from, to));
		return cycle.toCycle();
	}

	@Override
	@Transactional
	public Cycle closeEarly(long id, String reason) {
		AwardCycle cycle = load(id);
		CycleStatus from = cycle.getStatus();
		cycle.closeEarly();
		this.cycles.flush();
		this.audit.record(CLOSED_EARLY, SUBJECT, cycle.getId().toString(),
				"Closed from " + from + " without awards: " + reason);
		this.events.publishEvent(new CycleStatusChanged(cycle.getId(), from, CycleStatus.CLOSED));
		return cycle.toCycle();
	}

	private AwardCycle load(long id) {
		return this.cycles.findById(id).orElseThrow(() -> new NotFoundException("Award cycle", id));
	}

	/** The settings as the rules normalise them, or every problem in words. */
	private CycleSettings checked(CycleSettings settings) {
		return this.problems.accepted(CycleInput.from(settings));
	}

}
