package org.learningcity.award.catalog;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of a possible measurement: its key feature's code and a letter, e.g.
 * {@code 2.1.4.b} (the second measurement of key feature 2.1.4).
 */
public record MeasurementCode(String value) implements Comparable<MeasurementCode> {

	private static final Pattern FORM = Pattern.compile("\\d{1,2}\\.\\d{1,2}\\.\\d{1,2}\\.[a-z]");

	public MeasurementCode {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException(
					"A measurement code has the form n.n.n.x (e.g. 2.1.4.a), not '" + value + "'.");
		}
	}

	@JsonCreator
	public static MeasurementCode of(String value) {
		return new MeasurementCode(value);
	}

	/** Whether the text is a well-formed measurement code. */
	public static boolean isValid(String value) {
		return value != null && FORM.matcher(value).matches();
	}

	/** The code of the key feature this measurement belongs to, e.g. {@code 2.1.4}. */
	public String featureCode() {
		return this.value.substring(0, this.value.lastIndexOf('.'));
	}

	@JsonValue
	@Override
	public String value() {
		return this.value;
	}

	@Override
	public int compareTo(MeasurementCode other) {
		String[] mine = this.value.split("\\.");
		String[] theirs = other.value.split("\\.");
		for (int i = 0; i < 3; i++) {
			int order = Integer.compare(Integer.parseInt(mine[i]), Integer.parseInt(theirs[i]));
			if (order != 0) {
				return order;
			}
		}
		return mine[3].compareTo(theirs[3]);
	}

	@Override
	public String toString() {
		return this.value;
	}

}
