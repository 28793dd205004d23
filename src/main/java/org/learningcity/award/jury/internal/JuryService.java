package org.learningcity.award.jury.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.jury.Vote;
import org.learningcity.award.jury.internal.JuryStore.Ballot;
import org.learningcity.award.jury.internal.JuryStore.BallotStatus;
import org.learningcity.award.jury.internal.JuryStore.Member;
import org.learningcity.award.jury.internal.JuryStore.Session;
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
 * The jury of a cycle and its votes. Staff may choose the jurors and the chair until the
 * jury is seated; by default every enabled JURY account sits and the first juror by
 * username chairs. A juror votes on every shortlisted city (SHORTLISTED nominations of
 * the cycle), RECUSED on the cities of their own country; a cast vote is final, and the
 * jury's deadline closes an unfinished one.
 */
@Service
@Transactional
class JuryService {

	static final String JURY_CHOSEN = "JURY_CHOSEN";

	static final String JURY_SEATED = "JURY_SEATED";

	static final String VOTE_DRAFTED = "JURY_VOTE_DRAFTED";

	static final String VOTE_CAST = "JURY_VOTE_CAST";

	static final String VOTE_CLOSED = "JURY_VOTE_CLOSED";

	static final int REMARK_MAX = 4000;

	private final JuryStore store;

	private final Cycles cycles;

	private final Nominations nominations;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final TaskService taskService;

	private final Clock clock;

	JuryService(JuryStore store, Cycles cycles, Nominations nominations, AccountService accounts, AuditTrail audit,
			TaskService taskService, Clock clock) {
		this.store = store;
		this.cycles = cycles;
		this.nominations = nominations;
		this.accounts = accounts;
		this.audit = audit;
		this.taskService = taskService;
		this.clock = clock;
	}

	// --- the jury

	/** The cycle's jury: chosen by staff, else the default, and whether it is seated. */
	@Transactional(readOnly = true)
	public Jury jury(long cycleId) {
		this.cycles.get(cycleId);
		List<Member> members = this.store.members(cycleId);
		boolean chosen = !members.isEmpty();
		if (!chosen) {
			members = defaultMembers();
		}
		return new Jury(cycleId, members, chosen, this.store.session(cycleId).orElse(null));
	}

	/** Every enabled JURY account by username, the first one chairing. */
	List<Member> defaultMembers() {
		List<String> usernames = this.accounts.jurors().stream().map(AccountView::username).sorted().toList();
		List<Member> members = new ArrayList<>();
		for (int i = 0; i < usernames.size(); i++) {
			members.add(new Member(usernames.get(i), i == 0));
		}
		return members;
	}

	/**
	 * Chooses the cycle's jurors and chair (staff), until the jury is seated.
	 * @param chair one of the jurors; the first by username when {@code null}
	 */
	public Jury choose(long cycleId, List<String> usernames, String chair) {
		this.cycles.get(cycleId);
		if (this.store.session(cycleId).isPresent()) {
			throw new RuleViolationException("jury.seated", "The jury of this cycle is seated: it cannot change.");
		}
		Set<String> enabled = new TreeSet<>(this.accounts.jurors().stream().map(AccountView::username).toList());
		TreeSet<String> chosen = new TreeSet<>();
		for (String username : (usernames != null) ? usernames : List.<String>of()) {
			if (username == null || username.isBlank()) {
				continue;
			}
			String name = username.strip().toLowerCase(Locale.ROOT);
			if (!enabled.contains(name)) {
				throw new InvalidInputException("jurors", "Not an enabled juror's account: " + name + ".");
			}
			chosen.add(name);
		}
		if (chosen.isEmpty()) {
			throw new InvalidInputException("jurors", "Choose at least one juror.");
		}
		String theChair = (chair == null || chair.isBlank()) ? chosen.first() : chair.strip().toLowerCase(Locale.ROOT);
		if (!chosen.contains(theChair)) {
			throw new InvalidInputException("chair", "The chair must be one of the jurors.");
		}
		this.store.replaceMembers(cycleId, List.copyOf(chosen), theChair, Accounts.currentUsername(),
				this.clock.instant());
		this.audit.record(JURY_CHOSEN, "CYCLE", Long.toString(cycleId),
				"Jurors " + String.join(", ", chosen) + "; chair " + theChair);
		return jury(cycleId);
	}

