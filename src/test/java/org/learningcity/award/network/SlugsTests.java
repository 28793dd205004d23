package org.learningcity.award.network;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void accentsAreStrippedAndLettersLowerCased() {
		assertThat(Slugs.of("Ybycuí")).isEqualTo("ybycui");
		assertThat(Slugs.of("Pécs")).isEqualTo("pecs");
		assertThat(Slugs.of("Medellín")).isEqualTo("medellin");
	}

	@Test
	void spacesAndPunctuationBecomeSingleHyphens() {
		assertThat(Slugs.of("Mexico City")).isEqualTo("mexico-city");
		assertThat(Slugs.of("N'Zérékoré")).isEqualTo("n-zerekore");
		assertThat(Slugs.of("Mayo-Baléo")).isEqualTo("mayo-baleo");
		assertThat(Slugs.of("  Saint-Étienne, (Loire) ")).isEqualTo("saint-etienne-loire");
	}

	@Test
	void lettersWithoutDecompositionGetTheirAsciiSpelling() {
		assertThat(Slugs.of("Sønderborg")).isEqualTo("sonderborg");
		assertThat(Slugs.of("Łódź")).isEqualTo("lodz");
		assertThat(Slugs.of("Straße")).isEqualTo("strasse");
	}

	@Test
	void slugsAreLowerCaseAsciiWithHyphensOnly() {
		assertThat(Slugs.of("Yeonsu-gu 2")).matches("[a-z0-9]+(-[a-z0-9]+)*");
	}

}
