package org.learningcity.award.identity;

import java.util.Optional;

import org.learningcity.award.identity.internal.AccountDetails;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is signed in, for controllers and services of every module. */
public final class Accounts {

	private Accounts() {
	}

	/** The signed-in person, if any. */
	public static Optional<CurrentUser> current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountDetails details) {
			return Optional.of(details.toCurrentUser());
		}
		return Optional.empty();
	}

	/**
	 * The signed-in person's username, or {@code system} for work done by the engine
	 * itself.
	 */
	public static String currentUsername() {
		return current().map(CurrentUser::username).orElse("system");
	}

}
