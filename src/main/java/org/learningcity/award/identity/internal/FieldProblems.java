package org.learningcity.award.identity.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.learningcity.award.support.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Collects what is wrong with a form, one message per field in the person's language, and
 * refuses it all at once.
 */
final class FieldProblems {

	private final MessageSource messages;

	private final Map<String, String> errors = new LinkedHashMap<>();

	FieldProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** Notes the first problem of a field; later ones of the same field are dropped. */
	void add(String field, String messageKey, Object... args) {
		this.errors.putIfAbsent(field, this.messages.getMessage(messageKey, args, LocaleContextHolder.getLocale()));
	}

	boolean has(String field) {
		return this.errors.containsKey(field);
	}

	void throwIfAny() {
		if (!this.errors.isEmpty()) {
			throw new InvalidInputException(this.errors.entrySet()
				.stream()
				.map(e -> new InvalidInputException.FieldError(e.getKey(), e.getValue()))
				.toList());
		}
	}

}
