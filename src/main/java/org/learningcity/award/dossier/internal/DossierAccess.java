package org.learningcity.award.dossier.internal;

import java.util.function.Predicate;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this person read this dossier or export?", for the page
 * and the API alike. UIL staff and administrators read every dossier and export; a juror
 * reads the dossier of a nomination only while it is before the jury (shortlisted or
 * awarded) and is told that any other does not exist (404), and exports only those rows,
 * anonymised; nobody else reads any (403).
 */
@Component
class DossierAccess {

	private final Nominations nominations;

	DossierAccess(Nominations nominations) {
		this.nominations = nominations;
	}

	/**
	 * The nomination whose dossier the signed-in person may read.
	 * @throws NotFoundException if there is none, or it is not before the jury for a
	 * juror
	 * @throws AccessDeniedException for anyone but staff and jurors
	 */
	NominationView readableNomination(long nominationId) {
		CurrentUser user = reader();
		NominationView nomination = this.nominations.find(nominationId)
			.orElseThrow(() -> new NotFoundException("Nomination", nominationId));
		if (!rowFilter(user).test(nomination)) {
			throw new NotFoundException("Nomination", nominationId);
		}
		return nomination;
	}

	/**
	 * The signed-in person, if they may read dossiers and exports at all (staff or jury).
	 * @throws AccessDeniedException otherwise
	 */
	CurrentUser reader() {
		CurrentUser user = Accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in."));
		if (!user.isStaff() && !user.has(Role.JURY)) {
			throw new AccessDeniedException("Dossiers are for UIL staff and the jury.");
		}
		return user;
	}

	/** Which nominations this person may see in a dossier or an export. */
	static Predicate<NominationView> rowFilter(CurrentUser user) {
		if (user.isStaff()) {
			return (nomination) -> true;
		}
		if (user.has(Role.JURY)) {
			return (nomination) -> nomination.status().isBeforeTheJury();
		}
		return (nomination) -> false;
	}

	/** Whether this person sees who the experts are (staff), or only "Expert A". */
	static boolean seesExperts(CurrentUser user) {
		return user.isStaff();
	}

}
