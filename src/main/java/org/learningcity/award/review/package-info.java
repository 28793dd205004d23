/**
 * Expert review: every eligible nomination goes to a panel of experts who score the
 * city's report on the expert-review measurements.
 *
 * <p>
 * Panels are formed by an optimal assignment (a min-cost max-flow, see
 * {@code review.internal.PanelAssigner}): conflicts of interest are hard rules that are
 * never broken, no expert takes more reviews than their maximum, loads are as even as the
 * rules allow, and among the most even assignments the one that best honours the soft
 * preferences (the expert reads the report's language, knows its areas, panels mix
 * regions) is chosen.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Expert review")
package org.learningcity.award.review;
