package org.learningcity.award.review.internal;

/**
 * An expert's declaration that they must not review a city (they work with it, advised
 * it, come from it ...).
 *
 * @param username the expert
 * @param cityId the city
 */
public record DeclaredConflict(String username, long cityId) {

}
