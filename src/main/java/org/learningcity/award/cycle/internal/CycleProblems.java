package org.learningcity.award.cycle.internal;

import java.util.List;

import org.learningcity.award.support.InvalidInputException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns the problems of {@link CycleRules} into words, in the reader's language. */
@Component
class CycleProblems {

	private final MessageSource messages;

	CycleProblems(MessageSource messages) {
		this.messages = messages;
	}

	/** The problems as the exception that the API answers with 422. */
	InvalidInputException invalid(List<CycleRules.Problem> problems) {
		return new InvalidInputException(problems.stream()
			.map(p -> new InvalidInputException.FieldError(p.field(),
					this.messages.getMessage(p.key(), p.args(), p.key(), LocaleContextHolder.getLocale())))
			.toList());
	}

	/** The settings the rules accept, else the exception listing every problem. */
	org.learningcity.award.cycle.CycleSettings accepted(CycleInput input) {
		CycleRules.Checked checked = CycleRules.check(input);
		if (!checked.valid()) {
			throw invalid(checked.problems());
		}
		return checked.settings();
	}

}
