package org.learningcity.award.support;

/**
 * The object does not exist, or the caller may not know that it does: answered with 404
 * so that ids of other countries' or other experts' objects do not leak.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " was not found.");
	}

}
