package org.learningcity.award.review.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.workflow.CompletionRetries;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.Tasks;
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
 * The expert's pages of the review tasks (the inbox's {@code /tasks/{id}} leads here):
 * answer the invitation (accept, or decline with a reason and perhaps a conflict of
 * interest), and score the report measurement by measurement with a draft at any moment.
 * A submitted review is shown read-only. Only the expert's own review is ever shown.
 */
@Controller
class ReviewTaskPageController {

	static final String INVITATION = "review/invitation";

	static final String SCORING = "review/scoring";

	static final String SUBMITTED = "review/submitted";

	static final String MODERATION = "review/moderation";

	private final Tasks tasks;

	private final Reviews reviews;

	private final Nominations nominations;

	private final ReviewTaskSupport support;

	/** A page's submit collides with the panel's other experts just like an API call. */
	private final CompletionRetries retries;

	private final Applications applications;

	ReviewTaskPageController(Tasks tasks, Reviews reviews, Nominations nominations, ReviewTaskSupport support,
			CompletionRetries retries, Applications applications) {
		this.retries = retries;
		this.applications = applications;
		this.tasks = tasks;
		this.reviews = reviews;
		this.nominations = nominations;
		this.support = support;
	}

	/**
	 * The parameter of the page's own automatic draft saving (static/js/autosave.js): no
	 * flash message for it, and a status code it can read when the draft was refused.
	 */
	static final String AUTOSAVE = "autosave";

	private static void refuseAutosave(boolean autosave, HttpServletResponse response) {
		if (autosave) {
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		}
	}

	static String taskPage(String taskId) {
		return "/review/tasks/" + taskId;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/review/tasks/{id}")
	String task(@PathVariable String id, Model model) {
		OpenTask task = expertTask(id);
		ReviewView review = this.reviews.find(task.nominationId(), ReviewTaskSupport.expert(task))
			.orElseThrow(() -> new NotFoundException("Task", id));
		if (ReviewTaskSupport.REVIEW_INVITATION.equals(task.type())) {
			return invitation(task, model, null, false, Map.of());
		}
		if (ReviewTaskSupport.MODERATE_SCORES.equals(task.type())) {
			String expert = ReviewTaskSupport.expert(task);
			return moderation(task, model, this.reviews.moderationDraft(task.nominationId(), expert),
					this.reviews.comment(task.nominationId(), expert, ReviewService.MODERATION_ROUND).orElse(null),
					Map.of());
		}
		return scoring(task, model, review.scores(), Map.of());
	}

	/**
	 * The moderation round: revise or confirm each divergent measurement with a comment;
	 * a draft at any moment.
	 */
	@PostMapping("/review/tasks/{id}/moderation")
	String moderate(@PathVariable String id, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "draft") String action, @RequestParam(required = false) String comment,
			@RequestParam(name = AUTOSAVE, defaultValue = "false") boolean autosave, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OpenTask task = expertTask(id);
		if (!ReviewTaskSupport.MODERATE_SCORES.equals(task.type())) {
			throw new NotFoundException("Task", id);
		}
		String expert = ReviewTaskSupport.expert(task);
		Map<String, ScoreInput> entries = entries(params);
		try {
			if ("submit".equals(action)) {
				this.retries.run(task.type(),
						() -> this.reviews.moderate(task.nominationId(), expert, entries, comment));
				redirect.addFlashAttribute("flash", "review.moderation.flash.submitted");
				return "redirect:/tasks";
			}
			this.reviews.saveModerationDraft(task.nominationId(), expert, entries, comment);
			if (!autosave) {
				redirect.addFlashAttribute("flash", "review.task.flash.drafted");
			}
			return "redirect:" + taskPage(id);
		}
		catch (InvalidInputException ex) {
			refuseAutosave(autosave, response);
			return moderation(task, model, entries, comment, errors(ex));
		}
	}

	private String moderation(OpenTask task, Model model, Map<String, ScoreInput> entries, String comment,
			Map<String, String> errors) {
		NominationView nomination = this.nominations.find(task.nominationId()).orElse(null);
		model.addAttribute("task", task);
		model.addAttribute("cityName", (nomination != null) ? nomination.cityName() : "");
		model.addAttribute("divergent",
				this.support.moderation(task.nominationId(), nomination, ReviewTaskSupport.expert(task)));
		model.addAttribute("entries", entries);
		model.addAttribute("comment", comment);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
		return MODERATION;
	}

