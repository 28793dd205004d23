package org.learningcity.award.identity;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The identity bundles are complete in English and French and cover the templates. */
class IdentityMessagesTests {

	private static final Pattern KEY = Pattern.compile("#\\{(identity\\.[A-Za-z0-9_.]+)");

	@Test
	void frenchHasEveryEnglishKeyAndNoOther() throws IOException {
		Properties english = load("messages/identity.properties");
		Properties french = load("messages/identity_fr.properties");
		assertThat(french.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(english.stringPropertyNames()).allMatch(key -> key.startsWith("identity."));
		assertThat(french.stringPropertyNames()).allMatch(key -> !french.getProperty(key).isBlank());
	}

	@Test
	void everyKeyTheTemplatesUseExists() throws IOException {
		Properties english = load("messages/identity.properties");
		Set<String> used = new HashSet<>();
		try (Stream<Path> files = Files.walk(Path.of("templates/identity"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
				Matcher matcher = KEY.matcher(Files.readString(file));
				while (matcher.find()) {
					used.add(matcher.group(1));
				}
			}
		}
		for (Role role : Role.values()) {
			used.add("identity.role." + role.name());
		}
		used.add("identity.language.en");
		used.add("identity.language.fr");
		assertThat(used).isNotEmpty().allMatch(english::containsKey);
	}

	private static Properties load(String resource) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = IdentityMessagesTests.class.getClassLoader().getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
