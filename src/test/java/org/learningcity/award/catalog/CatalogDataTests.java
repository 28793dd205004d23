package org.learningcity.award.catalog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue as transcribed from "Key Features of Learning Cities" (the table "A list
 * of key features and measurements"): counts, the expert-review measurements, the rubric,
 * and a sample of texts compared word for word with the source.
 */
@SpringBootTest
@ActiveProfiles("test")
class CatalogDataTests {

	static final int MEASUREMENTS = 60;

	static final List<String> EXPERT_REVIEW_CODES = List.of("1.3.3.a", "2.1.4.a", "2.1.4.b", "2.2.1.b", "2.3.1.b",
			"2.3.2.a", "2.5.1.a", "2.6.1.a", "2.6.3.a", "3.1.1.a", "3.1.2.a", "3.1.3.a", "3.2.1.a", "3.2.2.a",
			"3.2.2.b", "3.3.2.a", "3.3.3.a", "3.3.5.a");

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFrameworkHasThreeAreasTwelveAreasOfFocusAnd42KeyFeatures() {
		assertThat(this.catalog.tree()).extracting(node -> node.area().title())
			.containsExactly("1. Wider benefits of building a learning city",
					"2. Major building blocks of a learning city",
					"3. Fundamental conditions for building a learning city");
		assertThat(this.catalog.tree().stream().flatMap(node -> node.focuses().stream()))
			.extracting(focus -> focus.focus().code())
			.containsExactly("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "3.1", "3.2", "3.3");
		assertThat(this.catalog.features()).hasSize(42);
		assertThat(this.catalog.features().get(0).code()).isEqualTo("1.1.1");
		assertThat(this.catalog.features().get(41).code()).isEqualTo("3.3.5");
		assertThat(count("catalog_area")).isEqualTo(3);
		assertThat(count("catalog_focus")).isEqualTo(12);
		assertThat(count("catalog_feature")).isEqualTo(42);
	}

	@Test
	void everyKeyFeatureHasAtLeastOneMeasurementAndTheirCodesFollowTheFeature() {
		assertThat(this.catalog.features()).allSatisfy(feature -> {
			assertThat(feature.measurements()).as(feature.code()).isNotEmpty();
			for (int i = 0; i < feature.measurements().size(); i++) {
				assertThat(feature.measurements().get(i).code().value())
					.isEqualTo(feature.code() + "." + (char) ('a' + i));
			}
			assertThat(feature.code()).startsWith(feature.focus().code() + ".");
			assertThat(feature.focus().code()).startsWith(feature.area().code() + ".");
		});
	}

	@Test
	void everyPossibleMeasurementIsTranscribed() {
		assertThat(this.catalog.measurements()).hasSize(MEASUREMENTS);
		assertThat(count("catalog_measurement")).isEqualTo(MEASUREMENTS);
		Map<Source, Long> bySource = this.catalog.measurements()
			.stream()
			.collect(Collectors.groupingBy(Measurement::source, Collectors.counting()));
		assertThat(bySource).containsEntry(Source.OFFICIAL, 24L)
			.containsEntry(Source.SURVEY, 16L)
			.containsEntry(Source.OFFICIAL_OR_SURVEY, 2L)
			.containsEntry(Source.EXPERT_REVIEW, 18L);
	}

	@Test
	void exactlyTheEighteenExpertReviewMeasurementsAreScoredByExperts() {
		assertThat(this.catalog.measurements(Source.EXPERT_REVIEW)).extracting(m -> m.code().value())
			.containsExactlyElementsOf(EXPERT_REVIEW_CODES);
		assertThat(this.catalog.measurements(Source.EXPERT_REVIEW))
			.allSatisfy(m -> assertThat(m.scale()).as(m.code().value()).isTrue())
			.allSatisfy(m -> assertThat(m.unit()).isNull());
	}

	@Test
	void theTwoSurveysOnTheScaleAreTheOnlyOtherScaledMeasurements() {
		assertThat(this.catalog.measurements().stream().filter(Measurement::scale).filter(m -> !m.isExpertReview()))
			.extracting(m -> m.code().value())
			.containsExactly("1.3.2.b", "1.3.3.b");
	}

	@Test
	void everyExpertMeasurementHasARubricOfFiveLevels() {
		for (String code : EXPERT_REVIEW_CODES) {
			List<RubricLevel> rubric = this.catalog.rubric(MeasurementCode.of(code));
			assertThat(rubric).as(code).extracting(RubricLevel::level).containsExactly(5, 4, 3, 2, 1);
			assertThat(rubric).as(code).allSatisfy(level -> assertThat(level.description()).hasSizeGreaterThan(80));
		}
		assertThat(count("rubric_level")).isEqualTo(90);
		assertThat(this.catalog.rubric(MeasurementCode.of("1.1.1.a"))).isEmpty();
	}

	@Test
	void namesAndDefinitionsAreWordForWordTheSource() {
		assertMeasurement("1.1.1.a", "Adult literacy rate",
				"Total number of literate persons aged 15 and above, expressed as a percentage of the total population of that age group");
		assertMeasurement("1.2.1.b", "Urban poverty",
				"Percentage of citizens living below US $1.25 a day (PPP) at 2005 international prices");
		assertMeasurement("1.2.3.b", "Patent filing", "Number of new patents per 100,000 inhabitants");
		assertMeasurement("1.3.3.a", "Education for sustainable development",
				"Effective measures for promoting sustainable development at all levels of education");
		assertMeasurement("2.1.3.a", "Participation in adult learning and education",
				"Percentage of citizens aged 25–64 that reported receiving education/training in the 12 months preceding the survey");
		assertMeasurement("2.1.4.b", "Support for senior citizens",
				"Measures adopted by the city authorities to support senior-citizen learners (aged 65 years and older)");
		assertMeasurement("2.2.1.b", "Policy initiative for supporting learning in families",
				"Availability of policy to support learning in families");
		assertMeasurement("2.3.1.b", "Migrant workers' participation in education and training",
				"Existence of initiatives or strategies adopted by city to support migrant workers' participation in education and training");
		assertMeasurement("2.4.2.d", "Participation in learning through the internet",
				"Average number of hours per week that citizens use the internet for learning purposes");
		assertMeasurement("2.5.1.a", "Paradigm shift in education and learning",
				"Education policy to promote a paradigm shift from teaching to learning, and from the mere acquisition of information to the development of creativity and learning skills");
		assertMeasurement("3.2.2.b", "Private sectors' commitment",
				"The existence of partnerships and cooperation between the city and the private sectors to support the learning city strategy");
		assertMeasurement("3.3.5.a", "International partnership",
				"Progress in facilitating and utilizing opportunities for international partnerships and exchanges with other learning cities");
	}

	@Test
	void featureTitlesAreWordForWordTheSource() {
		Map<String, String> titles = this.catalog.features()
			.stream()
			.collect(Collectors.toMap(KeyFeature::code, KeyFeature::title));
		assertThat(titles)
			.containsEntry("1.1.1",
					"Ensuring that every citizen has the opportunity to become literate and obtain basic skills")
			.containsEntry("1.2.4", "Ensuring access to diverse cultural activities")
			.containsEntry("2.1.4",
					"Providing support for marginalized groups, including migrant families, to ensure access to education")
			.containsEntry("2.4.2", "Expanding citizens' access to ICT tools and learning programmes")
			.containsEntry("3.3.1",
					"Encouraging greater financial investment in lifelong learning by government individuals");
		assertThat(this.catalog.featureOf(MeasurementCode.of("2.1.4.b")).focus().title())
			.isEqualTo("Promoting inclusive learning in the education system");
	}

	@Test
	void unitsSourcesAndBreakdownsFollowTheTable() {
		assertThat(measurement("1.1.1.a").breakdowns()).extracting(Breakdown::label)
			.containsExactly("Male", "Female", "Total");
		assertThat(measurement("2.1.1.a").breakdowns()).extracting(Breakdown::label)
			.containsExactly("Boys", "Girls", "Total");
		assertThat(measurement("2.1.2.a").unit()).isEqualTo("years");
		assertThat(measurement("2.3.3.a").breakdowns()).extracting(Breakdown::label)
			.containsExactly("Public sector", "Private sector");
		assertThat(measurement("2.4.1.a").breakdowns()).extracting(Breakdown::code)
			.containsExactly("SCHOOLS", "COMMUNITY_LEARNING_SPACES");
		assertThat(measurement("2.5.3.a").breakdowns()).extracting(Breakdown::label)
			.containsExactly("Pre-primary education", "Primary education", "Secondary education",
					"Adult and continuing education");
		assertThat(measurement("3.3.1.b").breakdowns()).extracting(Breakdown::label)
			.containsExactly("Basic education (ISCED 0-3)", "Adult and continuing education");
		assertThat(measurement("1.2.1.a").unit()).isEqualTo("US$");
		assertThat(measurement("1.2.4.a").source()).isEqualTo(Source.OFFICIAL_OR_SURVEY);
		assertThat(measurement("1.2.4.a").unit()).isEqualTo("No. of visits");
		assertThat(measurement("1.3.1.a").unit()).isEqualTo("No. of tonnes");
		assertThat(measurement("1.3.1.b").unit()).isEqualTo("Kg per capita");
		assertThat(measurement("1.1.4.a").unit()).isEqualTo("per 100,000 inhabitants");
		assertThat(measurement("2.4.2.d").unit()).isEqualTo("hours");
		assertThat(measurement("2.3.1.a").source()).isEqualTo(Source.OFFICIAL_OR_SURVEY);
		assertThat(measurement("1.3.2.b").source()).isEqualTo(Source.SURVEY);
	}

	private void assertMeasurement(String code, String name, String definition) {
		Measurement measurement = measurement(code);
		assertThat(measurement.name()).as(code).isEqualTo(name);
		assertThat(measurement.definition()).as(code).isEqualTo(definition);
	}

	private Measurement measurement(String code) {
		return this.catalog.measurement(MeasurementCode.of(code));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
