package org.learningcity.award.nomination.internal;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationStatus;
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
 * UIL staff's pages: the nominations of a cycle with their eligibility, and one
 * nomination's eligibility: the facts the rules looked at, what they found, the history,
 * and the decision form where the rules could not decide.
 */
@Controller
@RequestMapping("/nominations")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class EligibilityPageController {

	static final String LIST = "nomination/eligibility-list";

	static final String CHECK = "nomination/eligibility-check";

	static final String FORM = "eligibilityForm";

	private final Nominations nominations;

	private final Applications applications;

	private final EligibilityFacts facts;

	private final ProcessTasks tasks;

	private final Cycles cycles;

	private final AuditTrail audit;

	EligibilityPageController(Nominations nominations, Applications applications, EligibilityFacts facts,
			ProcessTasks tasks, Cycles cycles, AuditTrail audit) {
		this.nominations = nominations;
		this.applications = applications;
		this.facts = facts;
		this.tasks = tasks;
		this.cycles = cycles;
		this.audit = audit;
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
				: calls.stream().findFirst();
		model.addAttribute("cycles", calls);
		model.addAttribute("cycle", selected.orElse(null));
		model.addAttribute("nominations", selected.map(c -> this.nominations.inCycle(c.id())).orElse(List.of()));
		return LIST;
	}

	@GetMapping("/{id}/eligibility")
	String check(@PathVariable String id, Model model) {
		model.addAttribute(FORM, new EligibilityForm());
		return check(NominationIds.parse("Nomination", id), model);
	}

	@PostMapping("/{id}/eligibility")
	String decide(@PathVariable String id, @ModelAttribute(FORM) EligibilityForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		long nominationId = NominationIds.parse("Nomination", id);
		this.nominations.get(nominationId);
		if (form.getEligible() == null) {
			result.rejectValue("eligible", "workflow.eligibility.error.eligible");
			return check(nominationId, model);
		}
		try {
			this.nominations.decideEligibility(nominationId, form.getEligible(), form.getReason());
		}
		catch (InvalidInputException ex) {
			ex.getErrors().forEach(e -> result.rejectValue("reason", "workflow.eligibility.error.reason"));
			return check(nominationId, model);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", "workflow.eligibility.flash.notOpen");
			return "redirect:" + NominationLinks.eligibility(nominationId);
		}
		redirect.addFlashAttribute("flash", "workflow.eligibility.flash.decided");
		return "redirect:" + NominationLinks.eligibility(nominationId);
	}

	private String check(long nominationId, Model model) {
		NominationView nomination = this.nominations.get(nominationId);
		model.addAttribute("nomination", nomination);
		model.addAttribute("applicationView", this.applications.find(nomination.applicationId()).orElse(null));
		model.addAttribute("cycle", this.cycles.get(nomination.cycleId()));
		model.addAttribute("facts", this.facts.of(nomination.applicationId()));
		model.addAttribute("waiting", nomination.status() == NominationStatus.NOMINATED
				&& this.tasks.find(nomination.applicationId(), NominationProcess.TASK_ELIGIBILITY_CHECK) != null);
		model.addAttribute("history", this.audit.of(NominationAudit.NOMINATION, Long.toString(nominationId))
			.stream()
			.map(e -> new HistoryRow(e.occurredAt().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.detail()))
			.toList());
		return CHECK;
	}

	/** One entry of the nomination's history. */
	record HistoryRow(java.time.OffsetDateTime at, String actor, String action, String detail) {
	}

	/** The staff member's decision. */
	static class EligibilityForm {

		private Boolean eligible;

		private String reason;

		public Boolean getEligible() {
			return this.eligible;
		}

		public void setEligible(Boolean eligible) {
			this.eligible = eligible;
		}

		public String getReason() {
			return this.reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

	}

}
