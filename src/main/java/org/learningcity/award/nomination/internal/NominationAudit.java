package org.learningcity.award.nomination.internal;

/** The subjects and actions this part of the module writes to the audit trail. */
final class NominationAudit {

	static final String NOMINATION = "NOMINATION";

	static final String NOMINATED = "NOMINATION_CREATED";

	static final String ELIGIBILITY_BY_RULES = "ELIGIBILITY_DECIDED_BY_RULES";

	static final String ELIGIBILITY_UNDECIDED = "ELIGIBILITY_LEFT_TO_STAFF";

	static final String ELIGIBILITY_BY_STAFF = "ELIGIBILITY_DECIDED_BY_STAFF";

	static final String SHORTLISTED = "NOMINATIONS_SHORTLISTED";

	static final String AWARDED = "NOMINATIONS_AWARDED";

	private NominationAudit() {
	}

}
