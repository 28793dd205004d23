package org.learningcity.award.review.internal;

/**
 * A conflict of interest: a hard rule that keeps an expert off a nomination's panel, as a
 * member or a reserve. The panel assignment never breaks one; a hand-made panel must not
 * either. Add a rule by implementing this interface and adding it to
 * {@link AssignmentRequest#rules()}.
 */
public interface ConflictRule {

	/** A stable code for the rule, e.g. {@code SAME_COUNTRY}. */
	String code();

	/**
	 * What the rule excludes, to complete "excluded: 3 ...", e.g. {@code from the city's
	 * country}.
	 */
	String description();

	/** Whether the expert must not review the nomination. */
	boolean excludes(PanelExpert expert, PanelNomination nomination);

}
