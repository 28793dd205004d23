package org.learningcity.award.nomination.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * The city's application pages: the open calls and the city's applications, the form
 * (narratives, statistics, attachments, consent, endorsement) with "Save draft" that
 * keeps everything typed, the checklist, submission with a confirmation, and the
 * read-only view after submission, which its National Commission and UIL staff see too.
 */
@Controller
@RequestMapping("/applications")
@PreAuthorize("hasAnyRole('CITY','NATCOM','UIL_STAFF','ADMIN')")
class ApplicationPageController {

	static final String LIST = "nomination/application-list";

	static final String FORM = "nomination/application-form";

	static final String SHOW = "nomination/application-show";

	static final String SUBMIT = "nomination/application-submit";

	private static final String FORM_NAME = "applicationForm";

	private final ApplicationService applications;

	private final Cycles cycles;

	private final Network network;

	private final NominationMessages messages;

	private final ApplicationPageModel pageModel;

	ApplicationPageController(ApplicationService applications, Cycles cycles, Network network,
			NominationMessages messages, ApplicationPageModel pageModel) {
		this.applications = applications;
		this.cycles = cycles;
		this.network = network;
		this.messages = messages;
		this.pageModel = pageModel;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		CurrentUser user = Accounts.current().orElseThrow();
		List<Cycle> all = this.cycles.all();
		if (user.has(Role.CITY) && user.cityId() != null) {
			List<ApplicationView> mine = this.applications.ofMyCity();
			Map<Long, ApplicationView> byCycle = mine.stream()
				.collect(Collectors.toMap(ApplicationView::cycleId, a -> a, (a, b) -> a));
			model.addAttribute("city", this.network.city(user.cityId()).orElse(null));
			model.addAttribute("openCalls",
					all.stream()
						.filter(c -> c.status() == CycleStatus.OPEN)
						.map(c -> new CallRow(c, byCycle.get(c.id())))
						.toList());
			model.addAttribute("mine", mine.stream().map(a -> new ApplicationRow(a, titleOf(all, a))).toList());
		}
		if (user.isStaff() || user.has(Role.NATCOM)) {
			List<CycleApplications> perCycle = new ArrayList<>();
			for (Cycle cycle : all) {
				if (cycle.status() != CycleStatus.DRAFT) {
					perCycle.add(new CycleApplications(cycle, this.applications.inCycle(cycle.id())));
				}
			}
			model.addAttribute("perCycle", perCycle);
		}
		return LIST;
	}

