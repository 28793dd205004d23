package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.notification.Category;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notifications: the list, mark-as-read, and mail preferences. */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	static final String LIST = "notification/list";

	static final String PREFERENCES = "notification/preferences";

	private static final int SHOWN = 100;

	private final Inbox inbox;

	private final MailPreferences preferences;

	private final Clock clock;

	NotificationController(Inbox inbox, MailPreferences preferences, Clock clock) {
		this.inbox = inbox;
		this.preferences = preferences;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(Model model) {
		long account = me().accountId();
		model.addAttribute("notifications", this.inbox.recent(account, SHOWN));
		return LIST;
	}

	@PostMapping("/{id}/read")
	String markRead(@PathVariable long id) {
		this.inbox.markRead(me().accountId(), id, this.clock.instant());
		return "redirect:/notifications";
	}

	/** Marks the notification read and opens the page it is about. */
	@PostMapping("/{id}/open")
	String open(@PathVariable long id) {
		return this.inbox.markRead(me().accountId(), id, this.clock.instant())
			.map(InboxEntry::link)
			.filter(link -> link.startsWith("/") && !link.startsWith("//") && !link.contains("\\"))
			.map(link -> "redirect:" + link)
			.orElse("redirect:/notifications");
	}

	@PostMapping("/read-all")
	String markAllRead(RedirectAttributes redirect) {
		this.inbox.markAllRead(me().accountId(), this.clock.instant());
		redirect.addFlashAttribute("flash", "notification.flash.allRead");
		return "redirect:/notifications";
	}

	@GetMapping("/preferences")
	String preferences(Model model) {
		PreferencesForm form = new PreferencesForm();
		this.preferences.of(me().accountId()).forEach((category, byMail) -> {
			if (byMail) {
				form.getMail().add(category);
			}
		});
		model.addAttribute("preferences", form);
		return PREFERENCES;
	}

	@PostMapping("/preferences")
	String savePreferences(@ModelAttribute("preferences") PreferencesForm form, RedirectAttributes redirect) {
		Map<Category, Boolean> choices = new EnumMap<>(Category.class);
		for (Category category : optionalCategories()) {
			choices.put(category, form.getMail().contains(category));
		}
		this.preferences.save(me().accountId(), choices);
		redirect.addFlashAttribute("flash", "notification.flash.preferencesSaved");
		return "redirect:/notifications/preferences";
	}

	@ModelAttribute("optionalCategories")
	Set<Category> optionalCategories() {
		Set<Category> optional = EnumSet.noneOf(Category.class);
		for (Category category : Category.values()) {
			if (category.isMailOptional()) {
				optional.add(category);
			}
		}
		return optional;
	}

	private static CurrentUser me() {
		return Accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in with an account."));
	}

	/** The categories the person wants by mail. */
	static class PreferencesForm {

		private Set<Category> mail = EnumSet.noneOf(Category.class);

		public Set<Category> getMail() {
			return this.mail;
		}

		public void setMail(Set<Category> mail) {
			this.mail = (mail == null || mail.isEmpty()) ? EnumSet.noneOf(Category.class) : EnumSet.copyOf(mail);
		}

	}

}
