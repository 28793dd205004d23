package org.learningcity.award.review.internal;

/**
 * Never an expert from the city's own country.
 */
public final class SameCountryRule implements ConflictRule {

	public static final String CODE = "SAME_COUNTRY";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String description() {
		return "from the city's country";
	}

	@Override
	public boolean excludes(PanelExpert expert, PanelNomination nomination) {
		return expert.countryCode() != null && expert.countryCode().equalsIgnoreCase(nomination.countryCode());
	}

}
