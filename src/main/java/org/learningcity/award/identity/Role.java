package org.learningcity.award.identity;

/**
 * What a person does in the Award. A NATCOM account is bound to a country, a CITY account
 * to a city.
 */
public enum Role {

	ADMIN, UIL_STAFF, NATCOM, CITY, EXPERT, JURY;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
