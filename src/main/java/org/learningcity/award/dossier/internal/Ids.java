package org.learningcity.award.dossier.internal;

import org.learningcity.award.support.NotFoundException;

/** Ids in paths: opaque strings that must be numbers here, else nothing is found. */
final class Ids {

	private Ids() {
	}

	static long parse(String id, String type) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(type, id);
		}
	}

}
