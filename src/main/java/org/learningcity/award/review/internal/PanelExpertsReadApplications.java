package org.learningcity.award.review.internal;

import java.util.Set;

import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.identity.Role;
import org.learningcity.award.nomination.ApplicationReaders;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.Reviews;
import org.springframework.stereotype.Component;

/**
 * An expert who accepted to review a nomination reads its application's attachments
 * beside the scoring page; one only invited, who declined or was replaced does not.
 */
@Component
class PanelExpertsReadApplications implements ApplicationReaders {

	private static final Set<ReviewStatus> READING = Set.of(ReviewStatus.ACCEPTED, ReviewStatus.DRAFTED,
			ReviewStatus.SUBMITTED);

	private final Nominations nominations;

	private final Reviews reviews;

	PanelExpertsReadApplications(Nominations nominations, Reviews reviews) {
		this.nominations = nominations;
		this.reviews = reviews;
	}

	@Override
	public boolean mayRead(long applicationId, CurrentUser user) {
		if (!user.has(Role.EXPERT)) {
			return false;
		}
		return this.nominations.forApplication(applicationId)
			.flatMap((nomination) -> this.reviews.find(nomination.id(), user.username()))
			.filter((review) -> READING.contains(review.status()))
			.isPresent();
	}

}
