package org.learningcity.award.consensus;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScoreTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5 })
	void wholeNumbersFromOneToFiveAreScores(int value) {
		assertThat(Score.of(value).value()).isEqualTo(value);
		assertThat(Score.of(value)).isEqualTo(new Score(value)).isSameAs(Score.of(value));
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 6, -1, 10, Integer.MIN_VALUE, Integer.MAX_VALUE })
	void numbersOutsideTheScaleAreRefused(int value) {
		assertThatThrownBy(() -> Score.of(value)).isInstanceOf(InvalidScoreException.class)
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessage("A score is a whole number from 1 to 5, not " + value + ".");
		assertThatThrownBy(() -> new Score(value)).isInstanceOf(InvalidScoreException.class);
	}

	@Test
	void zeroAndSixAreRefusedWithTheRangeMessageKey() {
		for (int value : new int[] { 0, 6 }) {
			assertThatThrownBy(() -> Score.of(value)).isInstanceOfSatisfying(InvalidScoreException.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("consensus.score.error.range");
				assertThat(ex.arguments()).containsExactly(Integer.toString(value));
			});
		}
	}

	@Test
	void aTypedScoreIsParsedIgnoringBlanks() {
		assertThat(Score.parse("4")).isEqualTo(Score.of(4));
		assertThat(Score.parse(" 1 ")).isEqualTo(Score.of(1));
		assertThat(Score.parse("+5")).isEqualTo(Score.of(5));
	}

	@Test
	void aFractionIsRefusedNotRounded() {
		assertThatThrownBy(() -> Score.parse("2.5")).isInstanceOfSatisfying(InvalidScoreException.class, ex -> {
			assertThat(ex)
				.hasMessage("A score is a whole number from 1 to 5, not a fraction like 2.5: choose 1, 2, 3, 4 or 5.");
			assertThat(ex.messageKey()).isEqualTo("consensus.score.error.fraction");
			assertThat(ex.input()).isEqualTo("2.5");
		});
		assertThatThrownBy(() -> Score.parse("3,0")).isInstanceOf(InvalidScoreException.class)
			.hasMessageContaining("not a fraction like 3,0");
		assertThatThrownBy(() -> Score.parse(".5")).hasMessageContaining("fraction");
	}

	@Test
	void textThatIsNotANumberIsRefused() {
		assertThatThrownBy(() -> Score.parse("abc")).isInstanceOfSatisfying(InvalidScoreException.class, ex -> {
			assertThat(ex).hasMessage("A score is a whole number from 1 to 5; 'abc' is not a number.");
			assertThat(ex.messageKey()).isEqualTo("consensus.score.error.notNumber");
		});
		assertThatThrownBy(() -> Score.parse("4 stars")).hasMessageContaining("'4 stars' is not a number");
		assertThatThrownBy(() -> Score.parse("1e1")).hasMessageContaining("is not a number");
	}

	@Test
	void typedNumbersOutsideTheScaleAreRefused() {
		assertThatThrownBy(() -> Score.parse("0")).hasMessage("A score is a whole number from 1 to 5, not 0.");
		assertThatThrownBy(() -> Score.parse("6")).hasMessage("A score is a whole number from 1 to 5, not 6.");
		assertThatThrownBy(() -> Score.parse("-3")).hasMessage("A score is a whole number from 1 to 5, not -3.");
		assertThatThrownBy(() -> Score.parse("99999999999")).isInstanceOf(InvalidScoreException.class)
			.hasMessageContaining("99999999999");
	}

	@Test
	void noTextIsAMissingScore() {
		for (String text : new String[] { null, "", "   " }) {
			assertThatThrownBy(() -> Score.parse(text)).isInstanceOfSatisfying(InvalidScoreException.class, ex -> {
				assertThat(ex).hasMessage("A score is required: a whole number from 1 to 5.");
				assertThat(ex.messageKey()).isEqualTo("consensus.score.error.required");
			});
		}
	}

	@Test
	void scoresOrderByValue() {
		assertThat(List.of(Score.of(3), Score.of(1), Score.of(5)).stream().sorted()).containsExactly(Score.of(1),
				Score.of(3), Score.of(5));
		assertThat(Score.of(2)).hasToString("2");
	}

	@Test
	void jsonHasTheScoreAsANumberAndRefusesFractionsAndOutOfRange() throws Exception {
		ObjectMapper json = new ObjectMapper();
		assertThat(json.writeValueAsString(Score.of(4))).isEqualTo("4");
		assertThat(json.readValue("3", Score.class)).isEqualTo(Score.of(3));
		assertThat(json.readValue("\"2\"", Score.class)).isEqualTo(Score.of(2));
		assertThatThrownBy(() -> json.readValue("2.5", Score.class)).isInstanceOf(ValueInstantiationException.class)
			.hasRootCauseInstanceOf(InvalidScoreException.class)
			.hasMessageContaining("fraction like 2.5");
		assertThatThrownBy(() -> json.readValue("6", Score.class)).hasRootCauseInstanceOf(InvalidScoreException.class);
		assertThatThrownBy(() -> json.readValue("\"abc\"", Score.class))
			.hasRootCauseInstanceOf(InvalidScoreException.class);
	}

	@Test
	void everyScoreHasALabelInEnglishAndFrench() throws IOException {
		Properties english = load("messages/consensus.properties");
		Properties french = load("messages/consensus_fr.properties");
		assertThat(english.getProperty(Score.of(5).messageKey())).isEqualTo("Excellent");
		assertThat(english.getProperty(Score.of(4).messageKey())).isEqualTo("Very good");
		assertThat(english.getProperty(Score.of(3).messageKey())).isEqualTo("Good");
		assertThat(english.getProperty(Score.of(2).messageKey())).isEqualTo("Fair");
		assertThat(english.getProperty(Score.of(1).messageKey())).isEqualTo("Poor");
		for (int value = Score.MIN; value <= Score.MAX; value++) {
			assertThat(french.getProperty(Score.of(value).messageKey())).isNotBlank();
		}
		for (String key : List.of("consensus.score.error.required", "consensus.score.error.range",
				"consensus.score.error.fraction", "consensus.score.error.notNumber", Consensus.RULE_KEY)) {
			assertThat(english).containsKey(key);
			assertThat(french).containsKey(key);
		}
	}

	static Properties load(String path) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(new ClassPathResource(path).getInputStream(),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
