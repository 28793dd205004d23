package org.learningcity.award.network;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isA;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /api/regions}, {@code /api/countries}, {@code /api/cities} as API.md fixes them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NetworkApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Test
	void anonymousCallersAreAskedToSignIn() throws Exception {
		for (String path : new String[] { "/api/regions", "/api/countries", "/api/cities", "/api/cities/1" }) {
			this.mvc.perform(get(path))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void theDemoPasswordSignsInANationalCommission() throws Exception {
		this.mvc.perform(get("/api/regions").with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(5)))
			.andExpect(jsonPath("$[0].code").value("AFRICA"))
			.andExpect(jsonPath("$[0].name").value("Africa"))
			.andExpect(jsonPath("$[4].code").value("LATIN_AMERICA_CARIBBEAN"));
	}

	@Test
	void aWrongPasswordIsRefused() throws Exception {
		this.mvc.perform(get("/api/regions").with(httpBasic("natcom-ie", "wrong")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void everyRoleMayReadTheReferenceData() throws Exception {
		for (String user : new String[] { "admin", "staff", "natcom-kr", "city-ybycui", "expert-01", "juror-05" }) {
			this.mvc.perform(get("/api/cities").with(httpBasic(user, "demo"))).andExpect(status().isOk());
		}
	}

	@Test
	void aCityHasTheFieldsOfTheContract() throws Exception {
		this.mvc.perform(get("/api/cities").with(httpBasic("expert-01", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", everyItem(isA(String.class))))
			.andExpect(jsonPath("$[*].countryCode", everyItem(matchesPattern("[A-Z]{2}"))))
			.andExpect(jsonPath("$[*].slug", everyItem(matchesPattern("[a-z0-9]+(-[a-z0-9]+)*"))))
			.andExpect(jsonPath("$[?(@.slug == 'cork')].name").value("Cork"))
			.andExpect(jsonPath("$[?(@.slug == 'cork')].countryCode").value("IE"))
			.andExpect(jsonPath("$[?(@.slug == 'cork')].region").value("EUROPE_NORTH_AMERICA"))
			.andExpect(jsonPath("$[?(@.slug == 'cork')].memberSince").value("2015-02-23"))
			.andExpect(jsonPath("$[?(@.slug == 'ybycui')].name").value("Ybycuí"));
	}

	@Test
	void oneCityByItsId() throws Exception {
		CityView cork = this.network.cityBySlug("cork").orElseThrow();
		this.mvc.perform(get("/api/cities/{id}", cork.id()).with(httpBasic("city-cork", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(String.valueOf(cork.id())))
			.andExpect(jsonPath("$.name").value("Cork"))
			.andExpect(jsonPath("$.slug").value("cork"))
			.andExpect(jsonPath("$.countryCode").value("IE"))
			.andExpect(jsonPath("$.region").value("EUROPE_NORTH_AMERICA"))
			.andExpect(jsonPath("$.memberSince").value("2015-02-23"));
	}

	@Test
	void anUnknownCityIsNotFound() throws Exception {
		for (String id : new String[] { "999999", "cork" }) {
			this.mvc.perform(get("/api/cities/{id}", id).with(httpBasic("staff", "demo")))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.status").value(404));
		}
	}

	@Test
	void citiesOfOneCountry() throws Exception {
		this.mvc.perform(get("/api/cities").param("country", "ie").with(httpBasic("natcom-ie", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].slug").value(org.hamcrest.Matchers.contains("cork", "dublin", "limerick")));
		this.mvc.perform(get("/api/cities").param("country", "KR").with(httpBasic("natcom-kr", "demo")))
			.andExpect(jsonPath("$", hasSize(6)));
	}

	@Test
	void countriesOfOneRegion() throws Exception {
		this.mvc.perform(get("/api/countries").param("region", "ARAB_STATES").with(httpBasic("staff", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(19)))
			.andExpect(jsonPath("$[*].code", hasItem("EG")))
			.andExpect(jsonPath("$[*].code", not(hasItem("IL"))))
			.andExpect(jsonPath("$[*].region", everyItem(org.hamcrest.Matchers.is("ARAB_STATES"))));
		this.mvc.perform(get("/api/countries").with(httpBasic("staff", "demo")))
			.andExpect(jsonPath("$[?(@.code == 'IE')].name").value("Ireland"))
			.andExpect(jsonPath("$[?(@.code == 'IE')].region").value("EUROPE_NORTH_AMERICA"));
	}

	@Test
	void anUnknownFilterIsInvalidInput() throws Exception {
		this.mvc.perform(get("/api/countries").param("region", "ATLANTIS").with(httpBasic("staff", "demo")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("region"));
		this.mvc.perform(get("/api/cities").param("country", "XX").with(httpBasic("staff", "demo")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("country"));
	}

}
