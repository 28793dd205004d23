package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.Tasks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The task inbox: what is waiting for the signed-in person, with its due date and the
 * days left; one task leads to the page where it is done. Staff also see what is late.
 */
@Controller
@RequestMapping("/tasks")
class TaskPageController {

	static final String INBOX = "tasks/inbox";

	static final String TASK = "tasks/task";

	static final String LATE = "tasks/late";

	private static final int CLOSED_SHOWN = 50;

	private final Tasks tasks;

	private final TaskTypeRegistry types;

	private final Clock clock;

	TaskPageController(Tasks tasks, TaskTypeRegistry types, Clock clock) {
		this.tasks = tasks;
		this.types = types;
		this.clock = clock;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/**
	 * The inbox, filtered by type or overdue and sorted by a column (the most urgent
	 * first unless asked otherwise), with the counts per type.
	 */
	@GetMapping
	String inbox(@RequestParam(required = false) String type, @RequestParam(required = false) Boolean overdue,
			@RequestParam(required = false) String sort, Model model) {
		InboxView view;
		try {
			view = new InboxView(type, overdue, sort);
		}
		catch (org.learningcity.award.support.InvalidInputException ex) {
			view = new InboxView(type, overdue, null);
		}
		List<OpenTask> all = this.tasks.mine();
		model.addAttribute("tasks", rows(view.apply(all)));
		model.addAttribute("counts", InboxView.count(all));
		model.addAttribute("view", view);
		return INBOX;
	}

	@GetMapping("/late")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	String late(Model model) {
		model.addAttribute("overdue", rows(this.tasks.overdue()));
		model.addAttribute("closed",
				this.tasks.closedByDeadline(CLOSED_SHOWN)
					.stream()
					.map(t -> new ClosedRow(t, t.due().atOffset(ZoneOffset.UTC), t.closed().atOffset(ZoneOffset.UTC)))
					.toList());
		return LATE;
	}

	/**
	 * A task leads to the page where it is done; a task no module describes shows here.
	 */
	@GetMapping("/{id}")
	String task(@PathVariable String id, Model model) {
		OpenTask task = this.tasks.mine(id);
		String link = this.types.link(task);
		if (!link.equals("/tasks/" + task.id())) {
			return "redirect:" + link;
		}
		model.addAttribute("task", row(task, this.clock.instant()));
		return TASK;
	}

	private List<TaskRow> rows(List<OpenTask> tasks) {
		Instant now = this.clock.instant();
		return tasks.stream().map(t -> row(t, now)).toList();
	}

	private TaskRow row(OpenTask task, Instant now) {
		Long daysLeft = (task.due() != null) ? Duration.between(now, task.due()).toDays() : null;
		return new TaskRow(task, this.types.link(task), task.created().atOffset(ZoneOffset.UTC),
				(task.due() != null) ? task.due().atOffset(ZoneOffset.UTC) : null, daysLeft);
	}

	/**
	 * A task as a row of the inbox: its due date and whole days left (negative once
	 * overdue).
	 */
	record TaskRow(OpenTask task, String link, OffsetDateTime created, OffsetDateTime due, Long daysLeft) {

		public boolean overdue() {
			return this.task.overdue();
		}

	}

	/** A task that a deadline closed. */
	record ClosedRow(Tasks.ClosedTask task, OffsetDateTime due, OffsetDateTime closed) {
	}

}