	/**
	 * Seats the jury (the process's first step): the chosen jurors or the default, votes
	 * due juryDuration from now. Seating again returns the seated jury.
	 * @return the jurors' usernames
	 */
	public List<String> seat(long cycleId) {
		CycleSettings settings = this.cycles.settings(cycleId);
		if (this.store.session(cycleId).isEmpty()) {
			List<Member> members = this.store.members(cycleId);
			if (members.isEmpty()) {
				members = defaultMembers();
				String chair = members.stream().filter(Member::chair).map(Member::username).findFirst().orElse(null);
				this.store.replaceMembers(cycleId, members.stream().map(Member::username).toList(), chair, "system",
						this.clock.instant());
			}
			Instant now = this.clock.instant();
			Instant due = now.plus(settings.juryDurationAsDuration());
			this.store.createSession(cycleId, now, due);
			this.audit.record(JURY_SEATED, "CYCLE", Long.toString(cycleId),
					"Jurors " + String.join(", ", members.stream().map(Member::username).toList()) + "; due " + due);
		}
		return this.store.members(cycleId).stream().map(Member::username).toList();
	}

	/** When the seated jury's votes are due. */
	@Transactional(readOnly = true)
	public Instant due(long cycleId) {
		return session(cycleId).dueAt();
	}

	/** The chair of the cycle's jury (none before it is seated or chosen). */
	@Transactional(readOnly = true)
	public Optional<String> chair(long cycleId) {
		return this.store.members(cycleId).stream().filter(Member::chair).map(Member::username).findFirst();
	}

	/** The times, before the deadline, to remind a juror who has not voted. */
	@Transactional(readOnly = true)
	public List<Duration> reminderBefore(long cycleId) {
		Session session = session(cycleId);
		Duration span = Duration.between(session.seatedAt(), session.dueAt());
		return this.cycles.settings(cycleId)
			.reminderBeforeAsDurations()
			.stream()
			.filter(d -> d.compareTo(span) < 0)
			.sorted(Comparator.reverseOrder())
			.toList();
	}

	/** Whether the juror sits on the cycle's seated jury. */
	@Transactional(readOnly = true)
	public boolean seated(long cycleId, String username) {
		return this.store.session(cycleId).isPresent()
				&& this.store.members(cycleId).stream().anyMatch(m -> m.username().equals(username));
	}

	/** Whether the juror's vote is cast (or closed by the deadline). */
	@Transactional(readOnly = true)
	public boolean voted(long cycleId, String juror) {
		return this.store.ballot(cycleId, juror).map(b -> b.status() == BallotStatus.CAST).orElse(false);
	}

	private Session session(long cycleId) {
		return this.store.session(cycleId)
			.orElseThrow(() -> new RuleViolationException("jury.not-seated", "The jury of this cycle is not seated."));
	}

	// --- the shortlist and the ballots

	/** The cities before the jury: the cycle's shortlisted (or awarded) nominations. */
	@Transactional(readOnly = true)
	public List<NominationView> shortlist(long cycleId) {
		return this.nominations.inCycle(cycleId)
			.stream()
			.filter(n -> n.status() == NominationStatus.SHORTLISTED || n.status() == NominationStatus.AWARDED)
			.sorted(Comparator.comparing(NominationView::cityName))
			.toList();
	}

	/** The juror's country, upper case (null if the account has none). */
	String countryOf(String juror) {
		return this.accounts.findByUsername(juror)
			.map(AccountView::countryCode)
			.map(c -> c.toUpperCase(Locale.ROOT))
			.orElse(null);
	}

	/** Whether the juror must recuse on the nomination: the city is of their country. */
	boolean mustRecuse(String jurorCountry, NominationView nomination) {
		return jurorCountry != null && jurorCountry.equalsIgnoreCase(nomination.countryCode());
	}

	/**
	 * The juror's ballot as it stands: the saved votes, RECUSED pre-set on the cities of
	 * the juror's own country.
	 */
	@Transactional(readOnly = true)
	public BallotView ballot(long cycleId, String juror) {
		Optional<Ballot> stored = this.store.ballot(cycleId, juror);
		String country = countryOf(juror);
		List<BallotView.Line> lines = new ArrayList<>();
		for (NominationView n : shortlist(cycleId)) {
			boolean recuse = mustRecuse(country, n);
			Vote vote = recuse ? Vote.RECUSED : stored.map(b -> b.votes().get(n.id())).orElse(null);
			lines.add(new BallotView.Line(n, vote, recuse));
		}
		return new BallotView(cycleId, juror, stored.map(b -> b.status().name()).orElse("OPEN"),
				stored.map(Ballot::remark).orElse(null), lines,
				this.store.session(cycleId).map(Session::dueAt).orElse(null), stored.map(Ballot::castAt).orElse(null));
	}

	/** Saves the juror's unfinished votes. */
	public BallotView saveDraft(long cycleId, String juror, Map<String, String> votes, String remark) {
		requireOpen(cycleId, juror);
		Map<Long, Vote> checked = check(cycleId, juror, votes, remark, false);
		this.store.saveBallot(cycleId, juror, BallotStatus.DRAFT, blankToNull(remark), checked, this.clock.instant());
		this.audit.record(VOTE_DRAFTED, "CYCLE", Long.toString(cycleId), juror + " saved a draft vote");
		return ballot(cycleId, juror);
	}

