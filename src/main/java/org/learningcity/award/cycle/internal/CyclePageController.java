package org.learningcity.award.cycle.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cycle pages of UIL staff: the list, the form to create or edit a cycle, and the
 * cycle's page from which the call is opened.
 */
@Controller
@RequestMapping("/cycles")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class CyclePageController {

	static final String LIST = "cycle/list";

	static final String FORM = "cycle/form";

	static final String SHOW = "cycle/show";

	private static final String FORM_NAME = "cycleForm";

	private static final Set<String> DEADLINES = Set.of("applicationDeadline", "nominationDeadline");

	private final Cycles cycles;

	private final AuditTrail audit;

	CyclePageController(Cycles cycles, AuditTrail audit) {
		this.cycles = cycles;
		this.audit = audit;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("cycles", this.cycles.all());
		return LIST;
	}

	@GetMapping("/new")
	String newCycle(Model model) {
		model.addAttribute(FORM_NAME, CycleForm.of(this.cycles.defaults()));
		return showForm(model, null);
	}

	@PostMapping
	String create(@ModelAttribute(FORM_NAME) CycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		CycleSettings settings = read(form, result);
		if (settings == null) {
			return showForm(model, null);
		}
		Cycle cycle;
		try {
			cycle = this.cycles.create(settings);
		}
		catch (InvalidInputException ex) {
			ex.getErrors().forEach(e -> result.rejectValue(e.field(), "cycle.error.invalid", e.message()));
			return showForm(model, null);
		}
		redirect.addFlashAttribute("flash", "cycle.flash.created");
		return "redirect:/cycles/" + cycle.id();
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		Cycle cycle = load(id);
		model.addAttribute("cycle", cycle);
		model.addAttribute("openedAt", (cycle.openedAt() != null) ? cycle.openedAt().atOffset(ZoneOffset.UTC) : null);
		model.addAttribute("history", this.audit.of(CycleService.SUBJECT, Long.toString(cycle.id()))
			.stream()
			.map(e -> new HistoryRow(e.occurredAt().atOffset(ZoneOffset.UTC), e.actor(), e.action(), e.detail()))
			.toList());
		return SHOW;
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable String id, Model model, RedirectAttributes redirect) {
		Cycle cycle = load(id);
		if (!editable(cycle)) {
			redirect.addFlashAttribute("flash", AwardCycle.NOT_EDITABLE);
			return "redirect:/cycles/" + cycle.id();
		}
		model.addAttribute(FORM_NAME, CycleForm.of(cycle.settings()));
		return showForm(model, cycle);
	}

	@PostMapping("/{id}")
	String update(@PathVariable String id, @ModelAttribute(FORM_NAME) CycleForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Cycle cycle = load(id);
		CycleSettings settings = read(form, result);
		if (settings == null) {
			return showForm(model, cycle);
		}
		try {
			this.cycles.update(cycle.id(), settings);
		}
		catch (RuleViolationException ex) {
			result.reject(ex.getCode());
			return showForm(model, cycle);
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("cycle.rule.concurrentChange");
			return showForm(model, cycle);
		}
		redirect.addFlashAttribute("flash", "cycle.flash.saved");
		return "redirect:/cycles/" + cycle.id();
	}

	/**
	 * Opens the call. A second click (or someone else's at the same time) finds the call
	 * open already and says so, as it does for any other rule.
	 */
	@PostMapping("/{id}/open")
	String open(@PathVariable String id, RedirectAttributes redirect) {
		Cycle cycle = load(id);
		try {
			this.cycles.open(cycle.id());
			redirect.addFlashAttribute("flash", "cycle.flash.opened");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", ex.getCode());
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flash", AwardCycle.NOT_DRAFT);
		}
		return "redirect:/cycles/" + cycle.id();
	}

	/**
	 * Reads the form, puts each problem beside its field; the settings if there is none.
	 */
	private static CycleSettings read(CycleForm form, BindingResult result) {
		CycleForm.Read read = form.toInput();
		read.problems().forEach(p -> result.rejectValue(p.field(), p.key(), p.args(), p.key()));
		Set<String> unreadable = read.problems().stream().map(CycleRules.Problem::field).collect(Collectors.toSet());
		CycleRules.Checked checked = CycleRules.check(read.input());
		checked.problems()
			.stream()
			.filter(p -> !unreadable.contains(p.field()))
			.forEach(p -> result.rejectValue(p.field(), p.key(), p.args(), p.key()));
		return result.hasErrors() ? null : checked.settings();
	}

	private String showForm(Model model, Cycle cycle) {
		model.addAttribute("cycle", cycle);
		// while the call is open, only the deadlines may still move (later)
		model.addAttribute("onlyDeadlines", cycle != null && cycle.status() == CycleStatus.OPEN);
		model.addAttribute("deadlineFields", DEADLINES);
		return FORM;
	}

	private static boolean editable(Cycle cycle) {
		return cycle.status() == CycleStatus.DRAFT || cycle.status() == CycleStatus.OPEN;
	}

	private Cycle load(String id) {
		try {
			return this.cycles.get(CycleApiController.parse(id));
		}
		catch (NotFoundException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage(), ex);
		}
	}

	/** One line of a cycle's history, its time in UTC. */
	record HistoryRow(OffsetDateTime at, String actor, String action, String detail) {
	}

}
