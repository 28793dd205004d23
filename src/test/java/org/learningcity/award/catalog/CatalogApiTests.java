package org.learningcity.award.catalog;

import org.junit.jupiter.api.Test;

import org.learningcity.award.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** {@code /api/catalog}: shapes, filters, and who may change the rubric. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
@Sql("/catalog/expert-account.sql")
class CatalogApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail audit;

	@Test
	void anySignedInAccountReadsThe42KeyFeaturesWithTheirMeasurements() throws Exception {
		this.mvc.perform(get("/api/catalog/features").with(httpBasic("catalog-expert", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(42)))
			.andExpect(jsonPath("$[0].code").value("1.1.1"))
			.andExpect(jsonPath("$[0].area.code").value("1"))
			.andExpect(jsonPath("$[0].area.title").value("1. Wider benefits of building a learning city"))
			.andExpect(jsonPath("$[0].focus.code").value("1.1"))
			.andExpect(jsonPath("$[0].focus.title").value("Empowering individuals and promoting social cohesion"))
			.andExpect(jsonPath("$[0].measurements[0].code").value("1.1.1.a"))
			.andExpect(jsonPath("$[0].measurements[0].name").value("Adult literacy rate"))
			.andExpect(jsonPath("$[0].measurements[0].source").value("OFFICIAL"))
			.andExpect(jsonPath("$[0].measurements[0].unit").value("%"))
			.andExpect(jsonPath("$[0].measurements[0].breakdowns[*].code")
				.value(org.hamcrest.Matchers.contains("MALE", "FEMALE", "TOTAL")))
			.andExpect(jsonPath("$[0].measurements[0].scale").doesNotExist())
			.andExpect(jsonPath("$[15].code").value("2.1.4"))
			.andExpect(jsonPath("$[15].measurements", hasSize(2)))
			.andExpect(jsonPath("$[15].measurements[1].code").value("2.1.4.b"))
			.andExpect(jsonPath("$[15].measurements[1].source").value("EXPERT_REVIEW"))
			.andExpect(jsonPath("$[15].measurements[1].scale").value(true))
			.andExpect(jsonPath("$[15].measurements[1].unit").doesNotExist())
			.andExpect(jsonPath("$[15].measurements[1].breakdowns").doesNotExist());
	}

	@Test
	void measurementsAreFilteredBySource() throws Exception {
		this.mvc.perform(get("/api/catalog/measurements").with(httpBasic("catalog-expert", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(CatalogDataTests.MEASUREMENTS)));
		this.mvc
			.perform(get("/api/catalog/measurements").param("source", "EXPERT_REVIEW")
				.with(httpBasic("catalog-expert", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(18)))
			.andExpect(jsonPath("$[*].source", everyItem(is("EXPERT_REVIEW"))))
			.andExpect(jsonPath("$[*].code")
				.value(org.hamcrest.Matchers.contains(CatalogDataTests.EXPERT_REVIEW_CODES.toArray())))
			.andExpect(jsonPath("$[0].feature").value("1.3.3"));
		this.mvc
			.perform(get("/api/catalog/measurements").param("source", "OFFICIAL_OR_SURVEY")
				.with(httpBasic("staff", "demo")))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("1.2.4.a", "2.3.1.a")));
	}

	@Test
	void anUnknownSourceIsABadRequest() throws Exception {
		this.mvc.perform(get("/api/catalog/measurements").param("source", "GUESSWORK").with(httpBasic("staff", "demo")))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anonymousCallersAreAskedToSignIn() throws Exception {
		this.mvc.perform(get("/api/catalog/features")).andExpect(status().isUnauthorized());
		this.mvc.perform(get("/api/catalog/measurements/2.1.4.a/rubric")).andExpect(status().isUnauthorized());
		this.mvc
			.perform(put("/api/catalog/measurements/2.1.4.a/rubric").with(csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(5, "Anything", 0)))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void theRubricOfAnExpertMeasurementHasFiveLevelsBestFirst() throws Exception {
		this.mvc.perform(get("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("catalog-expert", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("3.1.1.a"))
			.andExpect(jsonPath("$.name").value("Leadership"))
			.andExpect(jsonPath("$.levels[*].level").value(org.hamcrest.Matchers.contains(5, 4, 3, 2, 1)))
			.andExpect(jsonPath("$.levels[0].label").value("Excellent"))
			.andExpect(jsonPath("$.levels[4].label").value("Poor"))
			.andExpect(jsonPath("$.levels[0].version").value(0))
			.andExpect(jsonPath("$.levels[0].updatedAt").doesNotExist());
		this.mvc.perform(get("/api/catalog/measurements/1.1.1.a/rubric").with(httpBasic("catalog-expert", "demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.levels", hasSize(0)));
	}

	@Test
	void unknownMeasurementsAreNotFound() throws Exception {
		this.mvc.perform(get("/api/catalog/measurements/9.9.9.z/rubric").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/catalog/measurements/nonsense").with(httpBasic("staff", "demo")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(put("/api/catalog/measurements/9.9.9.z/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(5, "Anything", 0)))
			.andExpect(status().isNotFound());
		// a measurement experts do not score has no rubric to change
		this.mvc
			.perform(put("/api/catalog/measurements/1.1.1.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(5, "Anything", 0)))
			.andExpect(status().isNotFound());
	}

	@Test
	void staffChangeARubricLevelAndTheChangeIsAudited() throws Exception {
		String text = "A city-wide lifelong learning strategy led by the mayor for at least three years, with results.";
		this.mvc
			.perform(put("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(5, text, 0)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.levels[0].level").value(5))
			.andExpect(jsonPath("$.levels[0].description").value(text))
			.andExpect(jsonPath("$.levels[0].version").value(1))
			.andExpect(jsonPath("$.levels[0].updatedBy").value("staff"))
			.andExpect(jsonPath("$.levels[0].updatedAt").exists())
			.andExpect(jsonPath("$.levels[1].version").value(0));
		assertThat(this.audit.of("MEASUREMENT", "3.1.1.a")).singleElement().satisfies(event -> {
			assertThat(event.actor()).isEqualTo("staff");
			assertThat(event.action()).isEqualTo("RUBRIC_CHANGED");
			assertThat(event.detail()).contains("level 5").contains(text);
		});
	}

	@Test
	void expertsMayReadButNotChangeTheRubric() throws Exception {
		this.mvc
			.perform(put("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("catalog-expert", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(5, "An expert's own idea of excellence.", 0)))
			.andExpect(status().isForbidden());
		assertThat(this.audit.of("MEASUREMENT", "3.1.1.a")).isEmpty();
	}

	@Test
	void anEmptyOrTooLongTextIsRefusedFieldByField() throws Exception {
		this.mvc
			.perform(put("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"levels\":[{\"level\":5,\"description\":\"Fine.\",\"version\":0},"
						+ "{\"level\":4,\"description\":\"   \",\"version\":0}," + "{\"level\":3,\"description\":\""
						+ "x".repeat(2001) + "\",\"version\":0},"
						+ "{\"level\":6,\"description\":\"Off the scale.\",\"version\":0}]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers
				.containsInAnyOrder("levels[1].description", "levels[2].description", "levels[3].level")))
			.andExpect(jsonPath("$.errors[0].message").isNotEmpty());
		this.mvc
			.perform(put("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"levels\":[{\"level\":5,\"description\":\"No version.\"}]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("levels[0].version"));
		this.mvc
			.perform(put("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("levels"));
		// all or nothing: the valid level 5 was not saved either
		this.mvc.perform(get("/api/catalog/measurements/3.1.1.a/rubric").with(httpBasic("staff", "demo")))
			.andExpect(jsonPath("$.levels[0].version").value(0))
			.andExpect(jsonPath("$.levels[0].updatedBy").doesNotExist());
	}

	@Test
	void aChangeMadeOnAStaleVersionIsAConflict() throws Exception {
		this.mvc
			.perform(put("/api/catalog/measurements/3.3.5.a/rubric").with(httpBasic("staff", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(2, "Occasional international contacts, first change.", 0)))
			.andExpect(status().isOk());
		this.mvc
			.perform(put("/api/catalog/measurements/3.3.5.a/rubric").with(httpBasic("admin", "demo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body(2, "Occasional international contacts, second change.", 0)))
			.andExpect(status().isConflict());
	}

	private static String body(int level, String description, long version) {
		return "{\"levels\":[{\"level\":" + level + ",\"description\":\"" + description + "\",\"version\":" + version
				+ "}]}";
	}

}
