package org.learningcity.award.review.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff extend any running review's deadline, before it is overdue too: the page of a
 * nomination's review deadlines ({@code /review/nominations/{id}/deadlines}); the API is
 * {@link DeadlineApiController}.
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class DeadlineController {

	static final String PAGE = "review/deadlines";

	private final DeadlineService deadlines;

	private final Reviews reviews;

	private final Nominations nominations;

	DeadlineController(DeadlineService deadlines, Reviews reviews, Nominations nominations) {
		this.deadlines = deadlines;
		this.reviews = reviews;
		this.nominations = nominations;
	}

	@GetMapping("/review/nominations/{id}/deadlines")
	String page(@PathVariable String id, Model model) {
		return page(nomination(id), model, null, Map.of());
	}

	@PostMapping("/review/nominations/{id}/reviews/{username}/extend")
	String extend(@PathVariable String id, @PathVariable String username,
			@RequestParam(required = false) String extendBy, Model model, RedirectAttributes redirect) {
		long nominationId = nomination(id);
		try {
			this.deadlines.extend(nominationId, username, extendBy);
		}
		catch (InvalidInputException ex) {
			return page(nominationId, model, username, StaffReviewTaskPageController.errors(ex));
		}
		redirect.addFlashAttribute("flash", "review.deadlines.flash.extended");
		return "redirect:/review/nominations/" + nominationId + "/deadlines";
	}

	private String page(long nominationId, Model model, String failed, Map<String, String> errors) {
		model.addAttribute("nomination", this.nominations.get(nominationId));
		List<Row> rows = this.reviews.ofNomination(nominationId)
			.stream()
			.filter((r) -> r.status() == ReviewStatus.ACCEPTED || r.status() == ReviewStatus.DRAFTED)
			.map((r) -> new Row(r, (r.dueAt() != null) ? r.dueAt().atOffset(ZoneOffset.UTC) : null))
			.toList();
		model.addAttribute("rows", rows);
		model.addAttribute("failed", failed);
		model.addAttribute("errors", errors);
		return PAGE;
	}

	static long nomination(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Nomination", id);
		}
	}

	/** A running review and its due date. */
	record Row(ReviewView review, java.time.OffsetDateTime due) {
	}

}
