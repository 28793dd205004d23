package org.learningcity.award.identity.internal;

import java.time.Clock;
import java.util.Map;

import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
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

/** Staff manage accounts: list, create, edit, enable or disable, unlock, new password. */
@Controller
@RequestMapping("/accounts")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class AccountController {

	static final String LIST_VIEW = "identity/accounts";

	static final String NEW_VIEW = "identity/account-new";

	static final String EDIT_VIEW = "identity/account-edit";

	private static final String FLASH = "flash";

	private final AccountService accounts;

	private final ReferenceData reference;

	private final PasswordPolicy passwordPolicy;

	private final Clock clock;

	AccountController(AccountService accounts, ReferenceData reference, PasswordPolicy passwordPolicy, Clock clock) {
		this.accounts = accounts;
		this.reference = reference;
		this.passwordPolicy = passwordPolicy;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q, Model model) {
		model.addAttribute("accounts", this.accounts.search(role, q));
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("role", role);
		model.addAttribute("q", q);
		model.addAttribute("now", this.clock.instant());
		return LIST_VIEW;
	}

	@GetMapping("/new")
	String newAccount(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		addChoices(model);
		return NEW_VIEW;
	}

	@PostMapping
	String create(@ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		try {
			AccountView created = this.accounts.create(form.getUsername(), form.toProfile(), form.getPassword());
			redirect.addFlashAttribute(FLASH, "identity.flash.created");
			return "redirect:/accounts/" + created.id();
		}
		catch (InvalidInputException ex) {
			AccountPages.reject(result, ex, Map.of());
			form.setPassword(null);
			addChoices(model);
			return NEW_VIEW;
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		AccountView account = this.accounts.get(id);
		model.addAttribute("accountForm", AccountForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return editPage(account, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("accountForm") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		try {
			this.accounts.update(id, form.toProfile());
			redirect.addFlashAttribute(FLASH, "identity.flash.saved");
			return "redirect:/accounts/" + id;
		}
		catch (InvalidInputException ex) {
			AccountView account = this.accounts.get(id);
			form.setUsername(account.username());
			AccountPages.reject(result, ex, Map.of());
			model.addAttribute("passwordForm", new PasswordForm());
			return editPage(account, model);
		}
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.setEnabled(id, true);
		redirect.addFlashAttribute(FLASH, "identity.flash.enabled");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable long id, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(id, false);
			redirect.addFlashAttribute(FLASH, "identity.flash.disabled");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute(FLASH, "identity.flash.disableSelf");
		}
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.accounts.unlock(id);
		redirect.addFlashAttribute(FLASH, "identity.flash.unlocked");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@PathVariable long id, @ModelAttribute("passwordForm") PasswordForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountView account = this.accounts.get(id);
		if (form.confirmationDiffers()) {
			result.rejectValue("confirmPassword", "identity.error.password.mismatch");
		}
		else {
			try {
				this.accounts.resetPassword(id, form.getNewPassword());
				redirect.addFlashAttribute(FLASH, "identity.flash.passwordReset");
				return "redirect:/accounts/" + id;
			}
			catch (InvalidInputException ex) {
				AccountPages.reject(result, ex, Map.of("password", "newPassword"));
			}
		}
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		model.addAttribute("accountForm", AccountForm.of(account));
		return editPage(account, model);
	}

	private String editPage(AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("locked", account.isLockedAt(this.clock.instant()));
		model.addAttribute("lockedUntil", AccountPages.format(account.lockedUntil()));
		addChoices(model);
		return EDIT_VIEW;
	}

	private void addChoices(Model model) {
		model.addAttribute("allRoles", Role.values());
		model.addAttribute("uiLanguages", DefaultAccountService.UI_LANGUAGES);
		model.addAttribute("countries", this.reference.countries());
		model.addAttribute("cities", this.reference.cities());
		model.addAttribute("regions", this.reference.regions());
		model.addAttribute("expertiseAreas", this.reference.expertiseAreas());
		model.addAttribute("maxLoadLimit", DefaultAccountService.MAX_LOAD);
		model.addAttribute("passwordMinLength", this.passwordPolicy.minLength());
	}

}
