package org.learningcity.award.catalog;

import org.junit.jupiter.api.Test;

import org.learningcity.award.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.jdbc.Sql;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The catalogue pages and the staff's rubric form. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Transactional
@Sql("/catalog/expert-account.sql")
class CatalogPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail audit;

	@Test
	void aSignedInExpertSeesEveryAreaFocusKeyFeatureAndMeasurement() throws Exception {
		this.mvc.perform(get("/catalog").with(as("catalog-expert")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/features"))
			.andExpect(content().string(allOf(containsString("Key Features of Learning Cities"),
					containsString("3. Fundamental conditions for building a learning city"),
					containsString("Revitalising learning in families and communities"), containsString("3.3.5"),
					containsString("Support for disadvantaged groups"), containsString("Experts&#39; review"),
					containsString("Community learning spaces"), containsString("No. of visits"),
					containsString("href=\"/catalog/measurements/2.1.4.a\""))));
	}

	@Test
	void theCatalogueCanShowOnlyTheMeasurementsExpertsScore() throws Exception {
		this.mvc.perform(get("/catalog").param("source", "EXPERT_REVIEW").with(as("catalog-expert")))
			.andExpect(status().isOk())
			.andExpect(content().string(
					allOf(containsString("Support for senior citizens"), not(containsString("Adult literacy rate")))));
	}

	@Test
	void theCatalogueSpeaksFrenchWhileItsContentStaysEnglish() throws Exception {
		this.mvc.perform(get("/catalog").param("lang", "fr").with(as("catalog-expert")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Caractéristiques clés des villes apprenantes"),
					containsString("Examen par des experts"), containsString("Support for disadvantaged groups"),
					containsString("Hommes"))));
	}

	@Test
	void aMeasurementPageShowsItsDefinitionAndTheFiveLevelsOfItsRubric() throws Exception {
		this.mvc.perform(get("/catalog/measurements/2.6.1.a").with(as("catalog-expert")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/measurement"))
			.andExpect(content().string(allOf(containsString("Advocacy for learning"),
					containsString("Existence of public activities (adult learning week and learning festivals)"),
					containsString("5 Excellent"), containsString("4 Very good"), containsString("3 Good"),
					containsString("2 Fair"), containsString("1 Poor"),
					not(containsString("/catalog/measurements/2.6.1.a/rubric")))));
		this.mvc.perform(get("/catalog/measurements/2.6.1.a").with(as("staff")))
			.andExpect(content().string(containsString("href=\"/catalog/measurements/2.6.1.a/rubric\"")));
		this.mvc.perform(get("/catalog/measurements/1.1.1.a").with(as("catalog-expert")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Male"), containsString("it has no rubric"))));
	}

	@Test
	void onlyStaffOpenTheRubricForm() throws Exception {
		this.mvc.perform(get("/catalog/measurements/2.6.1.a/rubric").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/rubric-form"))
			.andExpect(content().string(containsString("name=\"levels[0].description\"")));
		this.mvc.perform(get("/catalog/measurements/2.6.1.a/rubric").with(as("catalog-expert")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/catalog/measurements/2.6.1.a/rubric").with(as("catalog-expert"))
				.with(csrf())
				.param("levels[0].level", "5")
				.param("levels[0].description", "An expert's idea.")
				.param("levels[0].version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.audit.of("MEASUREMENT", "2.6.1.a")).isEmpty();
	}

	@Test
	void staffSaveTheRubricAndAreToldSo() throws Exception {
		this.mvc
			.perform(post("/catalog/measurements/2.6.1.a/rubric").with(as("staff"))
				.with(csrf())
				.param("levels[0].level", "5")
				.param("levels[0].description", "An annual city-wide learning festival for at least three years.")
				.param("levels[0].version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/catalog/measurements/2.6.1.a"))
			.andExpect(flash().attribute("flash", "catalog.rubric.saved"));
		assertThat(this.audit.of("MEASUREMENT", "2.6.1.a")).singleElement()
			.satisfies(event -> assertThat(event.actor()).isEqualTo("staff"));
		this.mvc.perform(get("/catalog/measurements/2.6.1.a").with(as("staff")))
			.andExpect(content()
				.string(allOf(containsString("An annual city-wide learning festival for at least three years."),
						containsString("Changed by staff on"))));
	}

	@Test
	void anEmptyLevelIsShownBesideItsField() throws Exception {
		this.mvc
			.perform(post("/catalog/measurements/2.6.1.a/rubric").with(as("staff"))
				.with(csrf())
				.param("levels[0].level", "5")
				.param("levels[0].description", "Kept.")
				.param("levels[0].version", "0")
				.param("levels[1].level", "4")
				.param("levels[1].description", " ")
				.param("levels[1].version", "0"))
			.andExpect(status().isOk())
			.andExpect(view().name("catalog/rubric-form"))
			.andExpect(model().attributeHasFieldErrors("rubricForm", "levels[1].description"))
			.andExpect(content().string(allOf(containsString("class=\"field-error\""),
					containsString("Describe the evidence that earns this level."))));
		assertThat(this.audit.of("MEASUREMENT", "2.6.1.a")).isEmpty();
	}

	@Test
	void aStaleFormKeepsTheTypedTextAndShowsTheOtherChange() throws Exception {
		this.mvc
			.perform(post("/catalog/measurements/2.6.1.a/rubric").with(as("admin"))
				.with(csrf())
				.param("levels[0].level", "5")
				.param("levels[0].description", "The administrator's text.")
				.param("levels[0].version", "0"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/catalog/measurements/2.6.1.a/rubric").with(as("staff"))
				.with(csrf())
				.param("levels[0].level", "5")
				.param("levels[0].description", "The secretariat's text.")
				.param("levels[0].version", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasErrors("rubricForm"))
			.andExpect(content().string(allOf(containsString("Someone else changed this rubric"),
					containsString("The secretariat&#39;s text."), containsString("The administrator&#39;s text."))));
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
