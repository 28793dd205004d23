package org.learningcity.award.cycle.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

	/**
	 * The same ids in groups of about the square root of their number, each group's ids
	 * comma-separated ({@code "12,15,17"}), in order: the review sub-process's outer
	 * collection. A multi-instance looks at all its instances each time one of them ends,
	 * so with n reviews in one, the cycle did n² such reads; in groups of √n, an end
	 * reads its group's (and a group's end the groups').
	 */
	public List<String> groups(Object ids) {
		List<String> all = ids(ids);
		int size = Math.max(1, (int) Math.ceil(Math.sqrt(all.size())));
		List<String> groups = new ArrayList<>();
		for (int from = 0; from < all.size(); from += size) {
			groups.add(String.join(",", all.subList(from, Math.min(all.size(), from + size))));
		}
		return groups;
	}

}