	/**
	 * Casts the juror's vote and completes their vote task: a vote on every shortlisted
	 * city; final.
	 * @throws InvalidInputException naming each city without a vote, each id not on the
	 * shortlist, each vote that is not FOR/AGAINST/ABSTAIN/RECUSED, each own-country city
	 * not RECUSED
	 * @throws RuleViolationException if the juror voted already, the deadline has passed
	 * or the juror does not sit on the jury
	 */
	public BallotView cast(long cycleId, String juror, Map<String, String> votes, String remark) {
		Task task = requireOpen(cycleId, juror);
		Map<Long, Vote> checked = check(cycleId, juror, votes, remark, true);
		this.store.saveBallot(cycleId, juror, BallotStatus.CAST, blankToNull(remark), checked, this.clock.instant());
		this.audit.record(VOTE_CAST, "CYCLE", Long.toString(cycleId), juror + " voted: " + summary(checked));
		this.taskService.complete(task.getId());
		return ballot(cycleId, juror);
	}

	/** Closes the juror's vote unfinished (the deadline passed). */
	public void close(long cycleId, String juror) {
		if (voted(cycleId, juror)) {
			return;
		}
		this.store.closeBallot(cycleId, juror, this.clock.instant());
		this.audit.record(VOTE_CLOSED, "CYCLE", Long.toString(cycleId),
				juror + " did not vote before the jury's deadline");
	}

	/** The juror's waiting vote task, or the reason there is none (409). */
	private Task requireOpen(long cycleId, String juror) {
		Session session = session(cycleId);
		if (this.store.members(cycleId).stream().noneMatch(m -> m.username().equals(juror))) {
			throw new NotFoundException("Jury vote", juror);
		}
		Optional<Ballot> ballot = this.store.ballot(cycleId, juror);
		if (ballot.map(b -> b.status() == BallotStatus.CAST).orElse(false)) {
			throw new RuleViolationException("jury.voted", "You have voted already: a vote is final.");
		}
		if (ballot.map(b -> b.status() == BallotStatus.CLOSED).orElse(false)
				|| !this.clock.instant().isBefore(session.dueAt())) {
			throw new RuleViolationException("jury.deadline-passed",
					"The jury's deadline (" + session.dueAt() + ") has passed: the vote is closed.");
		}
		Task task = voteTask(cycleId, juror);
		if (task == null) {
			throw new RuleViolationException("jury.vote-closed", "Your vote is not open.");
		}
		return task;
	}

	Task voteTask(long cycleId, String juror) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(JuryProcess.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.taskDefinitionKey(JuryProcess.TASK_JURY_VOTE)
			.taskAssignee(juror)
			.active()
			.singleResult();
	}

