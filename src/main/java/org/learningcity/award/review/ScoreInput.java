package org.learningcity.award.review;

/**
 * What an expert entered for one measurement: the score as typed or sent (a whole number
 * 1..5) and the justification.
 *
 * @param score the score's text, e.g. {@code "4"}; may be blank in a draft
 * @param justification why; may be blank in a draft, required to submit
 */
public record ScoreInput(String score, String justification) {

	/** A score and its justification. */
	public static ScoreInput of(int score, String justification) {
		return new ScoreInput(Integer.toString(score), justification);
	}

}
