package org.learningcity.award.support;

import java.util.List;

/**
 * Input that breaks the rules of a form, field by field: answered with 422 and
 * {@code errors: [{field, message}]} in the API, shown beside each field on pages.
 */
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(List<FieldError> errors) {
		super(errors.isEmpty() ? "Invalid input." : errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public List<FieldError> getErrors() {
		return this.errors;
	}

	/** One field's problem, in words the person can act on. */
	public record FieldError(String field, String message) {
	}

}
