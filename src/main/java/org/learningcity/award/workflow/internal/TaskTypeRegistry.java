package org.learningcity.award.workflow.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/** Finds the module that describes a task's type; the inbox itself if none does. */
@Component
class TaskTypeRegistry {

	private final List<TaskTypeSupport> supports;

	TaskTypeRegistry(List<TaskTypeSupport> supports) {
		this.supports = supports;
	}

	/** The page where the task is done: the owning module's, else the task's own page. */
	String link(OpenTask task) {
		return support(task).map(s -> s.link(task)).orElse("/tasks/" + task.id());
	}

	Map<String, Object> details(OpenTask task) {
		return support(task).map(s -> s.details(task)).orElse(Map.of());
	}

	private Optional<TaskTypeSupport> support(OpenTask task) {
		return this.supports.stream().filter(s -> s.supports(task.type())).findFirst();
	}

}
