package org.learningcity.award.review;

/**
 * A nomination's review panel was formed: its review may start. Published in the
 * transaction that stores the panel.
 *
 * @param nominationId the nomination
 * @param reviewedByCycleProcess whether the cycle process's call activity starts this
 * review (the panels were formed while it waited for them), so that nobody else must
 */
public record PanelFormed(long nominationId, boolean reviewedByCycleProcess) {

	/** A panel whose review nobody has started yet as far as its publisher knows. */
	public PanelFormed(long nominationId) {
		this(nominationId, false);
	}

}
