/**
 * What every module may use and that depends on nothing: the exceptions that the web
 * layer turns into problem details and friendly pages, and the min-cost flow solver that
 * review's panel assignment and the shortlist's optimiser share.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.learningcity.award.support;
