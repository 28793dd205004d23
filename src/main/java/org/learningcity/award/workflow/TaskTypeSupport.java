package org.learningcity.award.workflow;

import java.util.Map;

/**
 * What a module tells the inbox about the task types of its processes: where a person
 * does the task and what the task needs. Implement it as a bean in the module that owns
 * the process.
 */
public interface TaskTypeSupport {

	/** Whether this module owns tasks of the type ({@code NATCOM_REVIEW}). */
	boolean supports(String type);

	/**
	 * The path of the page where a person does the task, e.g.
	 * {@code /natcom/applications/17}.
	 */
	String link(OpenTask task);

	/**
	 * What the task needs, for {@code GET /api/tasks/{id}}: small values and views the
	 * caller may see. Called with the task's owner signed in.
	 */
	Map<String, Object> details(OpenTask task);

}
