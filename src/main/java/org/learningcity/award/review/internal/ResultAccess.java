package org.learningcity.award.review.internal;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The one place that answers "may this person read this nomination's result?", for the
 * page and the API alike. UIL staff and administrators read every result, with the
 * experts' usernames and severity; a juror reads the result of a nomination only while it
 * is before the jury (shortlisted or awarded), anonymised (the experts are "Expert 1, 2,
 * 3", no severity), and is told that any other does not exist (404); nobody else reads
 * any (403).
 */
@Component
class ResultAccess {

	private final Nominations nominations;

	ResultAccess(Nominations nominations) {
		this.nominations = nominations;
	}

	/**
	 * The nomination whose result the signed-in person may read.
	 * @throws NotFoundException if there is none, or it is not before the jury for a
	 * juror
	 * @throws AccessDeniedException for anyone but staff and jurors
	 */
	NominationView readableNomination(long nominationId) {
		CurrentUser user = Accounts.current().orElseThrow(() -> new AccessDeniedException("Sign in."));
		if (!user.isStaff() && !user.has(Role.JURY)) {
			throw new AccessDeniedException("Results are for UIL staff and the jury.");
		}
		NominationView nomination = this.nominations.find(nominationId)
			.orElseThrow(() -> new NotFoundException("Nomination", nominationId));
		if (!user.isStaff() && !nomination.status().isBeforeTheJury()) {
			throw new NotFoundException("Nomination", nominationId);
		}
		return nomination;
	}

	/**
	 * Whether the signed-in person sees who the experts are and how severe each is
	 * (staff), or only anonymous scores (jurors).
	 */
	boolean seesExperts() {
		return Accounts.current().map(CurrentUser::isStaff).orElse(false);
	}

}
