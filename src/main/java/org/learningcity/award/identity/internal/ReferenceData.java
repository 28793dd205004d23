package org.learningcity.award.identity.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The few facts about places and the catalogue that accounts are bound to, read straight
 * from the reference tables (so that identity does not depend on the modules that own
 * them): does this country, city, region or area of expertise exist, and what to offer in
 * the account forms.
 */
@Component
@Transactional(readOnly = true)
class ReferenceData {

	private final JdbcClient jdbc;

	ReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The stored code of the country, matched without regard to case. */
	Optional<String> countryCode(String code) {
		return this.jdbc.sql("select code from country where upper(code) = upper(?)")
			.param(code.trim())
			.query(String.class)
			.optional();
	}

	/** The stored code of the region, matched without regard to case. */
	Optional<String> regionCode(String code) {
		return this.jdbc.sql("select code from region where upper(code) = upper(?)")
			.param(code.trim())
			.query(String.class)
			.optional();
	}

	/** The country of the city, if the city exists. */
	Optional<String> countryOfCity(long cityId) {
		return this.jdbc.sql("select country_code from city where id = ?").param(cityId).query(String.class).optional();
	}

	/**
	 * Whether the code names a catalogue area ({@code 2}) or area of focus ({@code 2.1}).
	 */
	boolean isExpertiseArea(String code) {
		return this.jdbc
			.sql("select count(*) from (select code from catalog_area where code = ? "
					+ "union select code from catalog_focus where code = ?) known")
			.params(code, code)
			.query(Integer.class)
			.single() > 0;
	}

	List<FormOption> countries() {
		return this.jdbc.sql("select code, name from country order by name")
			.query((rs, row) -> new FormOption(rs.getString("code"), rs.getString("name")))
			.list();
	}

	List<FormOption> regions() {
		return this.jdbc.sql("select code, name from region order by sort_order, name")
			.query((rs, row) -> new FormOption(rs.getString("code"), rs.getString("name")))
			.list();
	}

	/** Cities as {@code id} and "City (Country)", by country and name. */
	List<FormOption> cities() {
		return this.jdbc
			.sql("select c.id, c.name, k.name as country_name from city c join country k on k.code = c.country_code "
					+ "order by k.name, c.name")
			.query((rs, row) -> new FormOption(String.valueOf(rs.getLong("id")),
					rs.getString("name") + " (" + rs.getString("country_name") + ")"))
			.list();
	}

	/** The catalogue's areas, each with its areas of focus, in catalogue order. */
	List<ExpertiseArea> expertiseAreas() {
		Map<String, ExpertiseArea> areas = new LinkedHashMap<>();
		this.jdbc.sql("select code, title from catalog_area order by sort_order, code")
			.query((rs, row) -> new ExpertiseArea(rs.getString("code"), rs.getString("title"), new ArrayList<>()))
			.list()
			.forEach(area -> areas.put(area.code(), area));
		this.jdbc.sql("select code, area_code, title from catalog_focus order by sort_order, code").query((rs, row) -> {
			ExpertiseArea area = areas.get(rs.getString("area_code"));
			if (area != null) {
				area.focus().add(new FormOption(rs.getString("code"), rs.getString("title")));
			}
			return null;
		}).list();
		return List.copyOf(areas.values());
	}

	Optional<String> countryName(String code) {
		return this.jdbc.sql("select name from country where code = ?").param(code).query(String.class).optional();
	}

	Optional<String> regionName(String code) {
		return this.jdbc.sql("select name from region where code = ?").param(code).query(String.class).optional();
	}

	Optional<String> cityName(long id) {
		return this.jdbc.sql("select name from city where id = ?").param(id).query(String.class).optional();
	}

}
