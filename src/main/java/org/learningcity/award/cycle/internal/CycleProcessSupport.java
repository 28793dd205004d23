package org.learningcity.award.cycle.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Component;

/** The expressions of the cycle process. */
@Component("cycleProcessSupport")
public class CycleProcessSupport {

	/**
	 * The ids of a comma-separated text variable ({@code "12,15"}), as texts: the review
	 * call activity's collection, each the business key of one review.
	 */
	public List<String> ids(String ids) {
		if (ids == null) {
			return List.of();
		}
		return Arrays.stream(ids.split(",")).map(String::strip).filter((id) -> !id.isEmpty()).toList();
	}

}
