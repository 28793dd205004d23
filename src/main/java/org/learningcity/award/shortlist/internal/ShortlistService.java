package org.learningcity.award.shortlist.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.network.RegionView;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.shortlist.ConfirmedShortlist;
import org.learningcity.award.shortlist.RankedNomination;
import org.learningcity.award.shortlist.Reason;
import org.learningcity.award.shortlist.Shortlists;
import org.learningcity.award.shortlist.Suggestion;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Candidate;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Limits;
import org.learningcity.award.shortlist.internal.ShortlistOptimizer.Outcome;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ranking, the suggestion and the confirmation of a cycle's shortlist. Confirming
 * stores the shortlist, moves its nominations to SHORTLISTED, audits, and completes the
 * cycle process's {@code Task_ConfirmShortlist} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
class ShortlistService implements Shortlists {

	/**
	 * The cycle process and its task that waits for the shortlist (CYCLE-CONTRACT.md).
	 */
	static final String CYCLE_PROCESS = CycleProcessNames.KEY;

	static final String TASK_CONFIRM_SHORTLIST = CycleProcessNames.TASK_CONFIRM_SHORTLIST;

	static final int RATIONALE_MIN = 20;

	static final int RATIONALE_MAX = 4000;

	static final String AUDIT_CONFIRMED = "SHORTLIST_CONFIRMED";

	private final Cycles cycles;

	private final Nominations nominations;

	private final Network network;

	private final RankingService ranking;

	private final ShortlistStore store;

	private final AuditTrail audit;

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final MessageSource messages;

	private final Clock clock;

