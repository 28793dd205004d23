package org.learningcity.award.identity.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.learningcity.award.support.InvalidInputException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** What the account pages share: showing the service's refusals beside their fields. */
final class AccountPages {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private AccountPages() {
	}

	/**
	 * Puts each refused field's message beside the form field of the same name, or of the
	 * name that {@code renamed} gives it.
	 */
	static void reject(BindingResult result, InvalidInputException ex, Map<String, String> renamed) {
		for (InvalidInputException.FieldError error : ex.getErrors()) {
			String field = renamed.getOrDefault(error.field(), error.field());
			// keep what the person typed, so that the field shows it again beside the
			// message
			result.addError(new FieldError(result.getObjectName(), field, result.getRawFieldValue(field), false, null,
					null, error.message()));
		}
	}

	static String format(Instant instant) {
		return (instant != null) ? TIME.format(instant) : null;
	}

}
