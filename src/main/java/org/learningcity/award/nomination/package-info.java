/**
 * The front door of the Award: a GNLC member city's application, its National
 * Commission's nomination within the cycle's quota, and UIL's eligibility check.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nomination")
package org.learningcity.award.nomination;
