package org.learningcity.award.nomination.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Numbers as people type them into the statistics table. */
class FormNumbersTests {

	@Test
	void commonWaysOfWritingANumberAreRead() {
		assertThat(FormNumbers.parse("12.5")).isEqualByComparingTo("12.5");
		assertThat(FormNumbers.parse("12,5")).isEqualByComparingTo("12.5");
		assertThat(FormNumbers.parse("1 250")).isEqualByComparingTo("1250");
		assertThat(FormNumbers.parse("1\u202F250,75")).isEqualByComparingTo("1250.75");
		assertThat(FormNumbers.parse("-4")).isEqualByComparingTo("-4");
		assertThat(FormNumbers.parse(".5")).isEqualByComparingTo("0.5");
	}

	@Test
	void blanksAndWordsAreNotNumbers() {
		assertThat(FormNumbers.parse(null)).isNull();
		assertThat(FormNumbers.parse("  ")).isNull();
		assertThat(FormNumbers.parse("many")).isNull();
		assertThat(FormNumbers.parse("1e5")).isNull();
		assertThat(FormNumbers.parse("1,250.5")).isNull();
	}

	@Test
	void problemFieldsMapToTheFormsPaths() {
		assertThat(ApplicationForm.path("narratives.2.1.4.a")).isEqualTo("narratives[2.1.4.a]");
		assertThat(ApplicationForm.path("indicators.1.1.1.a.value")).isEqualTo("figures[1.1.1.a]");
		assertThat(ApplicationForm.path("indicators.1.1.1.a.breakdown.FEMALE")).isEqualTo("figures[1.1.1.a/FEMALE]");
		assertThat(ApplicationForm.path("indicators.1.1.1.a.year")).isEqualTo("years[1.1.1.a]");
		assertThat(ApplicationForm.path("consent.signedOn")).isEqualTo("consentSignedOn");
		assertThat(ApplicationForm.path("endorsement.endorsedOn")).isEqualTo("endorsementDate");
		assertThat(ApplicationForm.path("something")).isNull();
	}

}
