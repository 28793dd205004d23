package org.learningcity.award.catalog;

/**
 * One of the three areas of the framework, e.g. {@code 2} "2. Major building blocks of a
 * learning city".
 */
public record Area(String code, String title) {
}
