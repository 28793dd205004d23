package org.learningcity.award.workflow;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a module does with {@code POST /api/tasks/{id}/draft} and {@code POST
 * /api/tasks/{id}/complete} for its task types (API.md: the body depends on the type).
 * Implement it as a bean in the module that owns the process. The inbox has checked that
 * the task is the caller's before calling.
 */
public interface TaskCompletion {

	/** Whether this module completes tasks of the type ({@code SCORE_REPORT}). */
	boolean completes(String type);

	/**
	 * Saves unfinished input of the task.
	 * @return what was saved, as the API returns it
	 * @throws org.learningcity.award.support.RuleViolationException if the type has no
	 * draft
	 */
	Object draft(OpenTask task, JsonNode body);

	/**
	 * Completes the task with the body.
	 * @return the outcome, as the API returns it
	 */
	Object complete(OpenTask task, JsonNode body);

}
