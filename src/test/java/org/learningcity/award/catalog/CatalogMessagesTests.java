package org.learningcity.award.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalogue's pages speak English and French, completely. */
class CatalogMessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{(catalog\\.[A-Za-z0-9_.]+)");

	@Test
	void englishAndFrenchBundlesHaveTheSameKeys() throws IOException {
		Properties english = load("messages/catalog.properties");
		Properties french = load("messages/catalog_fr.properties");
		assertThat(english.stringPropertyNames()).isNotEmpty()
			.allMatch(key -> key.startsWith("catalog."))
			.containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
		assertThat(french.values()).allMatch(value -> !value.toString().isBlank());
	}

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

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Properties english = load("messages/catalog.properties");
		Set<String> used = new TreeSet<>();
		try (Stream<Path> templates = Files.list(Path.of("templates/catalog"))) {
			for (Path template : templates.toList()) {
				Matcher matcher = KEY.matcher(Files.readString(template));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		assertThat(used).isNotEmpty().allMatch(english::containsKey);
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