	/** Checks the votes: ids on the shortlist, known votes, recusal, all (when final). */
	private Map<Long, Vote> check(long cycleId, String juror, Map<String, String> votes, String remark,
			boolean complete) {
		List<FieldError> errors = new ArrayList<>();
		Map<Long, NominationView> shortlist = new LinkedHashMap<>();
		shortlist(cycleId).stream()
			.filter(n -> n.status() == NominationStatus.SHORTLISTED)
			.forEach(n -> shortlist.put(n.id(), n));
		String country = countryOf(juror);
		Map<Long, Vote> result = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : ((votes != null) ? votes : Map.<String, String>of()).entrySet()) {
			String field = "votes." + entry.getKey();
			NominationView nomination = shortlisted(shortlist, entry.getKey());
			if (nomination == null) {
				errors.add(new FieldError(field, "Nomination " + entry.getKey() + " is not on the shortlist."));
				continue;
			}
			String text = entry.getValue();
			if (text == null || text.isBlank()) {
				continue;
			}
			Vote vote;
			try {
				vote = Vote.valueOf(text.strip().toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.add(new FieldError(field,
						"Vote FOR, AGAINST, ABSTAIN or RECUSED on " + nomination.cityName() + ", not " + text + "."));
				continue;
			}
			if (mustRecuse(country, nomination) && vote != Vote.RECUSED) {
				errors.add(new FieldError(field, nomination.cityName() + " is a city of your own country ("
						+ nomination.countryCode() + "): you must recuse (RECUSED)."));
				continue;
			}
			result.put(nomination.id(), vote);
		}
		for (NominationView nomination : shortlist.values()) {
			if (!result.containsKey(nomination.id()) && mustRecuse(country, nomination)) {
				result.put(nomination.id(), Vote.RECUSED);
			}
			if (complete && !result.containsKey(nomination.id())
					&& errors.stream().noneMatch(e -> e.field().equals("votes." + nomination.id()))) {
				errors.add(new FieldError("votes." + nomination.id(), "Vote on " + nomination.cityName() + "."));
			}
		}
		if (remark != null && remark.length() > REMARK_MAX) {
			errors.add(new FieldError("comment", "At most " + REMARK_MAX + " characters."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return result;
	}

	private static NominationView shortlisted(Map<Long, NominationView> shortlist, String id) {
		try {
			return shortlist.get(Long.parseLong(id.strip()));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static String summary(Map<Long, Vote> votes) {
		StringBuilder text = new StringBuilder();
		votes.forEach((id, vote) -> text.append((text.length() > 0) ? ", " : "").append(id).append('=').append(vote));
		return text.toString();
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	// --- the tally

	/**
	 * The votes as they stand: cast ballots only (a closed ballot counts for nothing).
	 */
	@Transactional(readOnly = true)
	public org.learningcity.award.jury.Tally tally(long cycleId) {
		List<NominationView> cities = shortlist(cycleId);
		List<Ballot> ballots = this.store.ballots(cycleId);
		List<String> jurors = (this.store.session(cycleId).isPresent() ? this.store.members(cycleId)
				: List.<Member>of())
			.stream()
			.map(Member::username)
			.toList();
		List<String> closed = ballots.stream()
			.filter(b -> b.status() == BallotStatus.CLOSED)
			.map(Ballot::juror)
			.toList();
		List<String> cast = ballots.stream().filter(b -> b.status() == BallotStatus.CAST).map(Ballot::juror).toList();
		List<String> notVoted = jurors.stream().filter(j -> !closed.contains(j) && !cast.contains(j)).toList();
		List<int[]> counts = new ArrayList<>();
		for (NominationView city : cities) {
			int[] count = new int[Vote.values().length];
			for (Ballot ballot : ballots) {
				Vote vote = ballot.votes().get(city.id());
				if (ballot.status() == BallotStatus.CAST && vote != null) {
					count[vote.ordinal()]++;
				}
			}
			counts.add(count);
		}
		Map<String, List<Long>> groups = new LinkedHashMap<>();
		for (int i = 0; i < cities.size(); i++) {
			int[] c = counts.get(i);
			groups.computeIfAbsent(c[Vote.FOR.ordinal()] + "/" + c[Vote.AGAINST.ordinal()], k -> new ArrayList<>())
				.add(cities.get(i).id());
		}
		List<List<Long>> ties = groups.values().stream().filter(g -> g.size() > 1).toList();
		List<org.learningcity.award.jury.Tally.CityTally> rows = new ArrayList<>();
		for (int i = 0; i < cities.size(); i++) {
			NominationView n = cities.get(i);
			int[] c = counts.get(i);
			boolean tied = ties.stream().anyMatch(t -> t.contains(n.id()));
			rows.add(new org.learningcity.award.jury.Tally.CityTally(n.id(), n.cityId(), n.cityName(), n.countryCode(),
					n.region(), c[Vote.FOR.ordinal()], c[Vote.AGAINST.ordinal()], c[Vote.ABSTAIN.ordinal()],
					c[Vote.RECUSED.ordinal()], tied));
		}
		rows.sort(Comparator.comparingInt(org.learningcity.award.jury.Tally.CityTally::forVotes)
			.reversed()
			.thenComparingInt(org.learningcity.award.jury.Tally.CityTally::against)
			.thenComparing(org.learningcity.award.jury.Tally.CityTally::cityName));
		List<List<Long>> orderedTies = ties.stream()
			.map(t -> rows.stream()
				.map(org.learningcity.award.jury.Tally.CityTally::nominationId)
				.filter(t::contains)
				.toList())
			.sorted(Comparator.comparingInt(t -> rows
				.indexOf(rows.stream().filter(r -> r.nominationId() == t.get(0)).findFirst().orElseThrow())))
			.toList();
		return new org.learningcity.award.jury.Tally(rows, jurors, notVoted, closed, orderedTies);
	}

	/** The cycle's jury: its members and, once seated, when votes are due. */
	public record Jury(long cycleId, List<Member> members, boolean chosen, Session session) {

		public boolean seated() {
			return this.session != null;
		}

		public String chair() {
			return this.members.stream().filter(Member::chair).map(Member::username).findFirst().orElse(null);
		}

		public List<String> usernames() {
			return this.members.stream().map(Member::username).toList();
		}

	}

	/**
	 * A juror's ballot for the page and the API.
	 *
	 * @param status OPEN (nothing saved), DRAFT, CAST or CLOSED
	 */
	public record BallotView(long cycleId, String juror, String status, String comment, List<Line> lines, Instant due,
			Instant castAt) {

		public boolean editable() {
			return "OPEN".equals(this.status) || "DRAFT".equals(this.status);
		}

		/** One city of the shortlist and the juror's vote on it. */
		public record Line(NominationView nomination, Vote vote, boolean recusalRequired) {
		}

	}

}
