package org.learningcity.award.nomination.internal;

import org.learningcity.award.support.NotFoundException;

/** Ids in paths are opaque: one that cannot be an id is simply not found. */
final class NominationIds {

	private NominationIds() {
	}

	static long parse(String what, String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(what, id);
		}
	}

}
