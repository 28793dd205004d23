package org.learningcity.award.cycle.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;

/** A cycle in the API (API.md): every setting under its own name, the id as a string. */
record CycleJson(String id, String title, int year, CycleStatus status, int nominationQuota, int panelSize,
		int divergenceThreshold, int shortlistSize, int maxAwardeesPerCountry, int membershipMonths, int exclusionYears,
		OffsetDateTime applicationDeadline, OffsetDateTime nominationDeadline, String invitationResponse,
		String reviewDuration, List<String> reminderBefore, String moderationDuration, String juryDuration,
		int shortlistPerCountry, double minimumScore, int maxAwardees) {

	static CycleJson of(Cycle cycle) {
		CycleSettings s = cycle.settings();
		return new CycleJson(Long.toString(cycle.id()), s.title(), s.year(), cycle.status(), s.nominationQuota(),
				s.panelSize(), s.divergenceThreshold(), s.shortlistSize(), s.maxAwardeesPerCountry(),
				s.membershipMonths(), s.exclusionYears(), s.applicationDeadline(), s.nominationDeadline(),
				s.invitationResponse(), s.reviewDuration(), s.reminderBefore(), s.moderationDuration(),
				s.juryDuration(), s.shortlistPerCountry(), s.minimumScore(), s.maxAwardees());
	}

}
