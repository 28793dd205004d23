package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.PanelView;
import org.learningcity.award.review.Panels;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.NotFoundException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * UIL staff's pages: the panels of a cycle with a button to form them, and the form that
 * changes one panel by hand.
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class PanelPageController {

	static final String LIST = "review/panels";

	static final String EDIT = "review/panel-form";

	static final String FORM = "panelForm";

	private final Panels panels;

	private final Cycles cycles;

	private final Nominations nominations;

	private final AccountService accounts;

	PanelPageController(Panels panels, Cycles cycles, Nominations nominations, AccountService accounts) {
		this.panels = panels;
		this.cycles = cycles;
		this.nominations = nominations;
		this.accounts = accounts;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
		binder.setAutoGrowCollectionLimit(64);
	}

	@GetMapping("/cycles/{id}/panels")
	String list(@PathVariable String id, Model model) {
		Cycle cycle = this.cycles.get(parse("Cycle", id));
		Map<String, Integer> loads = this.panels.loads(cycle.id());
		model.addAttribute("cycle", cycle);
		model.addAttribute("panels", this.panels.inCycle(cycle.id()));
		model.addAttribute("experts", experts(loads));
		return LIST;
	}

	@PostMapping("/cycles/{id}/panels")
	String form(@PathVariable String id, RedirectAttributes redirect) {
		long cycleId = parse("Cycle", id);
		try {
			List<PanelView> formed = this.panels.formAll(cycleId);
			redirect.addFlashAttribute("flash", "review.panels.flash.formed");
			redirect.addFlashAttribute("formedCount", formed.size());
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", "review.no-eligible".equals(ex.getCode())
					? "review.panels.flash.noEligible" : "review.panels.flash.alreadyFormed");
		}
		catch (InvalidInputException ex) {
			redirect.addFlashAttribute("flash", "review.panels.flash.unstaffable");
			redirect.addFlashAttribute("problems", ex.getErrors().stream().map(FieldError::message).toList());
		}
		return "redirect:/cycles/" + cycleId + "/panels";
	}

	@GetMapping("/nominations/{id}/panel")
	String edit(@PathVariable String id, Model model) {
		long nominationId = parse("Nomination", id);
		NominationView nomination = this.nominations.get(nominationId);
		PanelForm form = new PanelForm();
		this.panels.find(nominationId).ifPresent((panel) -> {
			form.setExperts(new ArrayList<>(panel.expertUsernames()));
			form.setReserves(new ArrayList<>(panel.reserveUsernames()));
		});
		model.addAttribute(FORM, form);
		return edit(nomination, form, model);
	}

	@PostMapping("/nominations/{id}/panel")
	String change(@PathVariable String id, @ModelAttribute(FORM) PanelForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long nominationId = parse("Nomination", id);
		NominationView nomination = this.nominations.get(nominationId);
		try {
			this.panels.replace(nominationId, form.getExperts(), form.getReserves());
		}
		catch (InvalidInputException ex) {
			for (FieldError error : ex.getErrors()) {
				String field = error.field();
				if (!field.startsWith("experts") && !field.startsWith("reserves")) {
					field = "experts";
				}
				result.rejectValue(field, "review.panel.error", new Object[] { error.message() }, error.message());
			}
			return edit(nomination, form, model);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", "review.panel.flash.notEligible");
			return "redirect:/nominations/" + nominationId + "/panel";
		}
		redirect.addFlashAttribute("flash", "review.panel.flash.changed");
		return "redirect:/cycles/" + nomination.cycleId() + "/panels";
	}

	private String edit(NominationView nomination, PanelForm form, Model model) {
		int panelSize = this.cycles.settings(nomination.cycleId()).panelSize();
		while (form.getExperts().size() < panelSize) {
			form.getExperts().add("");
		}
		while (form.getReserves().size() < PanelAssignmentService.RESERVES_PER_PANEL) {
			form.getReserves().add("");
		}
		model.addAttribute("nomination", nomination);
		model.addAttribute("panelSize", panelSize);
		model.addAttribute("experts", experts(this.panels.loads(nomination.cycleId())));
		return EDIT;
	}

	private List<ExpertRow> experts(Map<String, Integer> loads) {
		return this.accounts.experts()
			.stream()
			.filter(AccountView::enabled)
			.map((expert) -> new ExpertRow(expert.username(), expert.displayName(), expert.countryCode(),
					loads.getOrDefault(expert.username(), 0), (expert.maxLoad() != null) ? expert.maxLoad() : 0))
			.sorted(Comparator.comparing(ExpertRow::username))
			.toList();
	}

	private static long parse(String what, String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(what, id);
		}
	}

	/** An expert with their load in the cycle. */
	record ExpertRow(String username, String displayName, String countryCode, int load, int maxLoad) {

	}

	/** The panel as staff edit it. */
	static class PanelForm {

		private List<String> experts = new ArrayList<>();

		private List<String> reserves = new ArrayList<>();

		public List<String> getExperts() {
			return this.experts;
		}

		public void setExperts(List<String> experts) {
			this.experts = (experts != null) ? experts : new ArrayList<>();
		}

		public List<String> getReserves() {
			return this.reserves;
		}

		public void setReserves(List<String> reserves) {
			this.reserves = (reserves != null) ? reserves : new ArrayList<>();
		}

	}

}
