package org.learningcity.award.network;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkMessagesTests {

	@Test
	void everyRegionHasANameInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages/network.properties", "messages/network_fr.properties" }) {
			Properties messages = load(bundle);
			assertThat(RegionView.CODES).allMatch(code -> messages.containsKey("network.region." + code));
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
