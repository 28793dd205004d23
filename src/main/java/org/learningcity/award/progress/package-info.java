/**
 * Where an Award cycle stands: the cycle process's current stage and, per nomination, how
 * far it got (nominated, eligibility, panel, review invitation, scoring, moderation,
 * resolution, result final), read from the nominations, the panels and the engine. Shown
 * as a fragment on the cycle's page ({@code templates/progress/cycle.html}, bean
 * {@code cycleProgress}), so that the cycle module does not depend on the modules that
 * depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cycle progress")
package org.learningcity.award.progress;