	@PostMapping("/start")
	String start(@RequestParam("cycle") String cycleId, RedirectAttributes redirect) {
		CurrentUser user = Accounts.current().orElseThrow();
		if (user.cityId() == null) {
			throw new org.learningcity.award.support.NotFoundException("City", "of " + user.username());
		}
		try {
			ApplicationView started = this.applications.start(ApplicationApiController.parse(cycleId, "Award cycle"),
					user.cityId());
			redirect.addFlashAttribute("flash", "nomination.flash.started");
			return "redirect:/applications/" + started.id();
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", ex.getCode());
			return "redirect:/applications";
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, Model model) {
		ApplicationView application = this.applications.get(parse(id));
		if (this.applications.mayEdit(application)) {
			ApplicationContent content = this.applications.content(application.id());
			model.addAttribute(FORM_NAME, ApplicationForm.of(content, application.version()));
			return showForm(application, model);
		}
		return showReadOnly(application, model);
	}

	/**
	 * Saves the draft. What is valid is stored; what is not is shown again as typed, with
	 * its message, and the stored value of that field is kept. An attached file and a
	 * removal are handled in the same step.
	 */
	@PostMapping("/{id}")
	String save(@PathVariable String id, @ModelAttribute(FORM_NAME) ApplicationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) throws IOException {
		long applicationId = parse(id);
		ApplicationView application = this.applications.get(applicationId);
		this.applications.requireEditable(applicationId);
		ApplicationContent stored = this.applications.content(applicationId);
		ApplicationRules rules = this.applications.rules();
		ApplicationForm.Read read = form.read(rules.statisticalMeasurements());
		ApplicationRules.Checked checked = rules.check(read.content());
		List<ApplicationRules.Problem> problems = new ArrayList<>(read.problems());
		problems.addAll(checked.problems());
		ApplicationContent accepted = ApplicationRules.acceptedPart(stored, checked.content(), problems,
				read.narrativeCodes(), read.indicatorCodes());
		try {
			application = this.applications.saveDraft(applicationId, accepted, form.getVersion());
		}
		catch (OptimisticLockingFailureException ex) {
			result.reject("nomination.rule.concurrentChange");
			return showForm(application, model);
		}
		catch (InvalidInputException ex) {
			// what was stored before no longer passes the rules: say so beside each field
			ex.getErrors().forEach(e -> reject(result, e.field(), e.message()));
			return showForm(application, model);
		}
		problems.forEach(p -> reject(result, p.field(), this.messages.text(p.key(), p.args())));
		boolean fileChanged = false;
		if (form.getRemoveAttachment() != null && !form.getRemoveAttachment().isBlank()) {
			this.applications.detach(applicationId,
					ApplicationApiController.parse(form.getRemoveAttachment(), "Attachment"));
			fileChanged = true;
		}
		if (form.getFile() != null && !form.getFile().isEmpty()) {
			try {
				this.applications.attach(applicationId, form.getFile().getOriginalFilename(),
						form.getFile().getBytes());
				fileChanged = true;
			}
			catch (InvalidInputException ex) {
				ex.getErrors().forEach(e -> reject(result, "file", e.message()));
			}
		}
		if (fileChanged) {
			application = this.applications.get(applicationId);
		}
		form.setVersion(application.version());
		if (result.hasErrors()) {
			model.addAttribute("partlySaved", true);
			return showForm(application, model);
		}
		if (form.getRemoveAttachment() != null && !form.getRemoveAttachment().isBlank()) {
			redirect.addFlashAttribute("flash", "nomination.flash.attachmentRemoved");
			return "redirect:/applications/" + applicationId + "#attachments";
		}
		if ("submit".equals(form.getAction())) {
			return "redirect:/applications/" + applicationId + "/submit";
		}
		redirect.addFlashAttribute("flash", "nomination.flash.saved");
		return "redirect:/applications/" + applicationId;
	}

	/** The confirmation before submitting, or the checklist of what is still missing. */
	@GetMapping("/{id}/submit")
	String confirmSubmit(@PathVariable String id, Model model, RedirectAttributes redirect) {
		ApplicationView application = this.applications.get(parse(id));
		if (!this.applications.mayEdit(application)) {
			redirect.addFlashAttribute("flash", CityApplication.NOT_EDITABLE);
			return "redirect:/applications/" + application.id();
		}
		model.addAttribute("applicationView", application);
		model.addAttribute("cycle", this.cycles.get(application.cycleId()));
		model.addAttribute("missing", this.applications.missingParts(application.id()));
		return SUBMIT;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable String id, Model model, RedirectAttributes redirect) {
		long applicationId = parse(id);
		try {
			this.applications.submit(applicationId);
		}
		catch (InvalidInputException ex) {
			ApplicationView application = this.applications.get(applicationId);
			model.addAttribute("applicationView", application);
			model.addAttribute("cycle", this.cycles.get(application.cycleId()));
			model.addAttribute("missing", this.applications.missingParts(applicationId));
			return SUBMIT;
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", ex.getCode());
			return "redirect:/applications/" + applicationId;
		}
		redirect.addFlashAttribute("flash", "nomination.flash.submitted");
		return "redirect:/applications/" + applicationId;
	}

	private static void reject(BindingResult result, String field, String message) {
		String path = ApplicationForm.path(field);
		if (path == null) {
			result.reject("nomination.error.invalid", new Object[] { message }, message);
		}
		else {
			result.rejectValue(path, "nomination.error.invalid", new Object[] { message }, message);
		}
	}

	private String showForm(ApplicationView application, Model model) {
		this.pageModel.form(application, model);
		return FORM;
	}

	private String showReadOnly(ApplicationView application, Model model) {
		this.pageModel.readOnly(application, model);
		return SHOW;
	}

	private static String titleOf(List<Cycle> cycles, ApplicationView application) {
		return cycles.stream()
			.filter(c -> c.id() == application.cycleId())
			.map(c -> c.settings().title())
			.findFirst()
			.orElse("");
	}

	private static long parse(String id) {
		return ApplicationApiController.parse(id, "Application");
	}

	/** An open call and the city's application to it, if started. */
	record CallRow(Cycle cycle, ApplicationView application) {
	}

	/** One of the city's applications with the title of its cycle. */
	record ApplicationRow(ApplicationView application, String cycleTitle) {
	}

	/** The applications of one cycle the reader may see. */
	record CycleApplications(Cycle cycle, List<ApplicationView> applications) {
	}

}
