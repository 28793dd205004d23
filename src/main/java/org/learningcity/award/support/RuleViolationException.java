package org.learningcity.award.support;

/**
 * A rule of the Award forbids the action now (the quota is reached, the deadline has
 * passed, the object is in the wrong state): answered with 409 and a message the person
 * can act on.
 */
public class RuleViolationException extends RuntimeException {

	private final String code;

	public RuleViolationException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** A stable, machine-readable name of the rule, e.g. {@code cycle.not-draft}. */
	public String getCode() {
		return this.code;
	}

}
