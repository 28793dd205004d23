package org.learningcity.award.consensus;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An expert's score of one measurement on the Award's scale: 5 Excellent, 4 Very good, 3
 * Good, 2 Fair, 1 Poor. Only whole numbers from 1 to 5 are scores: {@link #of(int)}
 * rejects 0 and 6, {@link #parse(String)} also rejects "2.5" and "abc", each with an
 * {@link InvalidScoreException} whose message says what is wrong (and a message key for
 * pages). Scores order by value.
 *
 * @param value the score, 1..5
 */
public record Score(int value) implements Comparable<Score> {

	/** The lowest score, 1 (Poor). */
	public static final int MIN = 1;

	/** The highest score, 5 (Excellent). */
	public static final int MAX = 5;

	private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?\\d{1,9}");

	private static final Pattern DECIMAL_NUMBER = Pattern.compile("[+-]?(\\d+[.,]\\d*|[.,]\\d+)");

	private static final Score[] SCORES = { new Score(1), new Score(2), new Score(3), new Score(4), new Score(5) };

	public Score {
		if (value < MIN || value > MAX) {
			throw InvalidScoreException.outOfRange(Integer.toString(value));
		}
	}

	/**
	 * The score with this value.
	 * @throws InvalidScoreException unless the value is 1, 2, 3, 4 or 5
	 */
	public static Score of(int value) {
		if (value < MIN || value > MAX) {
			throw InvalidScoreException.outOfRange(Integer.toString(value));
		}
		return SCORES[value - MIN];
	}

	/**
	 * The score a person typed or a form sent, e.g. {@code "4"} (surrounding blanks are
	 * ignored).
	 * @throws InvalidScoreException for no text, a fraction ({@code "2.5"}), a text that
	 * is not a number ({@code "abc"}) or a whole number outside 1..5
	 */
	public static Score parse(String text) {
		String trimmed = (text != null) ? text.strip() : "";
		if (trimmed.isEmpty()) {
			throw InvalidScoreException.missing();
		}
		if (WHOLE_NUMBER.matcher(trimmed).matches()) {
			return of(Integer.parseInt(trimmed));
		}
		if (DECIMAL_NUMBER.matcher(trimmed).matches()) {
			throw InvalidScoreException.notWhole(trimmed);
		}
		throw InvalidScoreException.notANumber(trimmed);
	}

	/**
	 * The score in JSON: a whole number 1..5, or the same as a string. A fraction is
	 * refused rather than rounded (Jackson would otherwise cut 2.5 down to 2).
	 */
	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	static Score fromJson(Object json) {
		if (json instanceof Integer || json instanceof Long || json instanceof Short) {
			long value = ((Number) json).longValue();
			if (value < MIN || value > MAX) {
				throw InvalidScoreException.outOfRange(Long.toString(value));
			}
			return of((int) value);
		}
		if (json instanceof Number number) {
			throw InvalidScoreException.notWhole(number.toString());
		}
		if (json instanceof String text) {
			return parse(text);
		}
		throw InvalidScoreException.notANumber(String.valueOf(json));
	}

	/** The score's value, 1..5. */
	@JsonValue
	@Override
	public int value() {
		return this.value;
	}

	/**
	 * The key of the score's label in {@code messages/consensus}:
	 * {@code consensus.score.5} is "Excellent" ... {@code consensus.score.1} is "Poor".
	 */
	public String messageKey() {
		return "consensus.score." + this.value;
	}

	@Override
	public int compareTo(Score other) {
		return Integer.compare(this.value, other.value);
	}

	@Override
	public String toString() {
		return Integer.toString(this.value);
	}

}
