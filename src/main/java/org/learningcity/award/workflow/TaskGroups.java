package org.learningcity.award.workflow;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.learningcity.award.identity.Role;

/**
 * The candidate groups of user tasks: one per role, the role's name in lower case with
 * hyphens ({@code UIL_STAFF} is {@code uil-staff}). Administrators also act as UIL staff.
 */
public final class TaskGroups {

	/** UIL's Award secretariat: {@code camunda:candidateGroups="uil-staff"}. */
	public static final String STAFF = "uil-staff";

	private TaskGroups() {
	}

	/** The group of one role. */
	public static String of(Role role) {
		return role.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	/** The groups of a person with these roles. */
	public static List<String> of(Set<Role> roles) {
		Set<String> groups = new LinkedHashSet<>();
		for (Role role : roles) {
			groups.add(of(role));
			if (role == Role.ADMIN) {
				groups.add(STAFF);
			}
		}
		return List.copyOf(groups);
	}

}
