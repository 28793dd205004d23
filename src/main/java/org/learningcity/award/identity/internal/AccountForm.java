package org.learningcity.award.identity.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import org.learningcity.award.identity.AccountProfile;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;

/**
 * The account form of the staff pages. Numbers arrive as text so that a wrong entry is
 * reported by the service's rules, in the person's language, beside its field.
 */
public class AccountForm {

	/** Stands for a number that could not be read; every rule refuses it. */
	private static final long UNREADABLE = -1;

	private String username;

	private String displayName;

	private String email;

	private String language = "en";

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String countryCode;

	private String cityId;

	private String regionCode;

	private String languages;

	private Set<String> expertise = new TreeSet<>();

	private String maxLoad;

	private String password;

	static AccountForm of(AccountView account) {
		AccountForm form = new AccountForm();
		form.username = account.username();
		form.displayName = account.displayName();
		form.email = account.email();
		form.language = account.language();
		form.roles = account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles());
		form.countryCode = account.countryCode();
		form.cityId = (account.cityId() != null) ? String.valueOf(account.cityId()) : null;
		form.regionCode = account.regionCode();
		form.languages = String.join(", ", account.languages());
		form.expertise = new TreeSet<>(account.expertise());
		form.maxLoad = (account.maxLoad() != null) ? String.valueOf(account.maxLoad()) : null;
		return form;
	}

	AccountProfile toProfile() {
		Set<String> languageCodes = new LinkedHashSet<>();
		if (this.languages != null) {
			Arrays.stream(this.languages.split("[,;\\s]+")).filter(code -> !code.isBlank()).forEach(languageCodes::add);
		}
		Long city = isBlank(this.cityId) ? null : parse(this.cityId);
		Integer load = isBlank(this.maxLoad) ? null : (int) Math.max(Integer.MIN_VALUE, parse(this.maxLoad));
		return new AccountProfile(this.displayName, this.email, this.language, this.roles, this.countryCode, city,
				this.regionCode, languageCodes, this.expertise, load);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private static long parse(String number) {
		try {
			long value = Long.parseLong(number.trim());
			return (value > Integer.MAX_VALUE) ? UNREADABLE : value;
		}
		catch (NumberFormatException ex) {
			return UNREADABLE;
		}
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getLanguage() {
		return this.language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public void setCountryCode(String countryCode) {
		this.countryCode = countryCode;
	}

	public String getCityId() {
		return this.cityId;
	}

	public void setCityId(String cityId) {
		this.cityId = cityId;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getLanguages() {
		return this.languages;
	}

	public void setLanguages(String languages) {
		this.languages = languages;
	}

	public Set<String> getExpertise() {
		return this.expertise;
	}

	public void setExpertise(Set<String> expertise) {
		this.expertise = (expertise != null) ? expertise : new TreeSet<>();
	}

	public String getMaxLoad() {
		return this.maxLoad;
	}

	public void setMaxLoad(String maxLoad) {
		this.maxLoad = maxLoad;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
