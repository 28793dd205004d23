package org.learningcity.award.consensus;

/**
 * A value that is not a score on the 1–5 scale. The message says what is wrong in plain
 * English (for the API and logs); {@link #messageKey()} with {@link #arguments()} says
 * the same in {@code messages/consensus} for pages.
 */
public class InvalidScoreException extends IllegalArgumentException {

	private final String messageKey;

	private final String input;

	private InvalidScoreException(String message, String messageKey, String input) {
		super(message);
		this.messageKey = messageKey;
		this.input = input;
	}

	static InvalidScoreException missing() {
		return new InvalidScoreException("A score is required: a whole number from 1 to 5.",
				"consensus.score.error.required", "");
	}

	static InvalidScoreException outOfRange(String input) {
		return new InvalidScoreException("A score is a whole number from 1 to 5, not " + input + ".",
				"consensus.score.error.range", input);
	}

	static InvalidScoreException notWhole(String input) {
		return new InvalidScoreException(
				"A score is a whole number from 1 to 5, not a fraction like " + input + ": choose 1, 2, 3, 4 or 5.",
				"consensus.score.error.fraction", input);
	}

	static InvalidScoreException notANumber(String input) {
		return new InvalidScoreException("A score is a whole number from 1 to 5; '" + input + "' is not a number.",
				"consensus.score.error.notNumber", input);
	}

	/** The key of this problem's text in {@code messages/consensus}. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The arguments of the message: the value that was refused. */
	public Object[] arguments() {
		return new Object[] { this.input };
	}

	/** The value that was refused, as given (blank when there was none). */
	public String input() {
		return this.input;
	}

}
