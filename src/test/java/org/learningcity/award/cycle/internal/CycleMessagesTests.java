package org.learningcity.award.cycle.internal;

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
import org.learningcity.award.cycle.CycleStatus;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/** The cycle pages and messages speak English and French, completely. */
class CycleMessagesTests {

	private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(cycle\\.[A-Za-z0-9_.]+)");

	private static final Pattern JAVA_KEY = Pattern.compile("\"(cycle\\.[A-Za-z0-9_.]+)\"");

	@Test
	void everyStatusFieldAndHistoryEntryHasItsWords() throws IOException {
		for (String bundle : new String[] { "messages/cycle.properties", "messages/cycle_fr.properties" }) {
			Properties messages = load(bundle);
			for (CycleStatus status : CycleStatus.values()) {
				assertThat(messages).containsKey("cycle.status." + status)
					.containsKey("cycle.statusExplained." + status);
			}
			for (var field : CycleInput.class.getRecordComponents()) {
				assertThat(messages).containsKey("cycle.field." + field.getName())
					.containsKey("cycle.hint." + field.getName());
			}
			for (String action : new String[] { CycleService.CREATED, CycleService.CHANGED, CycleService.OPENED,
					CycleService.ADVANCED }) {
				assertThat(messages).containsKey("cycle.audit." + action);
			}
		}
	}

	@Test
	void everyKeyTheTemplatesAndTheCodeUseExists() throws IOException {
		Properties english = load("messages/cycle.properties");
		Set<String> used = new TreeSet<>();
		collect(Path.of("templates/cycle"), TEMPLATE_KEY, used);
		collect(Path.of("src/main/java/org/learningcity/award/cycle/internal"), JAVA_KEY, used);
		// prefixes completed at run time
		used.removeIf(key -> key.endsWith("."));
		assertThat(used).isNotEmpty().contains("cycle.rule.notDraft", "cycle.error.reminderTooLong");
		assertThat(used).allMatch(english::containsKey);
	}

	private static void collect(Path folder, Pattern pattern, Set<String> keys) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
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
