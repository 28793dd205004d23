package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.PanelFormed;
import org.learningcity.award.review.PanelView;
import org.learningcity.award.review.PanelView.PanelMember;
import org.learningcity.award.review.Panels;
import org.learningcity.award.review.internal.PanelStore.StoredPanel;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms, reads and changes the review panels; the assignment itself is
 * {@link PanelAssigner}'s.
 */
@Service
class PanelService implements Panels {

	static final String PANELS_FORMED = "PANELS_FORMED";

	static final String PANEL_CHANGED = "PANEL_CHANGED";

	static final String CYCLE = "CYCLE";

	static final String NOMINATION = "NOMINATION";

	private final PanelStore store;

	private final PanelAssignmentService assignment;

	private final PanelAssigner assigner = new PanelAssigner();

	private final Nominations nominations;

	private final Cycles cycles;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final CycleReviewStage cycleStage;

	PanelService(PanelStore store, PanelAssignmentService assignment, Nominations nominations, Cycles cycles,
			AccountService accounts, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
			CycleReviewStage cycleStage) {
		this.cycleStage = cycleStage;
		this.store = store;
		this.assignment = assignment;
		this.nominations = nominations;
		this.cycles = cycles;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public List<PanelView> formAll(long cycleId) {
		this.cycles.get(cycleId);
		Set<Long> formed = this.store.nominationsWithPanel(cycleId);
		List<NominationView> eligible = this.nominations.inCycle(cycleId)
			.stream()
			.filter((nomination) -> nomination.status() == NominationStatus.ELIGIBLE)
			.toList();
		if (eligible.isEmpty()) {
			throw new RuleViolationException("review.no-eligible",
					"The cycle has no eligible nomination to form a panel for.");
		}
		if (eligible.stream().allMatch((nomination) -> formed.contains(nomination.id()))) {
			throw new RuleViolationException("review.panels-formed",
					"Every eligible nomination of the cycle has a panel already.");
		}
		AssignmentRequest request = this.assignment.request(cycleId, this.store.declaredConflicts(),
				this.store.loads(cycleId), formed);
		PanelAssignment result = this.assigner.assign(request);
		if (!result.complete()) {
			throw new InvalidInputException(result.problems()
				.stream()
				.map((problem) -> new FieldError("nominations." + problem.nominationId(), problem.message()))
				.toList());
		}
		Instant now = this.clock.instant();
		String by = Accounts.currentUsername();
		Map<Long, NominationView> byId = eligible.stream()
			.collect(Collectors.toMap(NominationView::id, Function.identity()));
		Map<String, AccountView> accounts = experts();
		try {
			this.store.insertAll(cycleId, result.panels(), now, by);
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolationException("review.panels-formed",
					"The panels of this cycle are being formed by someone else.");
		}
		List<PanelView> panels = new ArrayList<>();
		for (AssignedPanel panel : result.panels()) {
			panels.add(view(byId.get(panel.nominationId()), panel.experts(), panel.reserves(), now, by, accounts));
		}
		this.audit.record(PANELS_FORMED, CYCLE, Long.toString(cycleId),
				panels.size() + " panels: "
						+ panels.stream()
							.map((panel) -> panel.cityName() + " (" + panel.countryCode() + ") "
									+ String.join(", ", panel.expertUsernames()) + "; reserves "
									+ String.join(", ", panel.reserveUsernames()))
							.collect(Collectors.joining(" | ")));
		// the cycle process, when it waits for the panels, reviews them by its call
		// activity
		boolean reviewedByCycleProcess = this.cycleStage.completeFormPanels(cycleId,
				panels.stream().map(PanelView::nominationId).toList());
		panels.forEach(
				(panel) -> this.events.publishEvent(new PanelFormed(panel.nominationId(), reviewedByCycleProcess)));
		return panels;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<PanelView> find(long nominationId) {
		return this.nominations.find(nominationId)
			.flatMap((nomination) -> this.store.find(nominationId).map((panel) -> view(nomination, panel)));
	}

	@Override
	@Transactional(readOnly = true)
	public PanelView panel(long nominationId) {
		return view(this.nominations.get(nominationId), this.store.get(nominationId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<PanelView> inCycle(long cycleId) {
		Map<Long, NominationView> byId = this.nominations.inCycle(cycleId)
			.stream()
			.collect(Collectors.toMap(NominationView::id, Function.identity()));
		Map<String, AccountView> experts = experts();
		return this.store.inCycle(cycleId)
			.stream()
			.filter((panel) -> byId.containsKey(panel.nominationId()))
			.map((panel) -> view(byId.get(panel.nominationId()), panel.experts(), panel.reserves(), panel.formedAt(),
					panel.formedBy(), experts))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, Integer> loads(long cycleId) {
		return this.store.loads(cycleId);
	}

	@Override
	@Transactional
	public PanelView replace(long nominationId, List<String> experts, List<String> reserves) {
		NominationView nomination = this.nominations.get(nominationId);
		if (nomination.status() != NominationStatus.ELIGIBLE) {
			throw new RuleViolationException("review.not-eligible", "Only an eligible nomination has a review panel.");
		}
		List<String> wanted = normalise(experts);
		List<String> spare = normalise(reserves);
		Optional<StoredPanel> before = this.store.find(nominationId);
		int panelSize = this.cycles.settings(nomination.cycleId()).panelSize();
		Map<String, Integer> loads = new HashMap<>(this.store.loads(nomination.cycleId()));
		before.ifPresent((panel) -> panel.experts().forEach((username) -> loads.merge(username, -1, Integer::sum)));
		Map<String, PanelExpert> pool = this.assignment.experts(loads)
			.stream()
			.collect(Collectors.toMap(PanelExpert::username, Function.identity()));
		PanelNomination target = this.assignment.panelNomination(nomination);
		List<ConflictRule> rules = AssignmentRequest.standardRules(this.store.declaredConflicts());

		List<FieldError> errors = new ArrayList<>();
		if (wanted.size() != panelSize) {
			errors.add(new FieldError("experts",
					"A panel of this cycle has exactly " + panelSize + " experts, not " + wanted.size() + "."));
		}
		Set<String> seen = new HashSet<>();
		check("experts", wanted, true, seen, pool, target, rules, errors);
		check("reserves", spare, false, seen, pool, target, rules, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}

		Instant now = this.clock.instant();
		String by = Accounts.currentUsername();
		long panelId;
		if (before.isPresent()) {
			panelId = before.get().id();
		}
		else {
			panelId = this.store.insert(nomination.cycleId(), nominationId, now, by);
		}
		this.store.setMembers(panelId, wanted, spare, now, by);
		String was = before.map((panel) -> describe(panel.experts(), panel.reserves())).orElse("no panel");
		this.audit.record(PANEL_CHANGED, NOMINATION, Long.toString(nominationId),
				"before: " + was + "; after: " + describe(wanted, spare));
		if (before.isEmpty()) {
			this.events.publishEvent(new PanelFormed(nominationId));
		}
		return panel(nominationId);
	}

	/**
	 * Why this expert may not take the leaving expert's place on the nomination's panel:
	 * the same rules as a change by hand (an enabled expert, no conflict of interest, not
	 * over their maximum load, not on the panel already), and never someone invited to
	 * this nomination before. Empty if the expert may.
	 */
	@Transactional(readOnly = true)
	List<FieldError> replacementProblems(long nominationId, String field, String username, String leaving,
			java.util.Collection<String> invitedBefore) {
		NominationView nomination = this.nominations.get(nominationId);
		List<FieldError> errors = new ArrayList<>();
		List<String> wanted = normalise(java.util.Collections.singletonList(username));
		if (wanted.isEmpty()) {
			errors.add(new FieldError(field, "Name the expert who takes the place."));
			return errors;
		}
		String expert = wanted.get(0);
		if (invitedBefore.contains(expert)) {
			errors.add(new FieldError(field, expert + " was invited to review this nomination before."));
			return errors;
		}
		Map<String, Integer> loads = new HashMap<>(this.store.loads(nomination.cycleId()));
		Map<String, PanelExpert> pool = this.assignment.experts(loads)
			.stream()
			.collect(Collectors.toMap(PanelExpert::username, Function.identity()));
		PanelNomination target = this.assignment.panelNomination(nomination);
		List<ConflictRule> rules = AssignmentRequest.standardRules(this.store.declaredConflicts());
		Set<String> seen = new HashSet<>();
		this.store.find(nominationId)
			.ifPresent((panel) -> panel.experts().stream().filter((u) -> !u.equals(leaving)).forEach(seen::add));
		List<FieldError> found = new ArrayList<>();
		check(field, wanted, true, seen, pool, target, rules, found);
		found.forEach((e) -> errors.add(new FieldError(field, e.message())));
		return errors;
	}

	private static void check(String field, List<String> usernames, boolean members, Set<String> seen,
			Map<String, PanelExpert> pool, PanelNomination target, List<ConflictRule> rules, List<FieldError> errors) {
		for (int i = 0; i < usernames.size(); i++) {
			String username = usernames.get(i);
			String at = field + "[" + i + "]";
			PanelExpert expert = pool.get(username);
			if (expert == null) {
				errors.add(new FieldError(at, username + " is not an enabled expert."));
				continue;
			}
			if (!seen.add(username)) {
				errors.add(new FieldError(at, username + " is named twice on the panel."));
				continue;
			}
			for (ConflictRule rule : rules) {
				if (rule.excludes(expert, target)) {
					errors.add(new FieldError(at, username + " may not review " + target.label() + ": "
							+ rule.description() + " (" + rule.code() + ")."));
				}
			}
			if (members && expert.spare() < 1) {
				errors.add(new FieldError(at, username + " already reviews " + expert.currentLoad()
						+ " nominations of this cycle, their maximum."));
			}
		}
	}

	private static List<String> normalise(List<String> usernames) {
		if (usernames == null) {
			return List.of();
		}
		return usernames.stream()
			.map((username) -> (username != null) ? username.strip().toLowerCase(java.util.Locale.ROOT) : "")
			.filter((username) -> !username.isEmpty())
			.toList();
	}

	private static String describe(List<String> experts, List<String> reserves) {
		return "experts [" + String.join(", ", experts) + "], reserves [" + String.join(", ", reserves) + "]";
	}

	private Map<String, AccountView> experts() {
		return this.accounts.withRole(Role.EXPERT)
			.stream()
			.collect(Collectors.toMap(AccountView::username, Function.identity(), (a, b) -> a));
	}

	/**
	 * One panel, with only its members' accounts looked up (not every expert's: a cycle's
	 * process reads each panel as it starts its review, 3,000 times in a 3,000-city
	 * cycle).
	 */
	private PanelView view(NominationView nomination, StoredPanel panel) {
		Map<String, AccountView> members = new java.util.HashMap<>();
		java.util.stream.Stream.concat(panel.experts().stream(), panel.reserves().stream())
			.distinct()
			.forEach((username) -> this.accounts.findByUsername(username)
				.filter((account) -> account.has(Role.EXPERT))
				.ifPresent((account) -> members.put(username, account)));
		return view(nomination, panel.experts(), panel.reserves(), panel.formedAt(), panel.formedBy(), members);
	}

	private static PanelView view(NominationView nomination, List<String> experts, List<String> reserves, Instant at,
			String by, Map<String, AccountView> accounts) {
		Function<String, PanelMember> member = (username) -> {
			AccountView account = accounts.get(username);
			return (account != null) ? new PanelMember(username, account.displayName(), account.countryCode())
					: new PanelMember(username, username, null);
		};
		return new PanelView(nomination.id(), nomination.cycleId(), nomination.cityId(), nomination.cityName(),
				nomination.countryCode(), experts.stream().map(member).toList(), reserves.stream().map(member).toList(),
				at, by);
	}

}
