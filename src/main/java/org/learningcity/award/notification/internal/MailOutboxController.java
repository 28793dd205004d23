package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.learningcity.award.notification.internal.MailRenderer.RenderedMail;
import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff's mail outbox: every mail with its state, resending a failed one, and template
 * previews.
 */
@Controller
@RequestMapping("/mail")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class MailOutboxController {

	static final String OUTBOX = "notification/outbox";

	static final String MESSAGE = "notification/outbox-message";

	static final String TEMPLATES = "notification/mail-templates";

	/** Names the mail templates use; the preview fills them from sample messages. */
	private static final List<String> SAMPLE_TEXTS = List.of("taskName", "cityName", "countryName", "cycleTitle",
			"comment", "recipientName");

	private final MailOutbox outbox;

	private final MailRenderer renderer;

	private final MailSettings settings;

	private final MessageSource messages;

	private final Clock clock;

	MailOutboxController(MailOutbox outbox, MailRenderer renderer, MailSettings settings, MessageSource messages,
			Clock clock) {
		this.outbox = outbox;
		this.renderer = renderer;
		this.settings = settings;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String outbox(@RequestParam(required = false) Status status, Model model) {
		model.addAttribute("messages", this.outbox.list(status));
		model.addAttribute("status", status);
		model.addAttribute("statuses", Status.values());
		model.addAttribute("now", this.clock.instant());
		return OUTBOX;
	}

	@GetMapping("/{id:\\d+}")
	String message(@PathVariable String id, Model model) {
		model.addAttribute("message", this.outbox.get(MailOutbox.id(id)));
		return MESSAGE;
	}

	@PostMapping("/{id:\\d+}/resend")
	String resend(@PathVariable String id, RedirectAttributes redirect) {
		try {
			this.outbox.resend(MailOutbox.id(id));
			redirect.addFlashAttribute("flash", "notification.outbox.flash.resent");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("flash", "notification.outbox.flash.notFailed");
		}
		return "redirect:/mail";
	}

	@PostMapping("/test")
	String sendTestMail(RedirectAttributes redirect) {
		this.outbox.sendTestMail();
		redirect.addFlashAttribute("flash", "notification.outbox.flash.testQueued");
		return "redirect:/mail";
	}

	@GetMapping("/templates")
	String templates(@RequestParam(required = false) String name, @RequestParam(required = false) String language,
			Model model) {
		List<String> names = this.renderer.templateNames();
		model.addAttribute("templates", names);
		model.addAttribute("languages", this.settings.getLanguages());
		if (name != null && names.contains(name)) {
			String lang = this.settings.supportedLanguage(language);
			Locale locale = Locale.forLanguageTag(lang);
			Map<String, Object> sample = sample(locale);
			Instant due = this.clock.instant().plus(14, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
			RenderedMail mail = this.renderer.render(name, lang, sample, "/tasks/42", due,
					(String) sample.get("recipientName"));
			model.addAttribute("name", name);
			model.addAttribute("language", lang);
			model.addAttribute("preview", mail);
		}
		return TEMPLATES;
	}

	private Map<String, Object> sample(Locale locale) {
		Map<String, Object> sample = new LinkedHashMap<>();
		for (String text : SAMPLE_TEXTS) {
			sample.put(text, this.messages.getMessage("notification.preview.sample." + text, null, locale));
		}
		sample.put("awarded", true);
		sample.put("nominationId", "42");
		sample.put("applicationId", "17");
		return sample;
	}

}
