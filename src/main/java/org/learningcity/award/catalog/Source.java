package org.learningcity.award.catalog;

/** Where the figure or judgement of a measurement comes from. */
public enum Source {

	/** "Official data provided by city authorities". */
	OFFICIAL,

	/** "Survey results". */
	SURVEY,

	/** "Official data provided by city authorities or survey results". */
	OFFICIAL_OR_SURVEY,

	/** "Experts' review": scored 1 to 5 by the experts of a panel, with the rubric. */
	EXPERT_REVIEW

}
