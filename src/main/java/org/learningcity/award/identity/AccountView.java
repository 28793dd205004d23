package org.learningcity.award.identity;

import java.time.Instant;
import java.util.Set;

/**
 * An account as other modules see it: who, in which roles, bound to what, and (for
 * experts) what they can review. Never carries the password.
 *
 * @param id the account's id
 * @param username the sign-in name, lower case
 * @param displayName the person's name as shown on pages
 * @param email where mail goes
 * @param language the preferred language of pages and mail ({@code en}, {@code fr})
 * @param enabled whether the account may sign in at all
 * @param roles the roles
 * @param countryCode the country a NATCOM account serves, or the country of a CITY
 * account's city, of an expert or of a juror
 * @param cityId the city of a CITY account
 * @param regionCode the UNESCO region a juror represents
 * @param languages the languages an expert reads (ISO 639-1 codes)
 * @param expertise the catalogue areas or areas of focus an expert knows (e.g.
 * {@code 2.1})
 * @param maxLoad how many reviews an expert takes at most in a cycle
 * @param failedSignIns wrong passwords since the last successful sign-in
 * @param lockedUntil until when sign-in is refused after too many wrong passwords
 * @param createdAt when the account was created
 */
public record AccountView(long id, String username, String displayName, String email, String language, boolean enabled,
		Set<Role> roles, String countryCode, Long cityId, String regionCode, Set<String> languages,
		Set<String> expertise, Integer maxLoad, int failedSignIns, Instant lockedUntil, Instant createdAt) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isStaff() {
		return has(Role.UIL_STAFF) || has(Role.ADMIN);
	}

	/** Whether sign-in is refused at {@code now} because of too many wrong passwords. */
	public boolean isLockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

}
