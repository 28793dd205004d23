/**
 * The GNLC network: the five UNESCO regions, countries, member cities and National
 * Commissions. Reference data that every other module reads through {@link Network}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Network")
package org.learningcity.award.network;
