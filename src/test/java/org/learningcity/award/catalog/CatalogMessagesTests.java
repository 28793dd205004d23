package org.learningcity.award.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's own words exist in both languages (I18nTests checks every bundle and
 * template in general).
 */
class CatalogMessagesTests {

	@Test
	void everySourceLevelAndBreakdownHasANameInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages/catalog.properties", "messages/catalog_fr.properties" }) {
			Properties messages = load(bundle);
			for (Source source : Source.values()) {
				assertThat(messages).containsKey("catalog.source." + source);
			}
			for (int level = 1; level <= 5; level++) {
				assertThat(messages).containsKey("catalog.level." + level);
			}
			for (String breakdown : new String[] { "MALE", "FEMALE", "TOTAL", "BOYS", "GIRLS", "PUBLIC_SECTOR",
					"PRIVATE_SECTOR", "SCHOOLS", "COMMUNITY_LEARNING_SPACES", "PRE_PRIMARY", "PRIMARY", "SECONDARY",
					"ADULT_CONTINUING", "BASIC_EDUCATION" }) {
				assertThat(messages).containsKey("catalog.breakdown." + breakdown);
			}
		}
	}

	private static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
