package org.learningcity.award.identity.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.support.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Everyone's own account: profile, preferred language and password. */
@Controller
@RequestMapping("/account")
@PreAuthorize("isAuthenticated()")
class ProfileController {

	static final String VIEW = "identity/profile";

	private static final String REDIRECT = "redirect:/account";

	private static final String FLASH = "flash";

	private final AccountService accounts;

	private final ReferenceData reference;

	private final PasswordPolicy passwordPolicy;

	private final LocaleResolver localeResolver;

	private final UserDetailsService userDetails;

	private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

	ProfileController(AccountService accounts, ReferenceData reference, PasswordPolicy passwordPolicy,
			LocaleResolver localeResolver, UserDetailsService userDetails) {
		this.accounts = accounts;
		this.reference = reference;
		this.passwordPolicy = passwordPolicy;
		this.localeResolver = localeResolver;
		this.userDetails = userDetails;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(Model model) {
		AccountView account = signedInAccount();
		model.addAttribute("profileForm", ProfileForm.of(account));
		model.addAttribute("passwordForm", new PasswordForm());
		return page(account, model);
	}

	@PostMapping
	String updateProfile(@ModelAttribute("profileForm") ProfileForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		try {
			AccountView account = this.accounts.updateOwnProfile(form.getDisplayName(), form.getEmail(),
					form.getLanguage());
			this.localeResolver.setLocale(request, response, Locale.forLanguageTag(account.language()));
			refreshSignIn(account.username(), request, response);
			redirect.addFlashAttribute(FLASH, "identity.flash.profileSaved");
			return REDIRECT;
		}
		catch (InvalidInputException ex) {
			AccountPages.reject(result, ex, Map.of());
			model.addAttribute("passwordForm", new PasswordForm());
			return page(signedInAccount(), model);
		}
	}

	@PostMapping("/password")
	String changePassword(@ModelAttribute("passwordForm") PasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.confirmationDiffers()) {
			result.rejectValue("confirmPassword", "identity.error.password.mismatch");
		}
		else {
			try {
				this.accounts.changeOwnPassword(form.getCurrentPassword(), form.getNewPassword());
				redirect.addFlashAttribute(FLASH, "identity.flash.passwordChanged");
				return REDIRECT;
			}
			catch (InvalidInputException ex) {
				AccountPages.reject(result, ex, Map.of());
			}
		}
		form.setCurrentPassword(null);
		form.setNewPassword(null);
		form.setConfirmPassword(null);
		AccountView account = signedInAccount();
		model.addAttribute("profileForm", ProfileForm.of(account));
		return page(account, model);
	}

	private String page(AccountView account, Model model) {
		model.addAttribute("account", account);
		model.addAttribute("countryName", (account.countryCode() != null)
				? this.reference.countryName(account.countryCode()).orElse(null) : null);
		model.addAttribute("cityName",
				(account.cityId() != null) ? this.reference.cityName(account.cityId()).orElse(null) : null);
		model.addAttribute("regionName",
				(account.regionCode() != null) ? this.reference.regionName(account.regionCode()).orElse(null) : null);
		model.addAttribute("uiLanguages", DefaultAccountService.UI_LANGUAGES);
		model.addAttribute("passwordMinLength", this.passwordPolicy.minLength());
		return VIEW;
	}

	private AccountView signedInAccount() {
		CurrentUser user = Accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in."));
		return this.accounts.get(user.accountId());
	}

	/** Lets the rest of this session see the new name and language at once. */
	private void refreshSignIn(String username, HttpServletRequest request, HttpServletResponse response) {
		UserDetails details = this.userDetails.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.securityContexts.saveContext(context, request, response);
	}

}
