package org.learningcity.award.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference data (every profile) and the demo data (demo profile) of the network.
 * (MockMvc is configured only so that this class shares its Spring context with the web
 * tests.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NetworkTests {

	static final List<String> AWARDEES_2015 = List.of("melton", "sorocaba", "beijing", "bahir-dar", "espoo", "cork",
			"amman", "mexico-city", "ybycui", "balanga", "namyangju", "swansea");

	@Autowired
	Network network;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFiveUnescoRegionsComeInTheirUsualOrder() {
		assertThat(this.network.regions()).extracting(RegionView::code).containsExactlyElementsOf(RegionView.CODES);
		assertThat(this.network.regions()).extracting(RegionView::name)
			.containsExactly("Africa", "Arab States", "Asia and the Pacific", "Europe and North America",
					"Latin America and the Caribbean");
	}

	@Test
	void everyUnescoMemberStateIsACountryInItsUnescoRegion() {
		List<CountryView> countries = this.network.countries();
		assertThat(countries).hasSizeGreaterThanOrEqualTo(194)
			.allSatisfy(country -> assertThat(country.code()).matches("[A-Z]{2}"))
			.allSatisfy(country -> assertThat(RegionView.CODES).contains(country.region()));
		Map<String, String> regionOf = countries.stream()
			.collect(Collectors.toMap(CountryView::code, CountryView::region));
		assertThat(regionOf).containsEntry("IL", "EUROPE_NORTH_AMERICA")
			.containsEntry("TR", "EUROPE_NORTH_AMERICA")
			.containsEntry("US", "EUROPE_NORTH_AMERICA")
			.containsEntry("RU", "EUROPE_NORTH_AMERICA")
			.containsEntry("SD", "ARAB_STATES")
			.containsEntry("EG", "ARAB_STATES")
			.containsEntry("MA", "ARAB_STATES")
			.containsEntry("PS", "ARAB_STATES")
			.containsEntry("ET", "AFRICA")
			.containsEntry("DJ", "AFRICA")
			.containsEntry("MX", "LATIN_AMERICA_CARIBBEAN")
			.containsEntry("AU", "ASIA_PACIFIC")
			.containsEntry("KR", "ASIA_PACIFIC")
			.containsEntry("KZ", "ASIA_PACIFIC");
		assertThat(this.network.countriesIn("arab_states")).hasSize(19);
	}

	@Test
	void lookupsAcceptCodesInEitherCase() {
		assertThat(this.network.country("ie")).get().extracting(CountryView::name).isEqualTo("Ireland");
		assertThat(this.network.citiesIn("ie")).extracting(CityView::slug)
			.containsExactly("cork", "dublin", "limerick");
		assertThat(this.network.cityBySlug("mexico-city")).get()
			.satisfies(city -> assertThat(city.countryCode()).isEqualTo("MX"))
			.satisfies(city -> assertThat(city.region()).isEqualTo("LATIN_AMERICA_CARIBBEAN"));
		assertThat(this.network.nationalCommission("ie")).get()
			.extracting(NationalCommissionView::name)
			.isEqualTo("Irish National Commission for UNESCO");
	}

	@Test
	void unknownCitiesAreNotFound() {
		assertThat(this.network.city(-1)).isEmpty();
		assertThat(this.network.cityBySlug("atlantis")).isEmpty();
		assertThatThrownBy(() -> this.network.requireCity(-1))
			.isInstanceOf(org.learningcity.award.support.NotFoundException.class);
	}

	@Test
	void theTwelveCitiesAwardedIn2015AreMembersWithTheirAward() {
		for (String slug : AWARDEES_2015) {
			CityView city = this.network.cityBySlug(slug).orElseThrow();
			assertThat(this.network.awardYears(city.id())).as(slug).containsExactly(2015);
			assertThat(city.memberSince()).as(slug).isBefore(LocalDate.of(2015, 9, 1));
		}
		assertThat(this.network.cityBySlug("ybycui")).get().extracting(CityView::name).isEqualTo("Ybycuí");
	}

	@Test
	void oneCountryHasFiveOrMoreCitiesSoTheNominationQuotaCanBeExceeded() {
		Map<String, Long> perCountry = this.network.cities()
			.stream()
			.collect(Collectors.groupingBy(CityView::countryCode, Collectors.counting()));
		assertThat(perCountry.values()).anyMatch(count -> count >= 5);
		assertThat(this.network.cities()).hasSizeGreaterThanOrEqualTo(35);
	}

	@Test
	void everyRegionHasSeveralDemoCities() {
		for (String region : RegionView.CODES) {
			assertThat(this.network.citiesInRegion(region)).as(region).hasSizeGreaterThanOrEqualTo(3);
		}
	}

	@Test
	void everyCitySlugFollowsTheRule() {
		assertThat(this.network.cities()).allSatisfy(city -> assertThat(city.slug()).isEqualTo(Slugs.of(city.name())));
	}

	@Test
	void everyDemoCityHasItsCoordinatorAndItsCountryANationalCommissionAccount() {
		for (CityView city : this.network.cities()) {
			assertThat(roles("city-" + city.slug())).as(city.slug()).containsExactly("CITY");
			assertThat(this.jdbc.sql("select city_id from account where username = ?")
				.param("city-" + city.slug())
				.query(Long.class)
				.single()).isEqualTo(city.id());
			String natcom = "natcom-" + city.countryCode().toLowerCase();
			assertThat(roles(natcom)).as(natcom).containsExactly("NATCOM");
			assertThat(this.jdbc.sql("select country_code from account where username = ?")
				.param(natcom)
				.query(String.class)
				.single()).isEqualTo(city.countryCode());
			assertThat(this.network.nationalCommission(city.countryCode())).as(city.countryCode()).isPresent();
		}
	}

	@Test
	void twentyExpertsFromEveryRegionWithLanguagesExpertiseAndLoad() {
		// other tests may add accounts of their own to the shared context: look at the
		// demo ones
		List<String> experts = usernamesWith("EXPERT").stream().filter(name -> name.startsWith("expert-")).toList();
		assertThat(experts).hasSize(20).allMatch(name -> name.matches("expert-(0[1-9]|1[0-9]|20)"));
		Set<String> cityCountries = this.network.cities()
			.stream()
			.map(CityView::countryCode)
			.collect(Collectors.toSet());
		Set<String> expertCountries = Set.copyOf(
				this.jdbc
					.sql("select a.country_code from account a join account_role r on r.account_id = a.id"
							+ " where r.role = 'EXPERT' and a.username like 'expert-%'")
					.query(String.class)
					.list());
		assertThat(expertCountries).hasSizeGreaterThanOrEqualTo(15).containsAnyElementsOf(cityCountries);
		assertThat(expertCountries.stream().map(code -> this.network.country(code).orElseThrow().region()))
			.containsAll(RegionView.CODES);
		for (String expert : experts) {
			assertThat(list("select l.language from account_language l join account a on a.id = l.account_id"
					+ " where a.username = ?", expert))
				.as(expert)
				.isNotEmpty();
			assertThat(list("select e.area_code from account_expertise e join account a on a.id = e.account_id"
					+ " where a.username = ?", expert))
				.as(expert)
				.isNotEmpty()
				.allMatch(code -> code.matches("[1-3]\\.[1-6]"));
			assertThat(this.jdbc.sql("select max_load from account where username = ?")
				.param(expert)
				.query(Integer.class)
				.single()).as(expert).isBetween(3, 8);
		}
	}

	@Test
	void fiveJurorsOnePerRegion() {
		assertThat(usernamesWith("JURY").stream().filter(name -> name.startsWith("juror-"))).containsExactly("juror-01",
				"juror-02", "juror-03", "juror-04", "juror-05");
		List<String> regions = this.jdbc
			.sql("select a.region_code from account a join account_role r on r.account_id = a.id where r.role = 'JURY'")
			.query(String.class)
			.list();
		assertThat(regions).containsExactlyInAnyOrderElementsOf(RegionView.CODES);
		assertThat(this.jdbc
			.sql("select count(*) from account a join account_role r on r.account_id = a.id"
					+ " where r.role = 'JURY' and a.country_code is null")
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	@Transactional
	void anAwardIsRecordedOncePerYear() {
		long chengdu = this.network.cityBySlug("chengdu").orElseThrow().id();
		this.network.recordAward(chengdu, 2019);
		this.network.recordAward(chengdu, 2019);
		assertThat(this.network.awardYears(chengdu)).containsExactly(2019);
	}

	private List<String> roles(String username) {
		return list("select r.role from account_role r join account a on a.id = r.account_id where a.username = ?",
				username);
	}

	private List<String> usernamesWith(String role) {
		return this.jdbc
			.sql("select a.username from account a join account_role r on r.account_id = a.id where r.role = ?"
					+ " order by a.username")
			.param(role)
			.query(String.class)
			.list();
	}

	private List<String> list(String sql, String param) {
		return this.jdbc.sql(sql).param(param).query(String.class).list();
	}

}
