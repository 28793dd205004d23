package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;

/** Numbers as people type them: {@code 12.5}, {@code 12,5}, {@code 1 200}. */
final class FormNumbers {

	private FormNumbers() {
	}

	/**
	 * The number, {@code null} if blank or unreadable (tell the two apart with
	 * {@link String#isBlank()}).
	 */
	static BigDecimal parse(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String compact = text.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
		if (compact.matches("-?\\d+,\\d+")) {
			compact = compact.replace(',', '.');
		}
		if (!compact.matches("-?(\\d+(\\.\\d*)?|\\.\\d+)")) {
			return null;
		}
		return new BigDecimal(compact);
	}

}
