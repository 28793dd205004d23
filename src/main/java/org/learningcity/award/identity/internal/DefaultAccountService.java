package org.learningcity.award.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.identity.AccountProfile;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class DefaultAccountService implements AccountService {

	static final String SUBJECT = "ACCOUNT";

	/** The languages the pages and mail are written in. */
	static final List<String> UI_LANGUAGES = List.of("en", "fr");

	static final int MAX_LOAD = 50;

	private static final String STAFF = "hasAnyRole('UIL_STAFF','ADMIN')";

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9-]{3,80}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

	private static final int MAX_TEXT = 200;

	private final AccountRepository accounts;

	private final ReferenceData reference;

	private final PasswordPolicy passwordPolicy;

	private final PasswordEncoder passwordEncoder;

	private final CamundaUserSync camunda;

	private final AuditTrail audit;

	private final MessageSource messages;

	private final Clock clock;

	private final SignedInSessions sessions;

	DefaultAccountService(AccountRepository accounts, ReferenceData reference, PasswordPolicy passwordPolicy,
			PasswordEncoder passwordEncoder, CamundaUserSync camunda, AuditTrail audit, MessageSource messages,
			Clock clock, SignedInSessions sessions) {
		this.sessions = sessions;
		this.clock = clock;
		this.accounts = accounts;
		this.reference = reference;
		this.passwordPolicy = passwordPolicy;
		this.passwordEncoder = passwordEncoder;
		this.camunda = camunda;
		this.audit = audit;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findByUsername(String username) {
		return (username == null) ? Optional.empty() : this.accounts.findByUsername(username).map(AccountViews::of);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<AccountView> findById(long id) {
		return this.accounts.findById(id).map(AccountViews::of);
	}

	@Override
	@Transactional(readOnly = true)
	public AccountView get(long id) {
		return AccountViews.of(load(id));
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> withRole(Role role) {
		return this.accounts.findByRole(role).stream().map(AccountViews::of).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> experts() {
		return this.accounts.findByRole(Role.EXPERT).stream().filter(Account::isEnabled).map(AccountViews::of).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> jurors() {
		return this.accounts.findByRole(Role.JURY).stream().filter(Account::isEnabled).map(AccountViews::of).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AccountView> search(Role role, String text) {
		String needle = (text == null) ? "" : text.trim().toLowerCase(Locale.ROOT);
		List<Account> candidates = (role != null) ? this.accounts.findByRole(role)
				: this.accounts.findAllByOrderByUsername();
		return candidates.stream()
			.filter(account -> needle.isEmpty() || contains(account.getUsername(), needle)
					|| contains(account.getDisplayName(), needle) || contains(account.getEmail(), needle))
			.map(AccountViews::of)
			.toList();
	}

	@Override
	@PreAuthorize(STAFF)
	public AccountView create(String username, AccountProfile profile, String password) {
		FieldProblems problems = problems();
		String name = (username != null) ? username.trim() : "";
		if (name.isEmpty()) {
			problems.add("username", "identity.error.username.required");
		}
		else if (!USERNAME.matcher(name).matches()) {
			problems.add("username", "identity.error.username.pattern");
		}
		else if (this.accounts.existsByUsername(name)) {
			problems.add("username", "identity.error.username.taken");
		}
		AccountProfile checked = check(profile, problems, null);
		this.passwordPolicy.check(password, name, "password", problems);
		problems.throwIfAny();

		Account account = new Account(name, this.passwordEncoder.encode(password), checked.displayName(),
				checked.email());
		apply(checked, account);
		account.setCreatedAt(this.clock.instant());
		this.accounts.saveAndFlush(account);
		this.camunda.mirror(account);
		AccountView view = AccountViews.of(account);
		this.audit.record("ACCOUNT_CREATED", SUBJECT, String.valueOf(account.getId()),
				"username: " + name + "; " + AccountViews.describe(view));
		return view;
	}

	@Override
	@PreAuthorize(STAFF)
	public AccountView update(long id, AccountProfile profile) {
		Account account = load(id);
		guardAdministrator(account);
		FieldProblems problems = problems();
		AccountProfile checked = check(profile, problems, account);
		problems.throwIfAny();

		AccountView before = AccountViews.of(account);
		apply(checked, account);
		AccountView after = AccountViews.of(account);
		this.camunda.mirror(account);
		String changes = AccountViews.changes(before, after);
		if (!changes.isEmpty()) {
			this.audit.record("ACCOUNT_UPDATED", SUBJECT, String.valueOf(id), changes);
		}
		if (!before.roles().equals(after.roles()) || !Objects.equals(before.countryCode(), after.countryCode())
				|| !Objects.equals(before.cityId(), after.cityId())
				|| !Objects.equals(before.regionCode(), after.regionCode())) {
			// what the account may see is decided from these at sign-in
			this.sessions.endAll(account.getUsername());
		}
		return after;
	}

	@Override
	@PreAuthorize(STAFF)
	public AccountView setEnabled(long id, boolean enabled) {
		Account account = load(id);
		guardAdministrator(account);
		if (!enabled && isSignedIn(account)) {
			throw new RuleViolationException("account.disable-self", message("identity.error.disableSelf"));
		}
		if (account.isEnabled() != enabled) {
			account.setEnabled(enabled);
			this.camunda.mirror(account);
			this.audit.record(enabled ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", SUBJECT, String.valueOf(id), null);
			if (!enabled) {
				this.sessions.endAll(account.getUsername());
			}
		}
		return AccountViews.of(account);
	}

	@Override
	@PreAuthorize(STAFF)
	public AccountView unlock(long id) {
		Account account = load(id);
		if (account.getLockedUntil() != null || account.getFailedSignIns() > 0) {
			String detail = "locked until: " + account.getLockedUntil() + "; failed sign-ins: "
					+ account.getFailedSignIns();
			account.unlock();
			this.audit.record("ACCOUNT_UNLOCKED", SUBJECT, String.valueOf(id), detail);
		}
		return AccountViews.of(account);
	}

	@Override
	@PreAuthorize(STAFF)
	public void resetPassword(long id, String newPassword) {
		Account account = load(id);
		guardAdministrator(account);
		FieldProblems problems = problems();
		this.passwordPolicy.check(newPassword, account.getUsername(), "password", problems);
		problems.throwIfAny();
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.audit.record("ACCOUNT_PASSWORD_RESET", SUBJECT, String.valueOf(id), "a new password was set by staff");
		this.sessions.endAll(account.getUsername());
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public AccountView updateOwnProfile(String displayName, String email, String language) {
		Account account = signedInAccount();
		FieldProblems problems = problems();
		String name = checkDisplayName(displayName, problems);
		String mail = checkEmail(email, problems);
		String lang = checkLanguage(language, problems);
		problems.throwIfAny();

		AccountView before = AccountViews.of(account);
		account.setDisplayName(name);
		account.setEmail(mail);
		account.setLanguage(lang);
		AccountView after = AccountViews.of(account);
		String changes = AccountViews.changes(before, after);
		if (!changes.isEmpty()) {
			this.audit.record("ACCOUNT_PROFILE_UPDATED", SUBJECT, String.valueOf(account.getId()), changes);
		}
		return after;
	}

	@Override
	@PreAuthorize("isAuthenticated()")
	public void changeOwnPassword(String currentPassword, String newPassword) {
		Account account = signedInAccount();
		FieldProblems problems = problems();
		if (currentPassword == null || currentPassword.isEmpty()) {
			problems.add("currentPassword", "identity.error.currentPassword.required");
		}
		else if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			problems.add("currentPassword", "identity.error.currentPassword.wrong");
		}
		this.passwordPolicy.check(newPassword, account.getUsername(), "newPassword", problems);
		problems.throwIfAny();
		account.setPasswordHash(this.passwordEncoder.encode(newPassword));
		this.audit.record("ACCOUNT_PASSWORD_CHANGED", SUBJECT, String.valueOf(account.getId()),
				"the account holder set a new password");
	}

	/**
	 * Checks a profile against the rules of its roles and returns it cleaned up: codes as
	 * stored, bindings that no role uses dropped.
	 */
	private AccountProfile check(AccountProfile profile, FieldProblems problems, Account existing) {
		String displayName = checkDisplayName(profile.displayName(), problems);
		String email = checkEmail(profile.email(), problems);
		String language = checkLanguage(profile.language(), problems);

		Set<Role> roles = profile.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(profile.roles());
		if (roles.isEmpty()) {
			problems.add("roles", "identity.error.roles.required");
		}
		boolean hadAdmin = existing != null && existing.getRoles().contains(Role.ADMIN);
		if (roles.contains(Role.ADMIN) != hadAdmin && !actorIs(Role.ADMIN)) {
			problems.add("roles", "identity.error.roles.adminOnly");
		}
		if (existing != null && isSignedIn(existing) && !roles.contains(Role.ADMIN)
				&& !roles.contains(Role.UIL_STAFF)) {
			problems.add("roles", "identity.error.roles.ownStaffRole");
		}
		boolean natcom = roles.contains(Role.NATCOM);
		boolean city = roles.contains(Role.CITY);
		boolean expert = roles.contains(Role.EXPERT);
		boolean jury = roles.contains(Role.JURY);

		String countryInput = blankToNull(profile.countryCode());
		String countryCode = null;
		if (countryInput != null) {
			countryCode = this.reference.countryCode(countryInput).orElse(null);
			if (countryCode == null) {
				problems.add("countryCode", "identity.error.country.unknown");
			}
		}
		else if (natcom || expert || jury) {
			problems.add("countryCode", "identity.error.country.required");
		}

		Long cityId = null;
		if (city) {
			if (profile.cityId() == null) {
				problems.add("cityId", "identity.error.city.required");
			}
			else {
				Optional<String> cityCountry = this.reference.countryOfCity(profile.cityId());
				if (cityCountry.isEmpty()) {
					problems.add("cityId", "identity.error.city.unknown");
				}
				else if (countryInput == null) {
					cityId = profile.cityId();
					countryCode = cityCountry.get();
				}
				else if (countryCode != null && !countryCode.equals(cityCountry.get())) {
					problems.add("cityId", "identity.error.city.otherCountry");
				}
				else {
					cityId = profile.cityId();
				}
			}
		}

		String regionCode = null;
		if (jury) {
			String regionInput = blankToNull(profile.regionCode());
			if (regionInput == null) {
				problems.add("regionCode", "identity.error.region.required");
			}
			else {
				regionCode = this.reference.regionCode(regionInput).orElse(null);
				if (regionCode == null) {
					problems.add("regionCode", "identity.error.region.unknown");
				}
			}
		}

		Set<String> languages = new TreeSet<>();
		for (String code : profile.languages()) {
			String normalized = blankToNull(code);
			if (normalized == null) {
				continue;
			}
			normalized = normalized.toLowerCase(Locale.ROOT);
			if (!ISO_LANGUAGES.contains(normalized)) {
				problems.add("languages", "identity.error.languages.unknown", normalized);
			}
			languages.add(normalized);
		}
		if (expert && languages.isEmpty()) {
			problems.add("languages", "identity.error.languages.required");
		}

		Set<String> expertise = new TreeSet<>();
		Integer maxLoad = null;
		if (expert) {
			for (String code : profile.expertise()) {
				String normalized = blankToNull(code);
				if (normalized == null) {
					continue;
				}
				if (!this.reference.isExpertiseArea(normalized)) {
					problems.add("expertise", "identity.error.expertise.unknown", normalized);
				}
				expertise.add(normalized);
			}
			if (expertise.isEmpty()) {
				problems.add("expertise", "identity.error.expertise.required");
			}
			maxLoad = profile.maxLoad();
			if (maxLoad == null) {
				problems.add("maxLoad", "identity.error.maxLoad.required", MAX_LOAD);
			}
			else if (maxLoad < 1 || maxLoad > MAX_LOAD) {
				problems.add("maxLoad", "identity.error.maxLoad.range", MAX_LOAD);
			}
		}
		return new AccountProfile(displayName, email, language, roles, countryCode, cityId, regionCode, languages,
				expertise, maxLoad);
	}

	private String checkDisplayName(String displayName, FieldProblems problems) {
		String name = blankToNull(displayName);
		if (name == null) {
			problems.add("displayName", "identity.error.displayName.required");
		}
		else if (name.length() > MAX_TEXT) {
			problems.add("displayName", "identity.error.tooLong", MAX_TEXT);
		}
		return name;
	}

	private String checkEmail(String email, FieldProblems problems) {
		String mail = blankToNull(email);
		if (mail == null) {
			problems.add("email", "identity.error.email.required");
		}
		else if (mail.length() > MAX_TEXT || !EMAIL.matcher(mail).matches()) {
			problems.add("email", "identity.error.email.invalid");
		}
		return mail;
	}

	private String checkLanguage(String language, FieldProblems problems) {
		String lang = blankToNull(language);
		if (lang == null) {
			return UI_LANGUAGES.get(0);
		}
		lang = lang.toLowerCase(Locale.ROOT);
		if (!UI_LANGUAGES.contains(lang)) {
			problems.add("language", "identity.error.language.unsupported");
		}
		return lang;
	}

	private static void apply(AccountProfile profile, Account account) {
		account.setDisplayName(profile.displayName());
		account.setEmail(profile.email());
		account.setLanguage(profile.language());
		account.setRoles(profile.roles());
		account.setCountryCode(profile.countryCode());
		account.setCityId(profile.cityId());
		account.setRegionCode(profile.regionCode());
		account.setLanguages(new TreeSet<>(profile.languages()));
		account.setExpertise(new TreeSet<>(profile.expertise()));
		account.setMaxLoad(profile.maxLoad());
	}

	private Account load(long id) {
		return this.accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
	}

	/** Only an administrator may change an administrator's account. */
	private static void guardAdministrator(Account account) {
		if (account.getRoles().contains(Role.ADMIN) && !actorIs(Role.ADMIN)) {
			throw new AccessDeniedException("Only an administrator may change an administrator's account.");
		}
	}

	private Account signedInAccount() {
		CurrentUser user = Accounts.current().orElseThrow(() -> new AccessDeniedException("Not signed in."));
		return load(user.accountId());
	}

	private static boolean actorIs(Role role) {
		return Accounts.current().map(user -> user.has(role)).orElse(false);
	}

	private static boolean isSignedIn(Account account) {
		return Accounts.current().map(user -> Objects.equals(user.accountId(), account.getId())).orElse(false);
	}

	private FieldProblems problems() {
		return new FieldProblems(this.messages);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static boolean contains(String text, String needle) {
		return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.trim();
	}

	/** Turns accounts into views and describes them for the audit trail. */
	static final class AccountViews {

		private AccountViews() {
		}

		static AccountView of(Account account) {
			Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
					: EnumSet.copyOf(account.getRoles());
			return new AccountView(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
					account.getLanguage(), account.isEnabled(), Collections.unmodifiableSet(roles),
					account.getCountryCode(), account.getCityId(), account.getRegionCode(),
					Collections.unmodifiableSortedSet(new TreeSet<>(account.getLanguages())),
					Collections.unmodifiableSortedSet(new TreeSet<>(account.getExpertise())), account.getMaxLoad(),
					account.getFailedSignIns(), account.getLockedUntil(), account.getCreatedAt());
		}

		/** The account's settings in a line (never a password). */
		static String describe(AccountView view) {
			List<String> parts = new ArrayList<>();
			parts.add("roles: " + view.roles());
			addIfSet(parts, "country", view.countryCode());
			addIfSet(parts, "city", view.cityId());
			addIfSet(parts, "region", view.regionCode());
			if (!view.languages().isEmpty()) {
				parts.add("languages: " + view.languages());
			}
			if (!view.expertise().isEmpty()) {
				parts.add("expertise: " + view.expertise());
			}
			addIfSet(parts, "max load", view.maxLoad());
			return String.join("; ", parts);
		}

		/**
		 * What changed between two states of an account, e.g.
		 * {@code roles: [CITY] -> [NATCOM]}.
		 */
		static String changes(AccountView before, AccountView after) {
			List<String> parts = new ArrayList<>();
			change(parts, "name", before.displayName(), after.displayName());
			change(parts, "email", before.email(), after.email());
			change(parts, "language", before.language(), after.language());
			change(parts, "roles", before.roles(), after.roles());
			change(parts, "country", before.countryCode(), after.countryCode());
			change(parts, "city", before.cityId(), after.cityId());
			change(parts, "region", before.regionCode(), after.regionCode());
			change(parts, "languages", before.languages(), after.languages());
			change(parts, "expertise", before.expertise(), after.expertise());
			change(parts, "max load", before.maxLoad(), after.maxLoad());
			return String.join("; ", parts);
		}

		private static void addIfSet(List<String> parts, String name, Object value) {
			if (value != null) {
				parts.add(name + ": " + value);
			}
		}

		private static void change(List<String> parts, String name, Object before, Object after) {
			if (!Objects.equals(before, after)) {
				parts.add(name + ": " + before + " -> " + after);
			}
		}

	}

}
