package org.learningcity.award.workflow.internal;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.learningcity.award.workflow.OpenTask;

/**
 * A task in the API (API.md): {@code {id, type, applicationId?, nominationId?, cityName?,
 * created, due, overdue}}, plus its name, the page where it is done and, for one task,
 * what it needs.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record TaskJson(String id, String type, String name, String applicationId, String nominationId, String cityName,
		Instant created, Instant due, boolean overdue, String link, Map<String, Object> details) {

	static TaskJson of(OpenTask task, String link, Map<String, Object> details) {
		return new TaskJson(task.id(), task.type(), task.name(), string(task.applicationId()),
				string(task.nominationId()), task.cityName(), task.created(), task.due(), task.overdue(), link,
				details);
	}

	private static String string(Long id) {
		return (id != null) ? id.toString() : null;
	}

}
