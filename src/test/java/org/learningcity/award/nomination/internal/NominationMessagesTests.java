package org.learningcity.award.nomination.internal;

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
import org.learningcity.award.nomination.ApplicationStatus;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The application pages and messages speak English and French, completely. */
class NominationMessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(nomination\\.[A-Za-z0-9_.]+)");

	private static final Pattern JAVA_KEY = Pattern.compile("\"(nomination\\.[A-Za-z0-9_.]+)\"");

	@Test
	void everyStatusHasItsWords() throws IOException {
		for (String bundle : new String[] { "messages/nomination.properties", "messages/nomination_fr.properties" }) {
			Properties messages = load(bundle);
			for (ApplicationStatus status : ApplicationStatus.values()) {
				assertThat(messages).containsKey("nomination.status." + status)
					.containsKey("nomination.statusExplained." + status)
					.containsKey("nomination.show.comment." + status);
			}
		}
	}

	@Test
	void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
		Properties english = load("messages/nomination.properties");
		Set<String> used = new TreeSet<>();
		collect(Path.of("templates/nomination"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java/org/learningcity/award/nomination/internal"), JAVA_KEY, used);
		used.removeIf(key -> key.endsWith("."));
		assertThat(used).isNotEmpty().contains("nomination.rule.notEditable", "nomination.error.file.notPdf");
		assertThat(used).allMatch(english::containsKey);
	}

	private static void collect(Path folder, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files
				.filter(f -> f.getFileName().toString().startsWith("application") || f.toString().endsWith(".java"))
				.toList()) {
				Matcher matcher = pattern.matcher(Files.readString(file));
				while (matcher.find()) {
					keys.add(matcher.group(1));
				}
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
