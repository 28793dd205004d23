package org.learningcity.award.workflow.internal;

import java.util.List;

import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.Tasks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tasks}: the caller's open tasks, and one of them with what it needs.
 * Someone else's task is not found (404).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

	private final Tasks tasks;

	private final TaskTypeRegistry types;

	TaskApiController(Tasks tasks, TaskTypeRegistry types) {
		this.tasks = tasks;
		this.types = types;
	}

	@GetMapping
	List<TaskJson> mine() {
		return this.tasks.mine().stream().map(t -> TaskJson.of(t, this.types.link(t), null)).toList();
	}

	@GetMapping("/{id}")
	TaskJson one(@PathVariable String id) {
		OpenTask task = this.tasks.mine(id);
		return TaskJson.of(task, this.types.link(task), this.types.details(task));
	}

}
