/**
 * The jury: the cycle's jurors and chair, each juror's vote on the shortlist (a juror
 * recuses on the cities of their own country), the tally, the decision the chair or staff
 * finalize within the cycle's limits, its announcement to every nominated city and
 * National Commission, and the public results ({@code /cycles/{id}/decision}). The
 * process is {@code processes/JuryProcess.bpmn}; other modules read the decision through
 * {@link org.learningcity.award.jury.Decisions}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Jury")
package org.learningcity.award.jury;
