package org.learningcity.award.identity;

import java.util.Set;

/**
 * The signed-in person as the rest of the application sees them: who, in which roles, and
 * what they are bound to (a NATCOM account to a country, a CITY account to a city).
 */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, String countryCode,
		Long cityId, String regionCode, String language) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean isStaff() {
		return has(Role.UIL_STAFF) || has(Role.ADMIN);
	}

}
