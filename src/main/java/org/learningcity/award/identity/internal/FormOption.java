package org.learningcity.award.identity.internal;

/** A choice in a form: the value sent and the text shown. */
public record FormOption(String value, String label) {

}
