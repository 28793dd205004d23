package org.learningcity.award.jury;

/**
 * A juror's vote on one shortlisted city. A juror from the city's country must vote
 * {@link #RECUSED}; any juror may recuse for another conflict of interest.
 */
public enum Vote {

	FOR, AGAINST, ABSTAIN, RECUSED

}
