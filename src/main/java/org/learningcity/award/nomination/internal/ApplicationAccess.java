package org.learningcity.award.nomination.internal;

import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.ApplicationView;

/**
 * The one place that answers "may this person see or change this application?", for the
 * pages, the API and the service alike. A city's coordinator sees and edits its own
 * city's applications; a National Commission sees its country's; UIL staff and
 * administrators see all; nobody else sees any. Whoever may not see one is told it does
 * not exist (404).
 */
final class ApplicationAccess {

	private ApplicationAccess() {
	}

	/** Whether the person may read the application. */
	static boolean maySee(ApplicationView application, CurrentUser user) {
		if (user == null) {
			return false;
		}
		if (user.isStaff()) {
			return true;
		}
		if (user.has(Role.NATCOM) && user.countryCode() != null
				&& user.countryCode().equalsIgnoreCase(application.countryCode())) {
			return true;
		}
		return ownCity(application.cityId(), user);
	}

	/**
	 * Whether the person may change the application's content (its city's coordinator).
	 */
	static boolean mayEdit(ApplicationView application, CurrentUser user) {
		return ownCity(application.cityId(), user);
	}

	/**
	 * Whether the person may start an application for the city (its coordinator or
	 * staff).
	 */
	static boolean mayStartFor(long cityId, CurrentUser user) {
		return user != null && (user.isStaff() || ownCity(cityId, user));
	}

	/** Whether the person is the coordinator of that city. */
	static boolean ownCity(long cityId, CurrentUser user) {
		return user != null && user.has(Role.CITY) && user.cityId() != null && user.cityId() == cityId;
	}

}
