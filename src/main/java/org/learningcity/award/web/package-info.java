/**
 * What every page shares: the layout, language, home pages and error handling. A shared
 * module that may see every other module's surface; none may depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.learningcity.award.web;