	@PostMapping("/review/tasks/{id}/answer")
	String answer(@PathVariable String id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "conflictOfInterest", defaultValue = "false") boolean conflict, Model model,
			RedirectAttributes redirect) {
		OpenTask task = expertTask(id);
		String expert = ReviewTaskSupport.expert(task);
		try {
			if ("accept".equals(answer)) {
				this.retries.run(task.type(), () -> this.reviews.accept(task.nominationId(), expert));
				redirect.addFlashAttribute("flash", "review.task.flash.accepted");
			}
			else if ("decline".equals(answer)) {
				this.retries.run(task.type(),
						() -> this.reviews.decline(task.nominationId(), expert, reason, conflict));
				redirect.addFlashAttribute("flash", "review.task.flash.declined");
			}
			else {
				throw new InvalidInputException("answer", "Accept or decline.");
			}
		}
		catch (InvalidInputException ex) {
			return invitation(task, model, reason, conflict, errors(ex));
		}
		return "redirect:/tasks";
	}

	@PostMapping("/review/tasks/{id}/scores")
	String scores(@PathVariable String id, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "draft") String action,
			@RequestParam(name = AUTOSAVE, defaultValue = "false") boolean autosave, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		OpenTask task = expertTask(id);
		String expert = ReviewTaskSupport.expert(task);
		Map<String, ScoreInput> entries = entries(params);
		try {
			if ("submit".equals(action)) {
				this.retries.run(task.type(), () -> this.reviews.submit(task.nominationId(), expert, entries));
				redirect.addFlashAttribute("flash", "review.task.flash.submitted");
				return "redirect:/review/nominations/" + task.nominationId() + "/mine";
			}
			this.reviews.saveDraft(task.nominationId(), expert, entries);
			if (!autosave) {
				redirect.addFlashAttribute("flash", "review.task.flash.drafted");
			}
			return "redirect:" + taskPage(id);
		}
		catch (InvalidInputException ex) {
			refuseAutosave(autosave, response);
			return scoring(task, model, entries, errors(ex));
		}
	}

	/** The expert's own submitted review, read-only. */
	@GetMapping("/review/nominations/{nominationId}/mine")
	String submitted(@PathVariable long nominationId, Model model) {
		String caller = Accounts.current().map(CurrentUser::username).orElse(null);
		ReviewView review = (caller != null) ? this.reviews.find(nominationId, caller).orElse(null) : null;
		if (review == null || review.status() != ReviewStatus.SUBMITTED) {
			throw new NotFoundException("Review", Long.toString(nominationId));
		}
		NominationView nomination = this.nominations.find(nominationId).orElse(null);
		model.addAttribute("cityName", (nomination != null) ? nomination.cityName() : "");
		model.addAttribute("review", review);
		model.addAttribute("measurements", this.support.measurements(nomination));
		model.addAttribute("entries", review.scores());
		model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
		return SUBMITTED;
	}

	private String invitation(OpenTask task, Model model, String reason, boolean conflict, Map<String, String> errors) {
		model.addAttribute("task", task);
		model.addAttribute("cityName", cityName(task));
		model.addAttribute("reason", reason);
		model.addAttribute("conflict", conflict);
		model.addAttribute("errors", errors);
		return INVITATION;
	}

	private String scoring(OpenTask task, Model model, Map<String, ScoreInput> entries, Map<String, String> errors) {
		NominationView nomination = this.nominations.find(task.nominationId()).orElse(null);
		model.addAttribute("task", task);
		model.addAttribute("cityName", (nomination != null) ? nomination.cityName() : "");
		model.addAttribute("measurements", this.support.measurements(nomination));
		model.addAttribute("applicationId", (nomination != null) ? nomination.applicationId() : null);
		model.addAttribute("attachments",
				(nomination != null) ? this.applications.findAttachments(nomination.applicationId()) : List.of());
		model.addAttribute("entries", entries);
		model.addAttribute("errors", errors);
		model.addAttribute("levels", List.of(5, 4, 3, 2, 1));
		return SCORING;
	}

	private String cityName(OpenTask task) {
		return this.nominations.find(task.nominationId()).map(NominationView::cityName).orElse("");
	}

	/** The caller's invitation or scoring task; anything else is not found here. */
	private OpenTask expertTask(String id) {
		OpenTask task = this.tasks.mine(id);
		if (task.nominationId() == null || !(ReviewTaskSupport.REVIEW_INVITATION.equals(task.type())
				|| ReviewTaskSupport.SCORE_REPORT.equals(task.type())
				|| ReviewTaskSupport.MODERATE_SCORES.equals(task.type()))) {
			throw new NotFoundException("Task", id);
		}
		ReviewTaskSupport.expert(task);
		return task;
	}

	/** {@code score.<code>} and {@code justification.<code>} as typed. */
	static Map<String, ScoreInput> entries(Map<String, String> params) {
		Map<String, ScoreInput> entries = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("score.")) {
				String code = name.substring("score.".length());
				entries.put(code, new ScoreInput(blankToNull(value), blankToNull(params.get("justification." + code))));
			}
			else if (name.startsWith("justification.")) {
				String code = name.substring("justification.".length());
				if (!params.containsKey("score." + code) && value != null && !value.isBlank()) {
					entries.put(code, new ScoreInput(null, value));
				}
			}
		});
		return entries;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private static Map<String, String> errors(InvalidInputException ex) {
		Map<String, String> errors = new LinkedHashMap<>();
		ex.getErrors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
		return errors;
	}

}
