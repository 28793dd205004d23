/**
 * The Key Features of Learning Cities: 3 areas, 12 areas of focus, 42 key features and
 * their possible measurements (reference data from Flyway migrations), and the rubric
 * experts score the {@link org.learningcity.award.catalog.Source#EXPERT_REVIEW}
 * measurements with. Other modules use {@link org.learningcity.award.catalog.Catalog}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Key Features catalogue")
package org.learningcity.award.catalog;
