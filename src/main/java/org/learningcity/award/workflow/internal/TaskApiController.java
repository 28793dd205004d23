package org.learningcity.award.workflow.internal;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.CompletionRetries;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.Tasks;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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

	static final String TOTAL_COUNT = "X-Total-Count";

	static final int DEFAULT_PAGE_SIZE = 50;

	static final int MAX_PAGE_SIZE = 500;

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

	/**
	 * The caller's open tasks, the most urgent first, as a JSON array (with the number in
	 * {@code X-Total-Count}); filtered by {@code type} and {@code overdue}, ordered by
	 * {@code sort} ({@code due}, {@code created}, {@code type}, {@code city};
	 * {@code -due} for the reverse). Asked for a page ({@code page} from 0, {@code size}
	 * up to {@value #MAX_PAGE_SIZE}), a page object: {@code {tasks, page, size, total,
	 * counts}}.
	 */
	@GetMapping
	ResponseEntity<?> mine(@RequestParam(required = false) String type, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String sort, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		InboxView view = new InboxView(type, overdue, sort);
		List<OpenTask> all = this.tasks.mine();
		List<OpenTask> shown = view.apply(all);
		if (page == null && size == null) {
			return ResponseEntity.ok()
				.header(TOTAL_COUNT, Integer.toString(shown.size()))
				.body(shown.stream().map(this::json).toList());
		}
		int pageSize = (size != null) ? size : DEFAULT_PAGE_SIZE;
		int pageNumber = (page != null) ? page : 0;
		if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
			throw new InvalidInputException("size", "A page holds 1 to " + MAX_PAGE_SIZE + " tasks.");
		}
		if (pageNumber < 0) {
			throw new InvalidInputException("page", "Pages are numbered from 0.");
		}
		long first = (long) pageNumber * pageSize;
		List<TaskJson> content = shown.stream().skip(first).limit(pageSize).map(this::json).toList();
		return ResponseEntity.ok()
			.header(TOTAL_COUNT, Integer.toString(shown.size()))
			.body(new TaskPage(content, pageNumber, pageSize, shown.size(), InboxView.count(all)));
	}

	/**
	 * How many open tasks the caller has, how many overdue, and how many of each type.
	 */
	@GetMapping("/counts")
	InboxView.Counts counts() {
		return InboxView.count(this.tasks.mine());
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
		return retried(id, (task) -> completion(task).draft(task, input));
	}

	/**
	 * Completes the task: the module's changes and the engine's in one transaction per
	 * attempt, tried again after a collision with a concurrent completion (three experts
	 * of one panel submitting in the same second), so that none fails. Each attempt looks
	 * the task up in its own transaction: a task may have changed or gone after a
	 * collision.
	 */
	@PostMapping("/{id}/complete")
	Object complete(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		JsonNode input = (body != null) ? body : NullNode.getInstance();
		return retried(id, (task) -> completion(task).complete(task, input));
	}

	/**
	 * Runs the work on the open task through {@link CompletionRetries}: each attempt
	 * looks the task up in its own transaction, since after a collision it may have
	 * changed or gone; a collision is counted under the task's type.
	 */
	private Object retried(String id, Function<OpenTask, Object> work) {
		AtomicReference<String> type = new AtomicReference<>();
		return this.retries.run(type::get, () -> {
			OpenTask task = open(id);
			type.set(task.type());
			return work.apply(task);
		});
	}

	private TaskJson json(OpenTask task) {
		return TaskJson.of(task, this.types.link(task), null);
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

	/**
	 * A page of the inbox.
	 *
	 * @param tasks the tasks on the page
	 * @param page its number, from 0
	 * @param size its size
	 * @param total how many tasks the filters let through
	 * @param counts the counts of all the caller's tasks
	 */
	record TaskPage(List<TaskJson> tasks, int page, int size, int total, InboxView.Counts counts) {
	}

}
