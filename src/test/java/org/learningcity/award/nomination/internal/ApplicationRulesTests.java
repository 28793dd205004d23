package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationContent.Consent;
import org.learningcity.award.nomination.ApplicationContent.Endorsement;
import org.learningcity.award.nomination.ApplicationContent.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of an application's content, field by field, without Spring. */
class ApplicationRulesTests {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	static final Measurement NARRATIVE_A = measurement("2.1.4.a", Source.EXPERT_REVIEW, null, true);

	static final Measurement NARRATIVE_B = measurement("3.1.1.a", Source.EXPERT_REVIEW, null, true);

	static final Measurement LITERACY = new Measurement(MeasurementCode.of("1.1.1.a"), "1.1.1", "Adult literacy rate",
			"Percentage of adults who can read", Source.OFFICIAL, false, "%",
			List.of(new Breakdown("MALE", "Male"), new Breakdown("FEMALE", "Female"), new Breakdown("TOTAL", "Total")));

	static final Measurement ELECTION = measurement("1.1.2.a", Source.OFFICIAL, "% (year)", false);

	static final Measurement CRIME = measurement("1.1.4.a", Source.OFFICIAL, "per 100,000 inhabitants", false);

	static final Measurement SATISFACTION = measurement("2.5.4.b", Source.SURVEY, null, true);

	final ApplicationRules rules = new ApplicationRules(
			List.of(LITERACY, ELECTION, CRIME, NARRATIVE_A, SATISFACTION, NARRATIVE_B), TODAY);

	static Measurement measurement(String code, Source source, String unit, boolean scale) {
		return new Measurement(MeasurementCode.of(code), code.substring(0, code.lastIndexOf('.')), "Name " + code,
				"Definition " + code, source, scale, unit, List.of());
	}

	static ApplicationContent narratives(Map<String, String> narratives) {
		return new ApplicationContent(narratives, null, null, null);
	}

	static ApplicationContent indicator(String code, Indicator indicator) {
		return new ApplicationContent(null, Map.of(code, indicator), null, null);
	}

	static Indicator value(String value) {
		return new Indicator(new BigDecimal(value), null, null);
	}

	List<String> fields(ApplicationContent content) {
		return this.rules.check(content).problems().stream().map(ApplicationRules.Problem::field).toList();
	}

	List<String> keys(ApplicationContent content) {
		return this.rules.check(content).problems().stream().map(ApplicationRules.Problem::key).toList();
	}

	@Test
	void expertAndStatisticalMeasurementsAreToldApartInTheCataloguesOrder() {
		assertThat(this.rules.expertMeasurements()).containsExactly(NARRATIVE_A, NARRATIVE_B);
		assertThat(this.rules.statisticalMeasurements()).containsExactly(LITERACY, ELECTION, CRIME, SATISFACTION);
	}

	@Test
	void aNarrativeUpToTheLimitIsAcceptedAndOneCharacterMoreIsNot() {
		assertThat(fields(narratives(Map.of("2.1.4.a", "x".repeat(3000))))).isEmpty();
		assertThat(keys(narratives(Map.of("2.1.4.a", "x".repeat(3001)))))
			.containsExactly("nomination.error.narrative.tooLong");
	}

	@Test
	void narrativesAreTrimmedAndWindowsLineEndsCountAsOneCharacter() {
		ApplicationRules.Checked checked = this.rules
			.check(narratives(Map.of("2.1.4.a", "  " + "ab\r\n".repeat(1000) + "  \u0000")));
		assertThat(checked.valid()).isTrue();
		assertThat(checked.content().narratives().get("2.1.4.a")).hasSize(2999).doesNotContain("\r", "\u0000");
	}

	@Test
	void aBlankNarrativeIsDropped() {
		assertThat(this.rules.check(narratives(Map.of("2.1.4.a", " \n "))).content().narratives()).isEmpty();
	}

