package org.learningcity.award.shortlist;

import java.util.List;

/**
 * Why a nomination is in or out of a shortlist, as a message key of
 * {@code messages/shortlist} with its arguments, e.g.
 * {@code shortlist.reason.country-limit} with {@code ["Espoo", 3, "Finland", 2]}.
 *
 * @param code the message key
 * @param args the message's arguments (texts and numbers)
 * @param text the message in English, for API clients and logs
 */
public record Reason(String code, List<Object> args, String text) {

	public Reason {
		args = List.copyOf(args);
	}

}
