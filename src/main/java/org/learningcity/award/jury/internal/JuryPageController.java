package org.learningcity.award.jury.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.jury.Vote;
import org.learningcity.award.jury.internal.JuryService.BallotView;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.Tasks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The jury's pages: staff choose the jury and its chair and follow the tally
 * ({@code /cycles/{id}/jury}); a juror votes on the shortlist, on a phone too
 * ({@code /jury/votes/{taskId}}); staff or the chair finalize the decision
 * ({@code /jury/cycles/{id}/decision}); anyone reads the public result once the cycle is
 * decided ({@code /cycles/{id}/decision}).
 */
@Controller
class JuryPageController {

	static final String JURY = "jury/jury";

	static final String VOTE = "jury/vote";

	static final String FINALIZE = "jury/finalize";

	static final String DECISION = "jury/decision";

	private final JuryService jury;

	private final JuryDecisions decisions;

	private final JuryTaskSupport support;

	private final JuryViews views;

	private final Tasks tasks;

	private final Cycles cycles;

	private final Nominations nominations;

	private final AccountService accounts;

	JuryPageController(JuryService jury, JuryDecisions decisions, JuryTaskSupport support, JuryViews views, Tasks tasks,
			Cycles cycles, Nominations nominations, AccountService accounts) {
		this.jury = jury;
		this.decisions = decisions;
		this.support = support;
		this.views = views;
		this.tasks = tasks;
		this.cycles = cycles;
		this.nominations = nominations;
		this.accounts = accounts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	// --- staff: the jury

	@GetMapping("/cycles/{id}/jury")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	String jury(@PathVariable long id, Model model) {
		return juryPage(id, model, Map.of());
	}

	@PostMapping("/cycles/{id}/jury")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	String chooseJury(@PathVariable long id, @RequestParam(name = "jurors", required = false) List<String> jurors,
			@RequestParam(required = false) String chair, Model model, RedirectAttributes redirect) {
		try {
			this.jury.choose(id, jurors, chair);
		}
		catch (InvalidInputException ex) {
			return juryPage(id, model, errors(ex));
		}
		redirect.addFlashAttribute("flash", "jury.flash.chosen");
		return "redirect:" + JuryLinks.juryPage(id);
	}

	private String juryPage(long id, Model model, Map<String, String> errors) {
		model.addAttribute("cycle", this.cycles.get(id));
		model.addAttribute("jury", this.jury.jury(id));
		model.addAttribute("candidates", this.accounts.jurors());
		model.addAttribute("tally", this.jury.tally(id));
		model.addAttribute("errors", errors);
		return JURY;
	}

	// --- the juror's vote

	@GetMapping("/jury/votes/{taskId}")
	String vote(@PathVariable String taskId, Model model) {
		OpenTask task = voteTask(taskId);
		long cycleId = this.support.cycleId(task);
		BallotView ballot = this.jury.ballot(cycleId, JuryTaskSupport.juror(task));
		return votePage(task, cycleId, ballot, Map.of(), model);
	}

	@PostMapping("/jury/votes/{taskId}")
	String castVote(@PathVariable String taskId, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "draft") String action, Model model, RedirectAttributes redirect) {
		OpenTask task = voteTask(taskId);
		long cycleId = this.support.cycleId(task);
		String juror = JuryTaskSupport.juror(task);
		Map<String, String> votes = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("vote.") && value != null && !value.isBlank()) {
				votes.put(name.substring("vote.".length()), value);
			}
		});
		String comment = params.get("comment");
		try {
			if ("cast".equals(action)) {
				this.jury.cast(cycleId, juror, votes, comment);
				redirect.addFlashAttribute("flash", "jury.flash.cast");
				return "redirect:/tasks";
			}
			this.jury.saveDraft(cycleId, juror, votes, comment);
			redirect.addFlashAttribute("flash", "jury.flash.drafted");
			return "redirect:" + JuryLinks.votePage(taskId);
		}
		catch (InvalidInputException ex) {
			BallotView saved = this.jury.ballot(cycleId, juror);
			List<BallotView.Line> lines = new ArrayList<>();
			for (BallotView.Line line : saved.lines()) {
				String typed = votes.get(Long.toString(line.nomination().id()));
				Vote vote = line.vote();
				try {
					vote = line.recusalRequired() ? Vote.RECUSED : (typed != null) ? Vote.valueOf(typed) : vote;
				}
				catch (IllegalArgumentException ignored) {
					// shown as not chosen
				}
				lines.add(new BallotView.Line(line.nomination(), vote, line.recusalRequired()));
			}
			BallotView typed = new BallotView(cycleId, juror, saved.status(), comment, lines, saved.due(),
					saved.castAt());
			return votePage(task, cycleId, typed, errors(ex), model);
		}
	}

	private String votePage(OpenTask task, long cycleId, BallotView ballot, Map<String, String> errors, Model model) {
		model.addAttribute("task", task);
		model.addAttribute("cycle", this.cycles.get(cycleId));
		model.addAttribute("ballot", ballot);
		model.addAttribute("due", (ballot.due() != null) ? ballot.due().atOffset(ZoneOffset.UTC) : null);
		Map<Long, JuryViews.Scores> scores = new LinkedHashMap<>();
		ballot.lines().forEach(l -> scores.put(l.nomination().id(), this.views.scores(l.nomination().id())));
		model.addAttribute("scores", scores);
		model.addAttribute("choices", List.of(Vote.FOR, Vote.AGAINST, Vote.ABSTAIN, Vote.RECUSED));
		model.addAttribute("errors", errors);
		return VOTE;
	}

	private OpenTask voteTask(String taskId) {
		OpenTask task = this.tasks.mine(taskId);
		if (!JuryTaskSupport.JURY_VOTE.equals(task.type())) {
			throw new NotFoundException("Task", taskId);
		}
		JuryTaskSupport.juror(task);
		return task;
	}

	// --- finalize

	@GetMapping("/jury/cycles/{id}/decision")
	String finalizePage(@PathVariable long id, Model model) {
		requireFinalizer(id);
		return finalizePage(id, model, List.of(), null, Map.of());
	}

	@PostMapping("/jury/cycles/{id}/decision")
	String finalizeDecision(@PathVariable long id,
			@RequestParam(name = "awardees", required = false) List<String> awardees,
			@RequestParam(required = false) String statement, Model model, RedirectAttributes redirect) {
		requireFinalizer(id);
		try {
			this.decisions.finalizeDecision(id, awardees, statement);
		}
		catch (InvalidInputException ex) {
			return finalizePage(id, model, (awardees != null) ? awardees : List.of(), statement, errors(ex));
		}
		redirect.addFlashAttribute("flash", "jury.flash.decided");
		return "redirect:/tasks";
	}

	private void requireFinalizer(long id) {
		this.cycles.get(id);
		if (!this.decisions.mayFinalize(id)) {
			throw new NotFoundException("Decision of cycle", id);
		}
	}

	private String finalizePage(long id, Model model, List<String> awardees, String statement,
			Map<String, String> errors) {
		Cycle cycle = this.cycles.get(id);
		model.addAttribute("cycle", cycle);
		model.addAttribute("tally", this.jury.tally(id));
		model.addAttribute("waiting", this.decisions.finalizeTask(id).isPresent());
		model.addAttribute("decision", this.decisions.of(id).orElse(null));
		model.addAttribute("chosen", awardees);
		model.addAttribute("statement", statement);
		model.addAttribute("errors", errors);
		return FINALIZE;
	}

	// --- public results

	@GetMapping("/cycles/{id}/decision")
	String decision(@PathVariable long id, Model model) {
		Cycle cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("Decision of cycle", id));
		boolean staff = org.learningcity.award.identity.Accounts.current()
			.map(org.learningcity.award.identity.CurrentUser::isStaff)
			.orElse(false);
		if (!staff && !this.decisions.isPublic(id)) {
			throw new NotFoundException("Decision of cycle", id);
		}
		Decision decision = this.decisions.of(id).orElseThrow(() -> new NotFoundException("Decision of cycle", id));
		Map<String, List<NominationView>> byRegion = new TreeMap<>();
		for (Long nominationId : decision.awardeeNominationIds()) {
			NominationView n = this.nominations.get(nominationId);
			byRegion.computeIfAbsent(n.region(), r -> new ArrayList<>()).add(n);
		}
		byRegion.values().forEach(l -> l.sort(java.util.Comparator.comparing(NominationView::cityName)));
		model.addAttribute("cycle", cycle);
		model.addAttribute("decision", decision);
		model.addAttribute("byRegion", byRegion);
		model.addAttribute("publicTally", DecisionApiController.publicTally(decision));
		model.addAttribute("decidedAt", decision.decidedAt().atOffset(ZoneOffset.UTC));
		return DECISION;
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getErrors().forEach(e -> errors.merge(e.field(), e.message(), (a, b) -> a + " " + b));
		return errors;
	}

}
