package org.learningcity.award.nomination.internal;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The National Commission's pages: its country's applications in a cycle with the places
 * left, and one application read in full with the three decisions (nominate with an
 * endorsement, return with a comment, decline with a comment).
 */
@Controller
@RequestMapping("/natcom/applications")
@PreAuthorize("hasRole('NATCOM')")
class NationalCommissionPageController {

	static final String LIST = "nomination/natcom-applications";

	static final String SHOW = "nomination/natcom-application";

	static final String FORM = "decisionForm";

	/** Rules whose refusal has its own message ({@code workflow.rule.<code>}). */
	static final Set<String> KNOWN_RULES = Set.of(NationalCommissionService.NOT_SUBMITTED,
			NationalCommissionService.DEADLINE_PASSED, NationalCommissionService.QUOTA_REACHED,
			NationalCommissionService.ALREADY_NOMINATED, NationalCommissionService.CONCURRENT);

	private final NationalCommissionService service;

	private final Applications applications;

	private final Nominations nominations;

	private final Cycles cycles;

	private final Catalog catalog;

	NationalCommissionPageController(NationalCommissionService service, Applications applications,
			Nominations nominations, Cycles cycles, Catalog catalog) {
		this.service = service;
		this.applications = applications;
		this.nominations = nominations;
		this.cycles = cycles;
		this.catalog = catalog;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) String cycle, Model model) {
		List<Cycle> calls = this.cycles.all().stream().filter(c -> c.status() != CycleStatus.DRAFT).toList();
		Optional<Cycle> selected = (cycle != null)
				? calls.stream().filter(c -> Long.toString(c.id()).equals(cycle)).findFirst()
				: calls.stream()
					.filter(c -> c.status() == CycleStatus.OPEN)
					.findFirst()
					.or(() -> calls.stream().findFirst());
		model.addAttribute("cycles", calls);
		model.addAttribute("cycle", selected.orElse(null));
		if (selected.isPresent()) {
			long cycleId = selected.get().id();
			model.addAttribute("rows",
					this.service.applications(cycleId)
						.stream()
						.sorted(Comparator.comparing(ApplicationView::cityName))
						.map(a -> new Row(a, this.nominations.forApplication(a.id()).orElse(null)))
						.toList());
			model.addAttribute("quota", this.service.quota(cycleId));
		}
		return LIST;
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		model.addAttribute(FORM, new DecisionForm());
		return show(NominationIds.parse("Application", id), model);
	}

	@PostMapping("/{id}/nominate")
	String nominate(@PathVariable String id, @ModelAttribute(FORM) DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long applicationId = NominationIds.parse("Application", id);
		return decide(applicationId, result, model, redirect, "workflow.natcom.flash.nominated", "endorsement",
				() -> this.service.nominate(applicationId, form.getEndorsement()));
	}

	@PostMapping("/{id}/return")
	String returnForRevision(@PathVariable String id, @ModelAttribute(FORM) DecisionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long applicationId = NominationIds.parse("Application", id);
		return decide(applicationId, result, model, redirect, "workflow.natcom.flash.returned", "returnComment",
				() -> this.service.returnForRevision(applicationId, form.getReturnComment()));
	}

	@PostMapping("/{id}/decline")
	String decline(@PathVariable String id, @ModelAttribute(FORM) DecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long applicationId = NominationIds.parse("Application", id);
		return decide(applicationId, result, model, redirect, "workflow.natcom.flash.declined", "declineComment",
				() -> this.service.decline(applicationId, form.getDeclineComment()));
	}

	private String decide(long applicationId, BindingResult result, Model model, RedirectAttributes redirect,
			String done, String field, Runnable decision) {
		this.service.application(applicationId);
		try {
			decision.run();
		}
		catch (InvalidInputException ex) {
			ex.getErrors().forEach(e -> result.rejectValue(field, "workflow.natcom.error." + field, e.message()));
			return show(applicationId, model);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash",
					KNOWN_RULES.contains(ex.getCode()) ? "workflow.rule." + ex.getCode() : "workflow.rule.generic");
			return "redirect:/natcom/applications/" + applicationId;
		}
		redirect.addFlashAttribute("flash", done);
		return "redirect:/natcom/applications/" + applicationId;
	}

	private String show(long applicationId, Model model) {
		ApplicationView application = this.service.application(applicationId);
		Cycle cycle = this.cycles.get(application.cycleId());
		model.addAttribute("applicationView", application);
		model.addAttribute("cycle", cycle);
		model.addAttribute("applicationContent", this.applications.content(applicationId));
		model.addAttribute("attachments", this.applications.attachments(applicationId));
		model.addAttribute("measurements", this.catalog.measurements(Source.EXPERT_REVIEW));
		model.addAttribute("nomination", this.nominations.forApplication(applicationId).orElse(null));
		model.addAttribute("quota", this.service.quota(cycle.id()));
		model.addAttribute("submittedAt",
				(application.submittedAt() != null) ? application.submittedAt().atOffset(ZoneOffset.UTC) : null);
		model.addAttribute("decidable", application.status() == ApplicationStatus.SUBMITTED);
		return SHOW;
	}

	/** An application of the list, with its nomination if it has one. */
	record Row(ApplicationView application, NominationView nomination) {
	}

	/** The three decision forms of the page (each posts its own field). */
	static class DecisionForm {

		private String endorsement;

		private String returnComment;

		private String declineComment;

		public String getEndorsement() {
			return this.endorsement;
		}

		public void setEndorsement(String endorsement) {
			this.endorsement = endorsement;
		}

		public String getReturnComment() {
			return this.returnComment;
		}

		public void setReturnComment(String returnComment) {
			this.returnComment = returnComment;
		}

		public String getDeclineComment() {
			return this.declineComment;
		}

		public void setDeclineComment(String declineComment) {
			this.declineComment = declineComment;
		}

	}

}
