package org.learningcity.award.identity;

import java.util.Set;

/**
 * What staff set on an account when they create or edit it. Which bindings are required
 * depends on the roles: a NATCOM account needs a country, a CITY account a city, an
 * expert a country, languages, areas of expertise and a maximum load (1 to 50), a juror a
 * country and a region. Bindings that none of the roles use are dropped.
 *
 * @param displayName the person's name
 * @param email where mail goes
 * @param language the preferred language of pages and mail ({@code en} or {@code fr};
 * {@code en} when empty)
 * @param roles at least one role
 * @param countryCode an ISO 3166-1 alpha-2 code of a known country
 * @param cityId the id of a known city
 * @param regionCode the code of a UNESCO region
 * @param languages ISO 639-1 codes of the languages an expert reads
 * @param expertise codes of catalogue areas or areas of focus
 * @param maxLoad the most reviews an expert takes in a cycle
 */
public record AccountProfile(String displayName, String email, String language, Set<Role> roles, String countryCode,
		Long cityId, String regionCode, Set<String> languages, Set<String> expertise, Integer maxLoad) {

	public AccountProfile {
		roles = (roles != null) ? Set.copyOf(roles) : Set.of();
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
		expertise = (expertise != null) ? Set.copyOf(expertise) : Set.of();
	}

	/** The profile an existing account has now, as a starting point for a change. */
	public static AccountProfile of(AccountView account) {
		return new AccountProfile(account.displayName(), account.email(), account.language(), account.roles(),
				account.countryCode(), account.cityId(), account.regionCode(), account.languages(), account.expertise(),
				account.maxLoad());
	}

}