	@Test
	void narrativesAreOnlyForMeasurementsTheExpertsReview() {
		assertThat(fields(narratives(Map.of("9.9.9.z", "x", "1.1.1.a", "y", "nonsense", "z"))))
			.containsExactlyInAnyOrder("narratives.9.9.9.z", "narratives.1.1.1.a", "narratives.nonsense");
	}

	@Test
	void percentagesAreBetweenZeroAndHundred() {
		assertThat(fields(indicator("1.1.2.a", value("0")))).isEmpty();
		assertThat(fields(indicator("1.1.2.a", value("100")))).isEmpty();
		assertThat(keys(indicator("1.1.2.a", value("-0.1")))).containsExactly("nomination.error.indicator.percentage");
		assertThat(keys(indicator("1.1.2.a", value("100.01"))))
			.containsExactly("nomination.error.indicator.percentage");
	}

	@Test
	void percentagesByBreakdownAreCheckedPartByPart() {
		Indicator byBreakdown = new Indicator(null,
				Map.of("MALE", new BigDecimal("91"), "FEMALE", new BigDecimal("101")), 2024);
		assertThat(fields(indicator("1.1.1.a", byBreakdown))).containsExactly("indicators.1.1.1.a.breakdown.FEMALE");
	}

	@Test
	void onlyTheMeasurementsBreakdownsAreAccepted() {
		Indicator unknown = new Indicator(null, Map.of("MARTIANS", BigDecimal.ONE), null);
		assertThat(keys(indicator("1.1.1.a", unknown))).containsExactly("nomination.error.indicator.breakdown");
	}

	@Test
	void countsAndRatesAreNeverNegativeNorImplausiblyLarge() {
		assertThat(fields(indicator("1.1.4.a", value("0")))).isEmpty();
		assertThat(keys(indicator("1.1.4.a", value("-1")))).containsExactly("nomination.error.indicator.negative");
		assertThat(keys(indicator("1.1.4.a", value("1000000000001"))))
			.containsExactly("nomination.error.indicator.tooLarge");
	}

	@Test
	void judgementsOnTheScaleAreOneToFive() {
		assertThat(fields(indicator("2.5.4.b", value("5")))).isEmpty();
		assertThat(keys(indicator("2.5.4.b", value("0")))).containsExactly("nomination.error.indicator.scale");
		assertThat(keys(indicator("2.5.4.b", value("6")))).containsExactly("nomination.error.indicator.scale");
	}

	@Test
	void theYearOfTheDataIsFrom2000ToThisYear() {
		assertThat(fields(indicator("1.1.4.a", new Indicator(BigDecimal.TEN, null, 2000)))).isEmpty();
		assertThat(fields(indicator("1.1.4.a", new Indicator(BigDecimal.TEN, null, 2026)))).isEmpty();
		assertThat(fields(indicator("1.1.4.a", new Indicator(BigDecimal.TEN, null, 1999))))
			.containsExactly("indicators.1.1.4.a.year");
		assertThat(fields(indicator("1.1.4.a", new Indicator(BigDecimal.TEN, null, 2027))))
			.containsExactly("indicators.1.1.4.a.year");
	}

	@Test
	void statisticsAreOnlyForStatisticalMeasurements() {
		assertThat(fields(indicator("2.1.4.a", value("3")))).containsExactly("indicators.2.1.4.a");
		assertThat(fields(indicator("9.9.9.z", value("3")))).containsExactly("indicators.9.9.9.z");
	}

	@Test
	void figuresAreRoundedToFourDecimalsAndAYearAloneSaysNothing() {
		ApplicationRules.Checked checked = this.rules.check(new ApplicationContent(null,
				Map.of("1.1.4.a", value("12.345678"), "1.1.2.a", new Indicator(null, null, 2020)), null, null));
		assertThat(checked.valid()).isTrue();
		assertThat(checked.content().indicators()).containsOnlyKeys("1.1.4.a");
		assertThat(checked.content().indicators().get("1.1.4.a").value()).isEqualByComparingTo("12.3457");
	}

