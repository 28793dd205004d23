package org.learningcity.award.nomination.internal;

import java.util.List;

import org.learningcity.award.support.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Turns the problems of {@link ApplicationRules} into words, in the reader's language.
 */
@Component
class NominationMessages {

	private final MessageSource messages;

	NominationMessages(MessageSource messages) {
		this.messages = messages;
	}

	String text(String key, Object... args) {
		return this.messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	InvalidInputException.FieldError error(ApplicationRules.Problem problem) {
		return new InvalidInputException.FieldError(problem.field(), text(problem.key(), problem.args()));
	}

	/** The problems as the exception that the API answers with 422. */
	InvalidInputException invalid(List<ApplicationRules.Problem> problems) {
		return new InvalidInputException(problems.stream().map(this::error).toList());
	}

}
