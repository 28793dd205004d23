/**
 * Award cycles: one call of the Learning City Award with every rule that changed between
 * real cycles (quota, panel size, deadlines, durations ...) as a setting, and its status
 * DRAFT → OPEN → REVIEW → SHORTLISTING → JURY → DECIDED → CLOSED. Other modules read a
 * cycle's rules through {@link org.learningcity.award.cycle.Cycles} and react to
 * {@link org.learningcity.award.cycle.CycleOpened}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Award cycles")
package org.learningcity.award.cycle;
