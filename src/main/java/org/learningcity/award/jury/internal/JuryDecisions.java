package org.learningcity.award.jury.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.jury.Decisions;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury's decision: finalized by staff or the chair once every vote is in or closed by
 * the deadline, within the cycle's limits (at most maxAwardees, at most
 * maxAwardeesPerCountry of one country, shortlisted nominations only), with a statement.
 * Ties in the tally are shown to whoever finalizes, never broken by the application.
 */
@Service
@Transactional
class JuryDecisions implements Decisions {

	static final String DECISION_RECORDED = "JURY_DECISION_RECORDED";

	static final int STATEMENT_MAX = 8000;

	private final JuryStore store;

	private final JuryService jury;

	private final Cycles cycles;

	private final Nominations nominations;

	private final Network network;

	private final TaskService taskService;

	private final AuditTrail audit;

	private final ObjectMapper json;

	private final Clock clock;

	JuryDecisions(JuryStore store, JuryService jury, Cycles cycles, Nominations nominations, Network network,
			TaskService taskService, AuditTrail audit, ObjectMapper json, Clock clock) {
		this.store = store;
		this.jury = jury;
		this.cycles = cycles;
		this.nominations = nominations;
		this.network = network;
		this.taskService = taskService;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Decision> of(long cycleId) {
		return this.store.decision(cycleId)
			.map(d -> new Decision(cycleId, d.awardees(), d.statement(), readTally(d.tallySnapshot()), d.decidedBy(),
					d.decidedAt(), d.announcedAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public Tally tally(long cycleId) {
		return this.jury.tally(cycleId);
	}

	/** Whether the decision is public: the cycle is DECIDED or CLOSED. */
	@Transactional(readOnly = true)
	public boolean isPublic(long cycleId) {
		return this.cycles.find(cycleId)
			.map(c -> c.status() == CycleStatus.DECIDED || c.status() == CycleStatus.CLOSED)
			.orElse(false);
	}

	/**
	 * Whether the signed-in person may finalize: staff, or the chair of the cycle's jury.
	 */
	@Transactional(readOnly = true)
	public boolean mayFinalize(long cycleId) {
		CurrentUser user = Accounts.current().orElse(null);
		if (user == null) {
			return false;
		}
		return user.isStaff() || this.jury.chair(cycleId).map(user.username()::equals).orElse(false);
	}

	/** The waiting decision task of the cycle's jury process, if any. */
	Optional<Task> finalizeTask(long cycleId) {
		return Optional.ofNullable(this.taskService.createTaskQuery()
			.processDefinitionKey(JuryProcess.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.taskDefinitionKey(JuryProcess.TASK_FINALIZE_DECISION)
			.active()
			.singleResult());
	}

	/**
	 * Records the decision and completes the jury's decision task.
	 * @throws RuleViolationException before every vote is in (or closed by the deadline),
	 * or when the cycle is decided already
	 * @throws InvalidInputException beyond the cycle's limits, for a nomination not on
	 * the shortlist, without a statement
	 */
	public Decision finalizeDecision(long cycleId, List<String> awardeeIds, String statement) {
		Cycle cycle = this.cycles.get(cycleId);
		if (!mayFinalize(cycleId)) {
			throw new NotFoundException("Decision task of cycle", cycleId);
		}
		if (this.store.decision(cycleId).isPresent()) {
			throw new RuleViolationException("jury.decided", "The jury of this cycle has decided already.");
		}
		Tally tally = this.jury.tally(cycleId);
		if (tally.jurors().isEmpty() || !tally.complete()) {
			throw new RuleViolationException("jury.votes-outstanding", "Not every vote is in: still to vote "
					+ (tally.jurors().isEmpty() ? "(the jury is not seated)" : String.join(", ", tally.notVoted()))
					+ ".");
		}
		Task task = finalizeTask(cycleId).orElseThrow(() -> new RuleViolationException("jury.not-finalizable",
				"No decision is waiting for this cycle's jury."));
		List<Long> awardees = check(cycle.settings(), cycleId, awardeeIds, statement);
		String decidedBy = Accounts.currentUsername();
		Instant now = this.clock.instant();
		this.store.saveDecision(cycleId, awardees, statement.strip(), writeTally(tally), decidedBy, now);
		this.nominations.markAwarded(cycleId, awardees);
		for (Long id : awardees) {
			this.network.recordAward(this.nominations.get(id).cityId(), cycle.settings().year());
		}
		this.audit.record(DECISION_RECORDED, "CYCLE", Long.toString(cycleId), "Awardees " + awardees);
		this.taskService.complete(task.getId());
		return of(cycleId).orElseThrow();
	}

	private List<Long> check(CycleSettings settings, long cycleId, List<String> ids, String statement) {
		List<FieldError> errors = new ArrayList<>();
		Map<Long, NominationView> shortlist = new LinkedHashMap<>();
		this.nominations.inCycle(cycleId)
			.stream()
			.filter(n -> n.status() == NominationStatus.SHORTLISTED)
			.forEach(n -> shortlist.put(n.id(), n));
		Set<Long> awardees = new LinkedHashSet<>();
		for (String id : (ids != null) ? ids : List.<String>of()) {
			NominationView nomination = null;
			try {
				nomination = shortlist.get(Long.parseLong(String.valueOf(id).strip()));
			}
			catch (NumberFormatException ex) {
				// not a nomination id: reported below
			}
			if (nomination == null) {
				errors.add(new FieldError("awardeeNominationIds", "Nomination " + id + " is not on the shortlist."));
			}
			else {
				awardees.add(nomination.id());
			}
		}
		if (awardees.isEmpty() && errors.isEmpty()) {
			errors.add(new FieldError("awardeeNominationIds", "Choose at least one awardee."));
		}
		if (awardees.size() > settings.maxAwardees()) {
			errors.add(new FieldError("awardeeNominationIds",
					"At most " + settings.maxAwardees() + " awardees in this cycle; " + awardees.size() + " chosen."));
		}
		Map<String, List<String>> perCountry = new LinkedHashMap<>();
		awardees.forEach(id -> perCountry.computeIfAbsent(shortlist.get(id).countryCode(), c -> new ArrayList<>())
			.add(shortlist.get(id).cityName()));
		perCountry.forEach((country, cities) -> {
			if (cities.size() > settings.maxAwardeesPerCountry()) {
				errors.add(new FieldError("awardeeNominationIds", "At most " + settings.maxAwardeesPerCountry()
						+ " awardee(s) of one country: " + country + " has " + String.join(", ", cities) + "."));
			}
		});
		if (statement == null || statement.isBlank()) {
			errors.add(new FieldError("statement", "Write the jury's statement."));
		}
		else if (statement.length() > STATEMENT_MAX) {
			errors.add(new FieldError("statement", "At most " + STATEMENT_MAX + " characters."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return List.copyOf(awardees);
	}

	private String writeTally(Tally tally) {
		try {
			return this.json.writeValueAsString(tally);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Tally readTally(String text) {
		try {
			return this.json.readValue(text, Tally.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The stored tally cannot be read", ex);
		}
	}

}
