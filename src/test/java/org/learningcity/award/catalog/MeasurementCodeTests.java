package org.learningcity.award.catalog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class MeasurementCodeTests {

	@Test
	void aCodeIsItsFeatureCodeAndALetter() {
		MeasurementCode code = MeasurementCode.of("2.1.4.b");
		assertThat(code.value()).isEqualTo("2.1.4.b");
		assertThat(code.featureCode()).isEqualTo("2.1.4");
		assertThat(code).hasToString("2.1.4.b").isEqualTo(new MeasurementCode("2.1.4.b"));
	}

	@Test
	void malformedCodesAreRefused() {
		for (String wrong : new String[] { null, "", "2.1.4", "2.1.4.A", "2.1.4.ab", "2.1.x.a", "2.1.4.a ", "a.b.c.d",
				"2..4.a" }) {
			assertThatIllegalArgumentException().as(String.valueOf(wrong)).isThrownBy(() -> MeasurementCode.of(wrong));
			assertThat(MeasurementCode.isValid(wrong)).isFalse();
		}
	}

	@Test
	void codesSortInTheFrameworksOrder() {
		assertThat(MeasurementCode.of("2.1.10.a")).isGreaterThan(MeasurementCode.of("2.1.9.b"));
		assertThat(MeasurementCode.of("1.3.3.b")).isGreaterThan(MeasurementCode.of("1.3.3.a"));
		assertThat(MeasurementCode.of("3.1.1.a")).isGreaterThan(MeasurementCode.of("2.6.3.a"));
	}

}
