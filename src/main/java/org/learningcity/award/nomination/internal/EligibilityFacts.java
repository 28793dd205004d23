package org.learningcity.award.nomination.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.CityView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * What the eligibility rules look at, read from the network, the cycle and the
 * application. A fact that cannot be found is {@code null}: the rules then leave the call
 * to a person.
 */
@Component
class EligibilityFacts {

	private final Applications applications;

	private final ApplicationService checklist;

	private final Cycles cycles;

	private final Network network;

	EligibilityFacts(Applications applications, ApplicationService checklist, Cycles cycles, Network network) {
		this.applications = applications;
		this.checklist = checklist;
		this.cycles = cycles;
		this.network = network;
	}

	Facts of(long applicationId) {
		ApplicationView application = this.applications.find(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		Cycle cycle = this.cycles.get(application.cycleId());
		LocalDate deadline = cycle.settings().applicationDeadline().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
		LocalDate memberSince = this.network.city(application.cityId()).map(CityView::memberSince).orElse(null);
		Integer membershipMonths = (memberSince != null) ? (int) ChronoUnit.MONTHS.between(memberSince, deadline)
				: null;
		List<Integer> awards = this.network.awardYears(application.cityId());
		Integer yearsSinceLastAward = awards.isEmpty() ? null
				: cycle.settings().year() - awards.stream().mapToInt(Integer::intValue).max().getAsInt();
		return new Facts(membershipMonths, cycle.settings().membershipMonths(), yearsSinceLastAward,
				cycle.settings().exclusionYears(), complete(applicationId), application.consentGiven());
	}

	/** Whether nothing is missing by today's checklist; {@code null} if unknown. */
	private Boolean complete(long applicationId) {
		return this.applications.findContent(applicationId)
			.map(content -> this.checklist.missing(content).isEmpty())
			.orElse(null);
	}

	/**
	 * The inputs of the decision {@code EligibilityDecision}.
	 *
	 * @param membershipMonths whole months of GNLC membership at the application deadline
	 * @param requiredMembershipMonths the cycle's minimum
	 * @param yearsSinceLastAward the cycle's year minus the year of the city's last Award
	 * ({@code null} if never awarded)
	 * @param exclusionYears the cycle's exclusion years
	 * @param applicationComplete whether nothing is missing
	 * @param consentGiven whether the consent is complete
	 */
	record Facts(Integer membershipMonths, int requiredMembershipMonths, Integer yearsSinceLastAward,
			int exclusionYears, Boolean applicationComplete, Boolean consentGiven) {
	}

}
