/**
 * The process engine's integration: start order against Flyway, the shared clock.
 * Processes themselves live in the top-level {@code processes/} folder.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow engine")
package org.learningcity.award.workflow;