	ShortlistService(Cycles cycles, Nominations nominations, Network network, RankingService ranking,
			ShortlistStore store, AuditTrail audit, TaskService tasks, RuntimeService runtime, MessageSource messages,
			Clock clock) {
		this.cycles = cycles;
		this.nominations = nominations;
		this.network = network;
		this.ranking = ranking;
		this.store = store;
		this.audit = audit;
		this.tasks = tasks;
		this.runtime = runtime;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	public Optional<ConfirmedShortlist> confirmed(long cycleId) {
		this.cycles.get(cycleId);
		return this.store.latest(cycleId);
	}

	@Override
	public List<RankedNomination> ranking(long cycleId) {
		return this.ranking.ranking(cycleId);
	}

	@Override
	public Suggestion suggestion(long cycleId) {
		CycleSettings settings = this.cycles.settings(cycleId);
		List<RankedNomination> ranked = this.ranking.ranking(cycleId);
		Outcome outcome = ShortlistOptimizer.suggest(candidates(ranked), limits(settings));
		List<Suggestion.Entry> entries = new ArrayList<>();
		for (RankedNomination r : ranked) {
			entries.add(new Suggestion.Entry(r, outcome.selected().contains(r.nominationId()),
					reason(outcome.reasons().get(r.nominationId()))));
		}
		return new Suggestion(cycleId, outcome.selected(), entries, outcome.notes().stream().map(this::reason).toList(),
				settings.shortlistSize(), settings.shortlistPerCountry(), settings.minimumScore());
	}

	/**
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	void requireCycle(long cycleId) {
		this.cycles.get(cycleId);
	}

	/** How many times the cycle's shortlist was confirmed so far. */
	int confirmations(long cycleId) {
		return this.store.confirmations(cycleId);
	}

	/**
	 * Confirms the cycle's shortlist (from the page or the API): finds the cycle
	 * process's waiting task itself.
	 */
	@Transactional
	public ConfirmedShortlist confirm(long cycleId, List<Long> nominationIds, String rationale) {
		return confirm(cycleId, nominationIds, rationale, null);
	}

	/**
	 * Confirms the cycle's shortlist.
	 * @param taskId the {@code Task_ConfirmShortlist} to complete, or {@code null} to
	 * find the cycle process's waiting one
	 * @throws InvalidInputException (422) naming each nomination that breaks a rule, or a
	 * missing rationale
	 * @throws RuleViolationException (409) if the cycle is not shortlisting or its
	 * process does not wait for the shortlist
	 */
	@Transactional
	public ConfirmedShortlist confirm(long cycleId, List<Long> nominationIds, String rationale, String taskId) {
		Cycle cycle = this.cycles.get(cycleId);
		if (cycle.status() != CycleStatus.SHORTLISTING) {
			throw new RuleViolationException("shortlist.not-shortlisting",
					text("shortlist.error.not-shortlisting", cycle.status().name()));
		}
		List<RankedNomination> ranked = this.ranking.ranking(cycleId);
		List<FieldError> errors = check(cycle.settings(), ranked, cycleId, nominationIds);
		String why = (rationale != null) ? rationale.strip() : "";
		if (why.length() < RATIONALE_MIN) {
			errors.add(new FieldError("rationale", text("shortlist.error.rationale", RATIONALE_MIN)));
		}
		else if (why.length() > RATIONALE_MAX) {
			errors.add(new FieldError("rationale", text("shortlist.error.rationale-long", RATIONALE_MAX)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Task task = waitingTask(cycleId, taskId);
		Suggestion suggestion = suggestion(cycleId);
		Map<Long, Suggestion.Entry> entries = new HashMap<>();
		suggestion.entries().forEach(e -> entries.put(e.nomination().nominationId(), e));
		Set<Long> chosen = new LinkedHashSet<>(nominationIds);
		List<ConfirmedShortlist.Member> members = new ArrayList<>();
		for (RankedNomination r : ranked) {
			if (!chosen.contains(r.nominationId())) {
				continue;
			}
			Suggestion.Entry entry = entries.get(r.nominationId());
			Reason reason = entry.included() ? entry.reason()
					: reason(new ShortlistOptimizer.Why("shortlist.reason.in-staff",
							List.of(r.cityName(), entry.reason().text())));
			members.add(new ConfirmedShortlist.Member(r.nominationId(), r.rank(), r.overall(), reason.code(),
					reason.text()));
		}
		String by = Accounts.currentUsername();
		long id = this.store.save(cycleId, members, why, by, this.clock.instant());
		List<Long> ids = members.stream().map(ConfirmedShortlist.Member::nominationId).toList();
		this.nominations.markShortlisted(cycleId, ids);
		this.audit.record(AUDIT_CONFIRMED, "CYCLE", Long.toString(cycleId),
				"Shortlist " + id + ": " + ids + ". Rationale: " + why);
		if (task != null) {
			try {
				this.tasks.complete(task.getId(),
						Map.of("shortlistId", id, "shortlist", ids.stream().map(String::valueOf).toList()));
			}
			catch (OptimisticLockingException ex) {
				throw new RuleViolationException("shortlist.concurrent-change",
						text("shortlist.error.concurrent-change"));
			}
		}
		return this.store.latest(cycleId).orElseThrow();
	}

	/**
	 * The rules a confirmed shortlist must keep, as field errors naming each nomination
	 * that breaks one (also used by the page to show what a change breaks).
	 */
	List<FieldError> check(CycleSettings settings, List<RankedNomination> ranked, long cycleId,
			List<Long> nominationIds) {
		List<FieldError> errors = new ArrayList<>();
		if (nominationIds == null || nominationIds.isEmpty()) {
			errors.add(new FieldError("nominationIds", text("shortlist.error.empty")));
			return errors;
		}
		Map<Long, RankedNomination> byId = new LinkedHashMap<>();
		ranked.forEach(r -> byId.put(r.nominationId(), r));
		Set<Long> seen = new HashSet<>();
		Map<String, Integer> perCountry = new HashMap<>();
		List<RankedNomination> valid = new ArrayList<>();
		for (int i = 0; i < nominationIds.size(); i++) {
			Long id = nominationIds.get(i);
			String field = "nominationIds[" + i + "]";
			if (id == null) {
				errors.add(new FieldError(field, text("shortlist.error.unknown", "null")));
				continue;
			}
			RankedNomination r = byId.get(id);
			if (!seen.add(id)) {
				errors.add(new FieldError(field, text("shortlist.error.duplicate", name(id, r))));
				continue;
			}
			if (r == null) {
				Optional<NominationView> nomination = this.nominations.find(id);
				if (nomination.isEmpty() || nomination.get().cycleId() != cycleId) {
					errors.add(new FieldError(field, text("shortlist.error.unknown", Long.toString(id))));
				}
				else {
					errors.add(new FieldError(field, text("shortlist.error.not-reviewed", nomination.get().cityName(),
							nomination.get().status().name())));
				}
				continue;
			}
			if (RankingService.scaled(r.overall()) < RankingService.scaled(settings.minimumScore())) {
				errors.add(new FieldError(field,
						text("shortlist.error.minimum", r.cityName(), r.overall(), settings.minimumScore())));
				continue;
			}
			valid.add(r);
		}
		// per country, in ranking order: the ones beyond the limit break it
		Map<Long, Integer> index = new HashMap<>();
		for (int i = 0; i < nominationIds.size(); i++) {
			index.putIfAbsent(nominationIds.get(i), i);
		}
		valid.sort((a, b) -> Integer.compare(a.position(), b.position()));
		for (RankedNomination r : valid) {
			int n = perCountry.merge(r.countryCode(), 1, Integer::sum);
			if (n > settings.shortlistPerCountry()) {
				errors.add(new FieldError("nominationIds[" + index.get(r.nominationId()) + "]",
						text("shortlist.error.country", r.cityName(), n, countryName(r.countryCode()),
								settings.shortlistPerCountry())));
			}
		}
		if (seen.size() > settings.shortlistSize()) {
			errors.add(new FieldError("nominationIds",
					text("shortlist.error.size", seen.size(), settings.shortlistSize())));
		}
		// every region with a qualified candidate, when there are places enough for each
		Map<String, RankedNomination> bestOfRegion = new LinkedHashMap<>();
		for (RankedNomination r : ranked) {
			if (RankingService.scaled(r.overall()) >= RankingService.scaled(settings.minimumScore())) {
				bestOfRegion.putIfAbsent(r.region(), r);
			}
		}
		if (bestOfRegion.size() <= settings.shortlistSize()) {
			Set<String> represented = new HashSet<>();
			valid.forEach(r -> represented.add(r.region()));
			bestOfRegion.forEach((region, best) -> {
				if (!represented.contains(region)) {
					errors.add(new FieldError("nominationIds",
							text("shortlist.error.region", regionName(region), best.cityName())));
				}
			});
		}
		return errors;
	}

	private Task waitingTask(long cycleId, String taskId) {
		if (taskId != null) {
			Task task = this.tasks.createTaskQuery().taskId(taskId).active().singleResult();
			if (task == null || !TASK_CONFIRM_SHORTLIST.equals(task.getTaskDefinitionKey())) {
				throw new RuleViolationException("shortlist.not-waiting", text("shortlist.error.not-waiting"));
			}
			return task;
		}
		Task task = this.tasks.createTaskQuery()
			.processDefinitionKey(CYCLE_PROCESS)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.taskDefinitionKey(TASK_CONFIRM_SHORTLIST)
			.active()
			.singleResult();
		if (task != null) {
			return task;
		}
		long running = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CYCLE_PROCESS)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.count();
		if (running > 0) {
			throw new RuleViolationException("shortlist.not-waiting", text("shortlist.error.not-waiting"));
		}
		return null;
	}

	/**
	 * Whether a confirmation would be taken now: the cycle is SHORTLISTING and its
	 * process waits for the shortlist (or it has no cycle process). False while a
	 * confirmed shortlist is being handed over to the jury (the cycle process's next step
	 * runs in a job).
	 */
	boolean awaitsConfirmation(long cycleId) {
		if (this.cycles.get(cycleId).status() != CycleStatus.SHORTLISTING) {
			return false;
		}
		String key = Long.toString(cycleId);
		return this.tasks.createTaskQuery()
			.processDefinitionKey(CYCLE_PROCESS)
			.processInstanceBusinessKey(key)
			.taskDefinitionKey(TASK_CONFIRM_SHORTLIST)
			.active()
			.count() > 0
				|| this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(CYCLE_PROCESS)
					.processInstanceBusinessKey(key)
					.count() == 0;
	}

	/**
	 * The cycle a {@code Task_ConfirmShortlist} is about: its variable or business key.
	 */
	Long cycleOf(String processInstanceId) {
		Object value = this.runtime.getVariable(processInstanceId, CycleProcessNames.CYCLE_ID);
		if (value instanceof Number number) {
			return number.longValue();
		}
		var instance = this.runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
		if (instance != null && instance.getBusinessKey() != null) {
			try {
				return Long.parseLong(instance.getBusinessKey());
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

	List<Candidate> candidates(List<RankedNomination> ranked) {
		return ranked.stream()
			.map(r -> new Candidate(r.nominationId(), r.cityName(), r.countryCode(), countryName(r.countryCode()),
					r.region(), regionName(r.region()), r.overall(), r.rank()))
			.toList();
	}

	static Limits limits(CycleSettings settings) {
		return new Limits(settings.shortlistSize(), settings.shortlistPerCountry(), settings.minimumScore());
	}

	String countryName(String code) {
		return this.network.country(code).map(CountryView::name).orElse(code);
	}

	String regionName(String code) {
		return this.network.region(code).map(RegionView::name).orElse(code);
	}

	private String name(long id, RankedNomination r) {
		return (r != null) ? r.cityName() : Long.toString(id);
	}

	Reason reason(ShortlistOptimizer.Why why) {
		Object[] args = why.args().toArray();
		return new Reason(why.code(), why.args(),
				this.messages.getMessage(why.code(), args, why.code(), Locale.ENGLISH));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

}
