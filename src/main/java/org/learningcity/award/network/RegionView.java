package org.learningcity.award.network;

/**
 * A UNESCO region, e.g. {@code ASIA_PACIFIC} "Asia and the Pacific".
 *
 * @param code the stable code, one of {@link #CODES}
 * @param name the English name
 * @param sortOrder where it stands in UNESCO's usual order (1 to 5)
 */
public record RegionView(String code, String name, int sortOrder) {

	public static final String AFRICA = "AFRICA";

	public static final String ARAB_STATES = "ARAB_STATES";

	public static final String ASIA_PACIFIC = "ASIA_PACIFIC";

	public static final String EUROPE_NORTH_AMERICA = "EUROPE_NORTH_AMERICA";

	public static final String LATIN_AMERICA_CARIBBEAN = "LATIN_AMERICA_CARIBBEAN";

	/** The five region codes in UNESCO's usual order. */
	public static final java.util.List<String> CODES = java.util.List.of(AFRICA, ARAB_STATES, ASIA_PACIFIC,
			EUROPE_NORTH_AMERICA, LATIN_AMERICA_CARIBBEAN);

}
