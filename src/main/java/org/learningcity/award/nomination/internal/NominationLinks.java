package org.learningcity.award.nomination.internal;

/** The pages where people act on an application or a nomination. */
final class NominationLinks {

	private NominationLinks() {
	}

	/** The city's own page of its application. */
	static String cityApplication(long applicationId) {
		return "/applications/" + applicationId;
	}

	/** The National Commission's page of an application of its country. */
	static String natcomApplication(long applicationId) {
		return "/natcom/applications/" + applicationId;
	}

	/** The staff's eligibility page of a nomination. */
	static String eligibility(long nominationId) {
		return "/nominations/" + nominationId + "/eligibility";
	}

}
