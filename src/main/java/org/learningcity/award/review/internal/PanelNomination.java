package org.learningcity.award.review.internal;

import java.util.Objects;
import java.util.Set;

/**
 * A nomination as the panel assignment sees it.
 *
 * @param id the nomination
 * @param cityId the nominated city
 * @param cityName its name, for explanations ({@code Cork})
 * @param countryCode its country, ISO 3166-1 alpha-2
 * @param region the code of its UNESCO region
 * @param reportLanguage the language the city's report is written in (ISO 639-1), or
 * {@code null} if unknown (then no expert is preferred for language)
 * @param focus the catalogue areas or areas of focus the report's reviewers should know
 * ({@code 2}, {@code 2.1}); empty when any expertise will do
 */
public record PanelNomination(long id, long cityId, String cityName, String countryCode, String region,
		String reportLanguage, Set<String> focus) {

	public PanelNomination {
		Objects.requireNonNull(countryCode, "countryCode");
		focus = (focus != null) ? Set.copyOf(focus) : Set.of();
	}

	/** A nomination without a particular focus. */
	public PanelNomination(long id, long cityId, String cityName, String countryCode, String region,
			String reportLanguage) {
		this(id, cityId, cityName, countryCode, region, reportLanguage, Set.of());
	}

	/** How explanations name it: {@code Cork (IE)}. */
	public String label() {
		return ((this.cityName != null) ? this.cityName : "Nomination " + this.id) + " (" + this.countryCode + ")";
	}

}
