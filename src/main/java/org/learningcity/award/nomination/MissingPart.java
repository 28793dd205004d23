package org.learningcity.award.nomination;

/**
 * Something an application still lacks before it can be submitted.
 *
 * @param field the field, e.g. {@code narratives.2.1.4.a}, {@code consent},
 * {@code endorsement}
 * @param message a readable explanation in the current user's language
 */
public record MissingPart(String field, String message) {
}
