package org.learningcity.award.network;

/**
 * A country.
 *
 * @param code the ISO 3166-1 alpha-2 code, upper case ({@code IE})
 * @param name the English name
 * @param region the code of its UNESCO region
 */
public record CountryView(String code, String name, String region) {

}
