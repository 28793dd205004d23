package org.learningcity.award.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal: an immutable snapshot of an account taken at sign-in. */
public final class AccountDetails implements UserDetails {

	private final CurrentUser user;

	private final String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	/** Whether the account had wrong passwords or a lock on record when it was read. */
	private final boolean failedSignIns;

	AccountDetails(Account account, Instant now) {
		Set<Role> roles = account.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
				: EnumSet.copyOf(account.getRoles());
		this.user = new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(), Set.copyOf(roles),
				account.getCountryCode(), account.getCityId(), account.getRegionCode(), account.getLanguage());
		this.passwordHash = account.getPasswordHash();
		this.enabled = account.isEnabled();
		this.locked = account.isLockedAt(now);
		this.failedSignIns = account.getFailedSignIns() > 0 || account.getLockedUntil() != null;
	}

	/**
	 * Whether a successful sign-in has wrong passwords or an expired lock to clear (as
	 * read with the account).
	 */
	boolean hasFailedSignIns() {
		return this.failedSignIns;
	}

	public CurrentUser toCurrentUser() {
		return this.user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return this.user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	public List<String> roleNames() {
		return this.user.roles().stream().map(Role::name).sorted().toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AccountDetails that && that.user.username().equals(this.user.username());
	}

	@Override
	public int hashCode() {
		return this.user.username().hashCode();
	}

	@Override
	public String toString() {
		return "AccountDetails[" + this.user.username() + "]";
	}

}
