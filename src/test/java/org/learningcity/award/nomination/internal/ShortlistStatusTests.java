package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statuses a nomination takes after its review: shortlisted by UIL staff, awarded by
 * the jury.
 */
@WithUserDetails("staff")
class ShortlistStatusTests extends NominationWebTestSupport {

	@Autowired
	Nominations nominations;

	@Autowired
	NationalCommissionService natcom;

	@Autowired
	AuditTrail audit;

	@Test
	void aConfirmedShortlistReplacesThePreviousOneAndTheJuryAwardsFromIt() {
		long cycle = this.fixtures.openCycle(2);
		long cork = eligible(cycle, "cork", "natcom-ie");
		long limerick = eligible(cycle, "limerick", "natcom-ie");

		this.nominations.markShortlisted(cycle, List.of(cork, limerick));
		assertThat(this.nominations.get(cork).status()).isEqualTo(NominationStatus.SHORTLISTED);
		assertThat(this.nominations.get(cork).status().isBeforeTheJury()).isTrue();

		this.nominations.markShortlisted(cycle, Set.of(limerick));
		assertThat(this.nominations.get(cork).status()).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(this.nominations.get(limerick).status()).isEqualTo(NominationStatus.SHORTLISTED);

		this.nominations.markAwarded(cycle, List.of(limerick));
		assertThat(this.nominations.get(limerick).status()).isEqualTo(NominationStatus.AWARDED);
		assertThat(this.audit.of("CYCLE", Long.toString(cycle))).extracting((e) -> e.action())
			.contains(NominationAudit.SHORTLISTED, NominationAudit.AWARDED);
	}

	@Test
	void onlyEligibleNominationsOfTheCycleCanBeShortlistedAndNothingChangesOtherwise() {
		long cycle = this.fixtures.openCycle(2);
		long cork = eligible(cycle, "cork", "natcom-ie");
		long otherCycle = this.fixtures.openCycle(2);
		long limerick = eligible(otherCycle, "limerick", "natcom-ie");

		assertThatThrownBy(() -> this.nominations.markShortlisted(cycle, List.of(cork, limerick)))
			.isInstanceOfSatisfying(RuleViolationException.class,
					(ex) -> assertThat(ex.getCode()).isEqualTo("nomination.not-shortlistable"));
		assertThat(this.nominations.get(cork).status()).isEqualTo(NominationStatus.ELIGIBLE);

		assertThatThrownBy(() -> this.nominations.markAwarded(cycle, List.of(cork))).isInstanceOfSatisfying(
				RuleViolationException.class, (ex) -> assertThat(ex.getCode()).isEqualTo("nomination.not-awardable"));
		assertThat(this.nominations.get(cork).status()).isEqualTo(NominationStatus.ELIGIBLE);
	}

	private long eligible(long cycle, String slug, String natcomAccount) {
		long application = this.fixtures.submitted(cycle, slug);
		long nomination = this.fixtures.as(natcomAccount, () -> this.natcom.nominate(application, "Endorsed.")).id();
		runJobs(application);
		assertThat(this.nominations.get(nomination).status()).isEqualTo(NominationStatus.ELIGIBLE);
		return nomination;
	}

}
