/**
 * What every module may use and that depends on nothing: the exceptions that the web
 * layer turns into problem details and friendly pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Support",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.learningcity.award.support;