	@Test
	void theConsentAndTheEndorsementAreDatedNotInTheFutureAndNotTooLong() {
		ApplicationContent content = new ApplicationContent(null, null,
				new Consent("x".repeat(201), "Coordinator", TODAY.plusDays(1)),
				new Endorsement("Mayor", "y".repeat(3001), LocalDate.of(1999, 12, 31)));
		assertThat(fields(content)).containsExactlyInAnyOrder("consent.signatory", "consent.signedOn",
				"endorsement.statement", "endorsement.endorsedOn");
	}

	@Test
	void anApplicationNeedsEveryNarrativeTheConsentAndTheEndorsementButNoStatistics() {
		assertThat(this.rules.missing(ApplicationContent.empty())).extracting(ApplicationRules.Problem::field)
			.containsExactly("narratives.2.1.4.a", "narratives.3.1.1.a", "consent", "endorsement");
		ApplicationContent complete = new ApplicationContent(Map.of("2.1.4.a", "a", "3.1.1.a", "b"), null,
				new Consent("A", "B", TODAY), new Endorsement("C", "D", TODAY));
		assertThat(this.rules.missing(complete)).isEmpty();
		ApplicationContent halfConsent = new ApplicationContent(Map.of("2.1.4.a", "a", "3.1.1.a", "b"), null,
				new Consent("A", null, TODAY), new Endorsement("C", "D", null));
		assertThat(this.rules.missing(halfConsent)).extracting(ApplicationRules.Problem::field)
			.containsExactly("consent", "endorsement");
	}

	@Test
	void aPartlyValidDraftKeepsTheValidPartsAsTypedAndTheOthersAsStored() {
		ApplicationContent stored = new ApplicationContent(Map.of("2.1.4.a", "old A", "3.1.1.a", "old B"),
				Map.of("1.1.4.a", value("5")), new Consent("Old signatory", "Old position", TODAY), null);
		ApplicationContent typed = new ApplicationContent(Map.of("2.1.4.a", "new A", "3.1.1.a", "x".repeat(4000)),
				Map.of("1.1.4.a", value("-5"), "1.1.2.a", value("50")),
				new Consent("New signatory", "New position", TODAY.plusDays(3)), null);
		ApplicationRules.Checked checked = this.rules.check(typed);
		ApplicationContent accepted = ApplicationRules.acceptedPart(stored, checked.content(), checked.problems(),
				Set.of("2.1.4.a", "3.1.1.a"), Set.of("1.1.4.a", "1.1.2.a"));
		assertThat(accepted.narratives()).containsEntry("2.1.4.a", "new A").containsEntry("3.1.1.a", "old B");
		assertThat(accepted.indicators().get("1.1.4.a").value()).isEqualByComparingTo("5");
		assertThat(accepted.indicators().get("1.1.2.a").value()).isEqualByComparingTo("50");
		assertThat(accepted.consent()).isEqualTo(new Consent("New signatory", "New position", TODAY));
		assertThat(this.rules.check(accepted).valid()).isTrue();
	}

	@Test
	void aFieldClearedInTheFormIsClearedInTheDraft() {
		ApplicationContent stored = new ApplicationContent(Map.of("2.1.4.a", "old A"), Map.of("1.1.4.a", value("5")),
				null, null);
		ApplicationContent typed = new ApplicationContent(Map.of("2.1.4.a", ""),
				Map.of("1.1.4.a", new Indicator(null, null, null)), null, null);
		ApplicationRules.Checked checked = this.rules.check(typed);
		ApplicationContent accepted = ApplicationRules.acceptedPart(stored, checked.content(), checked.problems(),
				Set.of("2.1.4.a"), Set.of("1.1.4.a"));
		assertThat(accepted.narratives()).isEmpty();
		assertThat(accepted.indicators()).isEmpty();
	}

}
