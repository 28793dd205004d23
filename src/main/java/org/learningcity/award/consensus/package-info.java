/**
 * How a panel's scores become a result: the
 * {@link org.learningcity.award.consensus.Score} on the 1–5 scale, the DMN decision of
 * whether a panel agrees on a measurement
 * ({@link org.learningcity.award.consensus.PanelAgreement}), the consensus per
 * measurement and its averages ({@link org.learningcity.award.consensus.Consensus}) and
 * the inter-rater reliability of the panels, Krippendorff's alpha
 * ({@link org.learningcity.award.consensus.Reliability}). Pure rules without storage: the
 * review module keeps the scores and calls these.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consensus")
package org.learningcity.award.consensus;
