package org.learningcity.award.identity.internal;

import java.util.List;

/** A catalogue area and its areas of focus, for the expertise checkboxes. */
public record ExpertiseArea(String code, String title, List<FormOption> focus) {

}
