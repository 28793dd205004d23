package org.learningcity.award.network.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.learningcity.award.network.CityView;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.NationalCommissionView;
import org.learningcity.award.network.Network;
import org.learningcity.award.network.RegionView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The network read straight from its tables: small, read-mostly reference data. */
@Service
@Transactional(readOnly = true)
class JdbcNetwork implements Network {

	private static final String CITY = """
			select c.id, c.name, c.slug, c.country_code, k.region_code, c.member_since
			from city c join country k on k.code = c.country_code
			""";

	private final JdbcClient jdbc;

	JdbcNetwork(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<RegionView> regions() {
		return this.jdbc.sql("select code, name, sort_order from region order by sort_order")
			.query(RegionView.class)
			.list();
	}

	@Override
	public Optional<RegionView> region(String code) {
		return this.jdbc.sql("select code, name, sort_order from region where code = ?")
			.param(upper(code))
			.query(RegionView.class)
			.optional();
	}

	@Override
	public List<CountryView> countries() {
		return this.jdbc.sql("select code, name, region_code from country order by name")
			.query(JdbcNetwork::country)
			.list();
	}

	@Override
	public List<CountryView> countriesIn(String regionCode) {
		return this.jdbc.sql("select code, name, region_code from country where region_code = ? order by name")
			.param(upper(regionCode))
			.query(JdbcNetwork::country)
			.list();
	}

	@Override
	public Optional<CountryView> country(String code) {
		return this.jdbc.sql("select code, name, region_code from country where code = ?")
			.param(upper(code))
			.query(JdbcNetwork::country)
			.optional();
	}

	@Override
	public List<CityView> cities() {
		return this.jdbc.sql(CITY + " order by c.name").query(JdbcNetwork::city).list();
	}

	@Override
	public List<CityView> citiesIn(String countryCode) {
		return this.jdbc.sql(CITY + " where c.country_code = ? order by c.name")
			.param(upper(countryCode))
			.query(JdbcNetwork::city)
			.list();
	}

	@Override
	public List<CityView> citiesInRegion(String regionCode) {
		return this.jdbc.sql(CITY + " where k.region_code = ? order by c.name")
			.param(upper(regionCode))
			.query(JdbcNetwork::city)
			.list();
	}

	@Override
	public Optional<CityView> city(long id) {
		return this.jdbc.sql(CITY + " where c.id = ?").param(id).query(JdbcNetwork::city).optional();
	}

	@Override
	public Optional<CityView> cityBySlug(String slug) {
		return this.jdbc.sql(CITY + " where c.slug = ?")
			.param(slug == null ? null : slug.toLowerCase(Locale.ROOT))
			.query(JdbcNetwork::city)
			.optional();
	}

	@Override
	public List<NationalCommissionView> nationalCommissions() {
		return this.jdbc.sql("select id, country_code, name, email from national_commission order by country_code")
			.query(NationalCommissionView.class)
			.list();
	}

	@Override
	public Optional<NationalCommissionView> nationalCommission(String countryCode) {
		return this.jdbc.sql("select id, country_code, name, email from national_commission where country_code = ?")
			.param(upper(countryCode))
			.query(NationalCommissionView.class)
			.optional();
	}

	@Override
	public List<Integer> awardYears(long cityId) {
		return this.jdbc.sql("select award_year from city_award where city_id = ? order by award_year")
			.param(cityId)
			.query(Integer.class)
			.list();
	}

	@Override
	@Transactional
	public void recordAward(long cityId, int awardYear) {
		requireCity(cityId);
		if (!awardYears(cityId).contains(awardYear)) {
			this.jdbc.sql("insert into city_award (city_id, award_year) values (?, ?)")
				.params(cityId, awardYear)
				.update();
		}
	}

	private static String upper(String code) {
		return (code != null) ? code.trim().toUpperCase(Locale.ROOT) : null;
	}

	private static CountryView country(ResultSet rs, int row) throws SQLException {
		return new CountryView(rs.getString("code"), rs.getString("name"), rs.getString("region_code"));
	}

	private static CityView city(ResultSet rs, int row) throws SQLException {
		return new CityView(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getString("country_code"),
				rs.getString("region_code"), rs.getObject("member_since", LocalDate.class));
	}

}
