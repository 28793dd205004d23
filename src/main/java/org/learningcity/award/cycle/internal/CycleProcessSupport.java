package org.learningcity.award.cycle.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/** The expressions of the cycle process. */
@Component("cycleProcessSupport")
public class CycleProcessSupport {

	/**
	 * The ids of a comma-separated text variable ({@code "12,15"}), as texts: the review
	 * call activity's collection, each the business key of one review. A large cycle's
	 * list (more than a text variable's 4,000 characters, ~600 nominations) comes as the
	 * same text in UTF-8 bytes.
	 */
	public List<String> ids(Object ids) {
		String text = (ids instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: (ids != null) ? ids.toString() : null;
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).toList();
	}

}
