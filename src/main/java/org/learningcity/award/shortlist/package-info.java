/**
 * Shortlisting: the ranking of a cycle's reviewed nominations, a suggested shortlist that
 * keeps the cycle's limits exactly while keeping the best scores (an optimal min-cost
 * flow, see {@code shortlist.internal.ShortlistOptimizer}), and the shortlist UIL staff
 * confirm with a rationale ({@code CONFIRM_SHORTLIST}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shortlisting")
package org.learningcity.award.shortlist;
