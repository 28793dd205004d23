package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.ScoreInput;
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
 * The staff's pages of the review process's tasks (the inbox leads here): resolve a
 * lasting divergence with a final score per divergent measurement and a rationale.
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class StaffReviewTaskPageController {

	static final String RESOLVE = "review/resolve";

	static final String OVERDUE = "review/overdue";

	static final String FIND_EXPERT = "review/find-expert";

	private final Tasks tasks;

	private final Nominations nominations;

	private final ReviewTaskSupport support;

	private final PanelRounds rounds;

	private final ResolutionService resolutions;

	private final DeadlineService deadlines;

	private final org.learningcity.award.review.Reviews reviews;

	private final FindExpertService findExpert;

	private final org.learningcity.award.identity.AccountService accounts;

	StaffReviewTaskPageController(Tasks tasks, Nominations nominations, ReviewTaskSupport support, PanelRounds rounds,
			ResolutionService resolutions, DeadlineService deadlines, org.learningcity.award.review.Reviews reviews,
			FindExpertService findExpert, org.learningcity.award.identity.AccountService accounts) {
		this.findExpert = findExpert;
		this.accounts = accounts;
		this.deadlines = deadlines;
		this.reviews = reviews;
		this.tasks = tasks;
		this.nominations = nominations;
		this.support = support;
		this.rounds = rounds;
		this.resolutions = resolutions;
	}

	static String taskPage(String taskId) {
		return "/review/staff-tasks/" + taskId;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/review/staff-tasks/{id}")
	String task(@PathVariable String id, Model model) {
		OpenTask task = staffTask(id);
		if (ReviewTaskSupport.REVIEW_OVERDUE.equals(task.type())) {
			return overdue(task, model, null, Map.of());
		}
		if (ReviewTaskSupport.FIND_EXPERT.equals(task.type())) {
			return findExpert(task, model, null, Map.of());
		}
		return resolve(task, model, Map.of(), null, Map.of());
	}

	@PostMapping("/review/staff-tasks/{id}/overdue")
	String overdue(@PathVariable String id, @RequestParam(required = false) String action,
			@RequestParam(required = false) String extendBy, Model model, RedirectAttributes redirect) {
		OpenTask task = staffTask(id, ReviewTaskSupport.REVIEW_OVERDUE);
		try {
			this.deadlines.decideOverdue(task.id(), action, extendBy);
		}
		catch (InvalidInputException ex) {
			return overdue(task, model, extendBy, errors(ex));
		}
		redirect.addFlashAttribute("flash",
				"REASSIGN".equals(action) ? "review.overdue.flash.reassigned" : "review.overdue.flash.extended");
		return "redirect:/tasks";
	}

	@PostMapping("/review/staff-tasks/{id}/expert")
	String nameExpert(@PathVariable String id, @RequestParam(required = false) String expert, Model model,
			RedirectAttributes redirect) {
		OpenTask task = staffTask(id, ReviewTaskSupport.FIND_EXPERT);
		try {
			this.findExpert.name(task.id(), expert);
		}
		catch (InvalidInputException ex) {
			return findExpert(task, model, expert, errors(ex));
		}
		redirect.addFlashAttribute("flash", "review.findExpert.flash.named");
		return "redirect:/tasks";
	}

	private String findExpert(OpenTask task, Model model, String expert, Map<String, String> errors) {
		model.addAttribute("task", task);
		model.addAttribute("cityName",
				this.nominations.find(task.nominationId()).map(NominationView::cityName).orElse(""));
		model.addAttribute("leaving", this.findExpert.leaving(task.id()));
		model.addAttribute("expert", expert);
		model.addAttribute("experts", this.accounts.experts());
		model.addAttribute("errors", errors);
		return FIND_EXPERT;
	}

	private String overdue(OpenTask task, Model model, String extendBy, Map<String, String> errors) {
		String expert = this.deadlines.overdueExpert(task.id());
		model.addAttribute("task", task);
		model.addAttribute("cityName",
				this.nominations.find(task.nominationId()).map(NominationView::cityName).orElse(""));
		model.addAttribute("expert", expert);
		model.addAttribute("review", this.reviews.find(task.nominationId(), expert).orElse(null));
		model.addAttribute("extendBy", (extendBy != null) ? extendBy : "P7D");
		model.addAttribute("errors", errors);
		return OVERDUE;
	}

	@PostMapping("/review/staff-tasks/{id}/resolve")
	String resolve(@PathVariable String id, @RequestParam Map<String, String> params,
			@RequestParam(required = false) String rationale, Model model, RedirectAttributes redirect) {
		OpenTask task = staffTask(id, ReviewTaskSupport.RESOLVE_DIVERGENCE);
		Map<String, ScoreInput> entries = ReviewTaskPageController.entries(params);
		try {
			this.resolutions.resolve(task.nominationId(), entries, rationale);
		}
		catch (InvalidInputException ex) {
			return resolve(task, model, entries, rationale, errors(ex));
		}
		redirect.addFlashAttribute("flash", "review.resolve.flash.resolved");
		return "redirect:/nominations/" + task.nominationId() + "/result";
	}

	private String resolve(OpenTask task, Model model, Map<String, ScoreInput> entries, String rationale,
			Map<String, String> errors) {
		NominationView nomination = this.nominations.find(task.nominationId()).orElse(null);
		List<MeasurementCode> divergent = List.copyOf(this.resolutions.stillDivergent(task.nominationId()));
		model.addAttribute("task", task);
		model.addAttribute("cityName", (nomination != null) ? nomination.cityName() : "");
		model.addAttribute("divergent", this.rounds.of(task.nominationId(), divergent,
				this.support.measurements(nomination), ReviewService.MODERATION_ROUND, null));
		model.addAttribute("entries", entries);
		model.addAttribute("rationale", rationale);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
		return RESOLVE;
	}

	/** The caller's open staff task of the review process; anything else is not found. */
	private OpenTask staffTask(String id, String... types) {
		OpenTask task = this.tasks.mine(id);
		boolean typeMatches = (types.length == 0) ? ReviewTaskSupport.STAFF_TYPES.contains(task.type())
				: List.of(types).contains(task.type());
		if (task.nominationId() == null || !typeMatches) {
			throw new NotFoundException("Task", id);
		}
		return task;
	}

	static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getErrors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		return errors;
	}

}
