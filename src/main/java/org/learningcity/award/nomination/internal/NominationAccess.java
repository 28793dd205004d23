package org.learningcity.award.nomination.internal;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this National Commission act on this application?", for
 * its pages, its API and its service: only on the applications of its own country.
 * Another country's application does not exist for it (404).
 */
@Component
class NominationAccess {

	private final Applications applications;

	NominationAccess(Applications applications) {
		this.applications = applications;
	}

	/** The signed-in National Commission, bound to a country. */
	CurrentUser nationalCommission() {
		CurrentUser user = Accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in."));
		if (!user.has(Role.NATCOM) || user.countryCode() == null) {
			throw new AccessDeniedException("Only a National Commission nominates.");
		}
		return user;
	}

	/** The application, if it is one of the signed-in National Commission's country. */
	ApplicationView ownCountryApplication(long applicationId) {
		CurrentUser user = nationalCommission();
		return this.applications.find(applicationId)
			.filter(a -> user.countryCode().equalsIgnoreCase(a.countryCode()))
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
	}

}
