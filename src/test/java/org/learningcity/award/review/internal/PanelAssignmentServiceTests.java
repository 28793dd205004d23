package org.learningcity.award.review.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * The service feeds the assignment from the other modules: eligible nominations only, the
 * cycle's panel size, experts' regions from their country, loads and conflicts as given.
 */
class PanelAssignmentServiceTests {

	private final AccountService accounts = mock(AccountService.class);

	private final Nominations nominations = mock(Nominations.class);

	private final Cycles cycles = mock(Cycles.class);

	private final Network network = mock(Network.class);

	private final PanelAssignmentService service = new PanelAssignmentService(this.accounts, this.nominations,
			this.cycles, this.network);

	@BeforeEach
	void cycleWithPanelsOfTwo() {
		OffsetDateTime deadline = OffsetDateTime.parse("2026-03-01T12:00:00Z");
		CycleSettings rules = CycleSettings.rules2024("2026", 2026, deadline, deadline.plusMonths(1));
		given(this.cycles.settings(7)).willReturn(new CycleSettings(rules.title(), rules.year(),
				rules.nominationQuota(), 2, rules.divergenceThreshold(), rules.shortlistSize(),
				rules.maxAwardeesPerCountry(), rules.membershipMonths(), rules.exclusionYears(),
				rules.applicationDeadline(), rules.nominationDeadline(), rules.invitationResponse(),
				rules.reviewDuration(), rules.reminderBefore(), rules.moderationDuration(), rules.juryDuration()));
		given(this.nominations.inCycle(7))
			.willReturn(List.of(nomination(1, 101, "Cork", "IE", NominationStatus.ELIGIBLE),
					nomination(2, 102, "Lyon", "FR", NominationStatus.ELIGIBLE),
					nomination(3, 103, "Pécs", "HU", NominationStatus.INELIGIBLE),
					nomination(4, 104, "Osaka", "JP", NominationStatus.NOMINATED)));
		given(this.accounts.withRole(Role.CITY)).willReturn(List.of(city("city-lyon", 102L, "fr")));
		given(this.accounts.experts()).willReturn(List.of(expert("expert-01", "IE", Set.of("en", "fr"), 5),
				expert("expert-02", "FR", Set.of("fr", "en"), 5), expert("expert-03", "NG", Set.of("en"), 5),
				expert("expert-04", "BR", Set.of("pt", "en"), 1)));
		given(this.network.country("IE"))
			.willReturn(Optional.of(new CountryView("IE", "Ireland", "EUROPE_NORTH_AMERICA")));
		given(this.network.country("FR"))
			.willReturn(Optional.of(new CountryView("FR", "France", "EUROPE_NORTH_AMERICA")));
		given(this.network.country("NG")).willReturn(Optional.of(new CountryView("NG", "Nigeria", "AFRICA")));
		given(this.network.country("BR"))
			.willReturn(Optional.of(new CountryView("BR", "Brazil", "LATIN_AMERICA_CARIBBEAN")));
	}

	@Test
	void onlyEligibleNominationsGetPanelsOfTheCyclesSize() {
		PanelAssignment assignment = this.service.propose(7);

		assertThat(assignment.complete()).isTrue();
		assertThat(assignment.panels()).extracting(AssignedPanel::nominationId).containsExactly(1L, 2L);
		assertThat(assignment.panels()).allSatisfy((panel) -> assertThat(panel.experts()).hasSize(2));
		assertThat(assignment.panel(1).experts()).doesNotContain("expert-01");
		assertThat(assignment.panel(2).experts()).doesNotContain("expert-02");
	}

	@Test
	void expertsGetTheRegionOfTheirCountryAndTheLanguageOfTheCityStandsForTheReport() {
		AssignmentRequest request = this.service.request(7, List.of(), Map.of());

		assertThat(request.panelSize()).isEqualTo(2);
		assertThat(request.reservesPerPanel()).isEqualTo(PanelAssignmentService.RESERVES_PER_PANEL);
		assertThat(request.experts()).extracting(PanelExpert::region)
			.containsExactly("EUROPE_NORTH_AMERICA", "EUROPE_NORTH_AMERICA", "AFRICA", "LATIN_AMERICA_CARIBBEAN");
		assertThat(request.nominations()).extracting(PanelNomination::reportLanguage).containsExactly(null, "fr");
	}

	@Test
	void declaredConflictsAndCurrentLoadsAreHonoured() {
		// expert-02 declared a conflict with Cork and expert-03 is full: Cork can only
		// have expert-04
		PanelAssignment assignment = this.service.propose(7, List.of(new DeclaredConflict("expert-02", 101)),
				Map.of("expert-03", 5));

		assertThat(assignment.complete()).isFalse();
		assertThat(assignment.problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.message()).startsWith("Cork (IE): only 1 eligible expert "));
	}

	private static NominationView nomination(long id, long cityId, String city, String country,
			NominationStatus status) {
		return new NominationView(id, 10 + id, 7, cityId, city, country, "EUROPE_NORTH_AMERICA", 1, status, null, null,
				null, null, "natcom-" + country.toLowerCase(), Instant.EPOCH);
	}

	private static AccountView city(String username, Long cityId, String language) {
		return new AccountView(1, username, username, username + "@example.org", language, true, Set.of(Role.CITY),
				"FR", cityId, null, Set.of(), Set.of(), null, 0, null, Instant.EPOCH);
	}

	private static AccountView expert(String username, String country, Set<String> languages, int maxLoad) {
		return new AccountView(2, username, username, username + "@example.org", "en", true, Set.of(Role.EXPERT),
				country, null, null, languages, Set.of("2.1"), maxLoad, 0, null, Instant.EPOCH);
	}

}
