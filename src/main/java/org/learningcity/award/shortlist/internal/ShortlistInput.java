package org.learningcity.award.shortlist.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;

/**
 * The body of a shortlist confirmation: {@code {nominationIds: ["12", ...], rationale}}
 * (ids as strings, or numbers).
 *
 * @param nominationIds the chosen nominations, as given
 * @param rationale why staff confirm this shortlist
 */
record ShortlistInput(List<Long> nominationIds, String rationale) {

	static ShortlistInput of(JsonNode body) {
		List<FieldError> errors = new ArrayList<>();
		List<Long> ids = new ArrayList<>();
		JsonNode list = body.path("nominationIds");
		if (!list.isArray()) {
			errors.add(new FieldError("nominationIds", "Give the shortlisted nominations' ids as a list."));
		}
		else {
			for (int i = 0; i < list.size(); i++) {
				JsonNode item = list.get(i);
				Long id = null;
				if (item.isIntegralNumber()) {
					id = item.longValue();
				}
				else if (item.isTextual()) {
					try {
						id = Long.parseLong(item.textValue().strip());
					}
					catch (NumberFormatException ex) {
						// reported below
					}
				}
				if (id == null) {
					errors.add(new FieldError("nominationIds[" + i + "]", "Not a nomination id: " + item + "."));
				}
				else {
					ids.add(id);
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		JsonNode rationale = body.path("rationale");
		return new ShortlistInput(ids, rationale.isTextual() ? rationale.textValue() : null);
	}

	static long cycleId(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new org.learningcity.award.support.NotFoundException("Cycle", id);
		}
	}

}
