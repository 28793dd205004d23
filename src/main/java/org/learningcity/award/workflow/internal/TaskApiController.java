package org.learningcity.award.workflow.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.CompletionRetries;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.Tasks;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/tasks}: the caller's open tasks, and one of them with what it needs.
 * Someone else's task is not found (404); the caller's task done already is a conflict
 * (409). Draft and completion go to the module that owns the task's type
 * ({@link TaskCompletion}).
 */
@RestController
@RequestMapping("/api/tasks")
class TaskApiController {

	private final Tasks tasks;

	private final TaskTypeRegistry types;

	private final List<TaskCompletion> completions;

	private final CamundaTasks engineTasks;

	private final CompletionRetries retries;

	TaskApiController(Tasks tasks, TaskTypeRegistry types, List<TaskCompletion> completions, CamundaTasks engineTasks,
			CompletionRetries retries) {
		this.tasks = tasks;
		this.types = types;
		this.completions = completions;
		this.engineTasks = engineTasks;
		this.retries = retries;
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

	/**
	 * Saves the draft; a collision with a concurrent change is tried again
	 * ({@link CompletionRetries}).
	 */
	@PostMapping("/{id}/draft")
	Object draft(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		JsonNode input = (body != null) ? body : NullNode.getInstance();
		OpenTask first = open(id);
		return this.retries.run(first.type(), () -> {
			OpenTask task = open(id);
			return completion(task).draft(task, input);
		});
	}

	/**
	 * Completes the task: the module's changes and the engine's in one transaction per
	 * attempt, tried again after a collision with a concurrent completion (three experts
	 * of one panel submitting in the same second), so that none fails.
	 */
	@PostMapping("/{id}/complete")
	Object complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		JsonNode input = (body != null) ? body : NullNode.getInstance();
		OpenTask first = open(id);
		return this.retries.run(first.type(), () -> {
			OpenTask task = open(id);
			return completion(task).complete(task, input);
		});
	}

	private OpenTask open(String id) {
		try {
			return this.tasks.mine(id);
		}
		catch (NotFoundException ex) {
			String username = Accounts.current().map(u -> u.username()).orElse(null);
			if (username != null && this.engineTasks.completedBy(id, username)) {
				throw new RuleViolationException("task.completed", "This task is done already.");
			}
			throw ex;
		}
	}

	private TaskCompletion completion(OpenTask task) {
		return this.completions.stream()
			.filter(c -> c.completes(task.type()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("task.not-completable",
					"A task of type " + task.type() + " is done on its own page, not through this API."));
	}

}
