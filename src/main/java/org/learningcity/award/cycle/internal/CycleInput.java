package org.learningcity.award.cycle.internal;

import java.util.List;

import org.learningcity.award.cycle.CycleSettings;

/**
 * A cycle's settings as a person or a script sent them, not yet checked: the body of
 * {@code POST /api/cycles} and {@code PUT /api/cycles/{id}}. Anything may be missing or
 * wrong; {@link CycleRules#check(CycleInput)} says what.
 */
record CycleInput(String title, Integer year, Integer nominationQuota, Integer panelSize, Integer divergenceThreshold,
		Integer shortlistSize, Integer maxAwardeesPerCountry, Integer membershipMonths, Integer exclusionYears,
		String applicationDeadline, String nominationDeadline, String invitationResponse, String reviewDuration,
		List<String> reminderBefore, String moderationDuration, String juryDuration, Integer shortlistPerCountry,
		Double minimumScore, Integer maxAwardees) {

	static CycleInput from(CycleSettings s) {
		return new CycleInput(s.title(), s.year(), s.nominationQuota(), s.panelSize(), s.divergenceThreshold(),
				s.shortlistSize(), s.maxAwardeesPerCountry(), s.membershipMonths(), s.exclusionYears(),
				s.applicationDeadline().toString(), s.nominationDeadline().toString(), s.invitationResponse(),
				s.reviewDuration(), s.reminderBefore(), s.moderationDuration(), s.juryDuration(),
				s.shortlistPerCountry(), s.minimumScore(), s.maxAwardees());
	}

}
