package org.learningcity.award.nomination.internal;

import java.util.List;
import java.util.Objects;

import org.learningcity.award.identity.AccountService;
import org.learningcity.award.identity.AccountView;
import org.learningcity.award.identity.Role;
import org.learningcity.award.network.CityView;
import org.learningcity.award.network.Network;
import org.springframework.stereotype.Component;

/**
 * Who does the nomination process's user tasks, for its {@code camunda:candidateUsers}
 * expressions ({@code ${nominationAssignees.nationalCommission(cityId)}}): a city's
 * coordinators, the National Commission accounts of the city's country. Enabled accounts
 * only, by username.
 */
@Component("nominationAssignees")
public class NominationAssignees {

	private final AccountService accounts;

	private final Network network;

	NominationAssignees(AccountService accounts, Network network) {
		this.accounts = accounts;
		this.network = network;
	}

	/** The coordinators of the city: its CITY accounts. */
	public List<String> cityCoordinators(long cityId) {
		return this.accounts.withRole(Role.CITY)
			.stream()
			.filter(a -> a.enabled() && a.cityId() != null && a.cityId() == cityId)
			.map(AccountView::username)
			.toList();
	}

	/** The National Commission of the city's country: its NATCOM accounts. */
	public List<String> nationalCommission(long cityId) {
		String country = this.network.city(cityId).map(CityView::countryCode).orElse(null);
		return nationalCommissionOf(country);
	}

	/** The NATCOM accounts of a country. */
	public List<String> nationalCommissionOf(String countryCode) {
		if (countryCode == null) {
			return List.of();
		}
		return this.accounts.withRole(Role.NATCOM)
			.stream()
			.filter(a -> a.enabled() && Objects.equals(upper(a.countryCode()), upper(countryCode)))
			.map(AccountView::username)
			.toList();
	}

	private static String upper(String code) {
		return (code != null) ? code.toUpperCase(java.util.Locale.ROOT) : null;
	}

}
