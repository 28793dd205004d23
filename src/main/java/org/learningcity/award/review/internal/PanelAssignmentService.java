package org.learningcity.award.review.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes the panels of a cycle from the application's data: its eligible nominations,
 * the enabled experts, the cycle's panel size. Saves nothing: forming, changing and
 * auditing panels is the caller's business.
 */
@Service
public class PanelAssignmentService {

	/** How many reserves each panel gets, best first. */
	static final int RESERVES_PER_PANEL = 2;

	private final AccountService accounts;

	private final Nominations nominations;

	private final Cycles cycles;

	private final Network network;

	private final PanelAssigner assigner = new PanelAssigner();

	PanelAssignmentService(AccountService accounts, Nominations nominations, Cycles cycles, Network network) {
		this.accounts = accounts;
		this.nominations = nominations;
		this.cycles = cycles;
		this.network = network;
	}

	/**
	 * The panels for every eligible nomination of the cycle, with no expert's load taken
	 * yet and no declared conflict.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	@Transactional(readOnly = true)
	public PanelAssignment propose(long cycleId) {
		return propose(cycleId, List.of(), Map.of());
	}

	/**
	 * The panels for every eligible nomination of the cycle.
	 * @param cycleId the cycle
	 * @param declaredConflicts the conflicts experts declared
	 * @param currentLoads the reviews experts already have in the cycle, by username
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	@Transactional(readOnly = true)
	public PanelAssignment propose(long cycleId, Collection<DeclaredConflict> declaredConflicts,
			Map<String, Integer> currentLoads) {
		return this.assigner.assign(request(cycleId, declaredConflicts, currentLoads));
	}

	AssignmentRequest request(long cycleId, Collection<DeclaredConflict> declaredConflicts,
			Map<String, Integer> currentLoads) {
		return request(cycleId, declaredConflicts, currentLoads, Set.of());
	}

	/**
	 * The request for the cycle's eligible nominations but those left out (which have a
	 * panel already).
	 */
	AssignmentRequest request(long cycleId, Collection<DeclaredConflict> declaredConflicts,
			Map<String, Integer> currentLoads, Set<Long> leftOut) {
		int panelSize = this.cycles.settings(cycleId).panelSize();
		Map<Long, String> cityLanguages = cityLanguages();
		List<PanelNomination> nominations = this.nominations.inCycle(cycleId)
			.stream()
			.filter((nomination) -> nomination.status() == NominationStatus.ELIGIBLE)
			.filter((nomination) -> !leftOut.contains(nomination.id()))
			.map((nomination) -> toPanelNomination(nomination, cityLanguages))
			.toList();
		return AssignmentRequest.of(nominations, experts(currentLoads), panelSize, RESERVES_PER_PANEL,
				declaredConflicts);
	}

	/** The enabled experts with their current loads. */
	List<PanelExpert> experts(Map<String, Integer> currentLoads) {
		return this.accounts.experts()
			.stream()
			.filter(AccountView::enabled)
			.map((expert) -> toPanelExpert(expert, currentLoads.getOrDefault(expert.username(), 0)))
			.toList();
	}

	/** A nomination as the assignment sees it. */
	PanelNomination panelNomination(NominationView nomination) {
		return toPanelNomination(nomination, cityLanguages());
	}

	/**
	 * The report's language: applications do not record it (yet), so the preferred
	 * language of the city's coordinator stands in for it.
	 */
	private Map<Long, String> cityLanguages() {
		Map<Long, String> languages = new HashMap<>();
		for (AccountView city : this.accounts.withRole(Role.CITY)) {
			if (city.enabled() && city.cityId() != null && city.language() != null) {
				languages.putIfAbsent(city.cityId(), city.language());
			}
		}
		return languages;
	}

	private static PanelNomination toPanelNomination(NominationView nomination, Map<Long, String> cityLanguages) {
		return new PanelNomination(nomination.id(), nomination.cityId(), nomination.cityName(),
				nomination.countryCode(), nomination.region(), cityLanguages.get(nomination.cityId()));
	}

	private PanelExpert toPanelExpert(AccountView expert, int currentLoad) {
		String region = expert.regionCode();
		if (region == null && expert.countryCode() != null) {
			region = this.network.country(expert.countryCode()).map(CountryView::region).orElse(null);
		}
		int maxLoad = (expert.maxLoad() != null) ? expert.maxLoad() : 0;
		return new PanelExpert(expert.username(), expert.countryCode(), region, expert.languages(), expert.expertise(),
				maxLoad, currentLoad);
	}

}
