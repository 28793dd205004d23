package org.learningcity.award.review;

/**
 * A nomination's review panel was formed: its review may start. Published in the
 * transaction that stores the panel.
 */
public record PanelFormed(long nominationId) {
}
