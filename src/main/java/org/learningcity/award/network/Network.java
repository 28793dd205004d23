package org.learningcity.award.network;

import java.util.List;
import java.util.Optional;

import org.learningcity.award.support.NotFoundException;

/**
 * The GNLC network as reference data: regions, countries, member cities, National
 * Commissions, and the Learning City Awards cities have received. Country codes may be
 * given in either case; they are always returned upper case.
 */
public interface Network {

	/** The five UNESCO regions in their usual order. */
	List<RegionView> regions();

	Optional<RegionView> region(String code);

	/** Every country, by name. */
	List<CountryView> countries();

	/** The countries of one region, by name. */
	List<CountryView> countriesIn(String regionCode);

	Optional<CountryView> country(String code);

	/** Every member city, by name. */
	List<CityView> cities();

	/** The member cities of one country, by name. */
	List<CityView> citiesIn(String countryCode);

	/** The member cities of one region, by name. */
	List<CityView> citiesInRegion(String regionCode);

	Optional<CityView> city(long id);

	/** The city, or {@link NotFoundException}. */
	default CityView requireCity(long id) {
		return city(id).orElseThrow(() -> new NotFoundException("City", id));
	}

	Optional<CityView> cityBySlug(String slug);

	/** Every National Commission, by country. */
	List<NationalCommissionView> nationalCommissions();

	Optional<NationalCommissionView> nationalCommission(String countryCode);

	/** The years in which the city received a Learning City Award, oldest first. */
	List<Integer> awardYears(long cityId);

	/** Records that the city received the Award of that year (again: no change). */
	void recordAward(long cityId, int awardYear);

}
