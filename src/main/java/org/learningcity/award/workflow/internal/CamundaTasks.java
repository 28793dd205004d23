package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.network.CityView;
import org.learningcity.award.network.Network;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskGroups;
import org.learningcity.award.workflow.Tasks;
import org.springframework.stereotype.Service;

/**
 * The inbox read from the engine: a person's tasks are those assigned to them, offered to
 * them by name, or offered to a group of one of their roles.
 */
@Service
class CamundaTasks implements Tasks {

	static final String APPLICATION_ID = "applicationId";

	static final String NOMINATION_ID = "nominationId";

	static final String CITY_ID = "cityId";

	private static final List<String> ABOUT = List.of(APPLICATION_ID, NOMINATION_ID, CITY_ID);

	/** How Camunda marks a task that a person completed (not one a timer ended). */
	private static final String COMPLETED = "completed";

	private static final Comparator<OpenTask> MOST_URGENT_FIRST = Comparator
		.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(OpenTask::created);

	private final TaskService taskService;

	private final HistoryService historyService;

	private final Network network;

	private final Clock clock;

	CamundaTasks(TaskService taskService, HistoryService historyService, Network network, Clock clock) {
		this.taskService = taskService;
		this.historyService = historyService;
		this.network = network;
		this.clock = clock;
	}

	@Override
	public List<OpenTask> mine() {
		return Accounts.current()
			.map(user -> visibleTo(user).list().stream().map(this::open).sorted(MOST_URGENT_FIRST).toList())
			.orElse(List.of());
	}

	/** Whether the person completed this task, which is no longer open. */
	boolean completedBy(String taskId, String username) {
		return this.historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.taskAssignee(username)
			.finished()
			.count() > 0;
	}

	@Override
	public OpenTask mine(String taskId) {
		CurrentUser user = Accounts.current().orElseThrow(() -> new NotFoundException("Task", taskId));
		Task task = visibleTo(user).taskId(taskId).singleResult();
		if (task == null) {
			throw new NotFoundException("Task", taskId);
		}
		return open(task);
	}

	@Override
	public List<OpenTask> overdue() {
		return this.taskService.createTaskQuery()
			.active()
			.dueBefore(Date.from(this.clock.instant()))
			.list()
			.stream()
			.map(this::open)
			.sorted(MOST_URGENT_FIRST)
			.toList();
	}

	@Override
	public List<ClosedTask> closedByDeadline(int limit) {
		return this.historyService.createHistoricTaskInstanceQuery()
			.finished()
			.taskDueBefore(Date.from(this.clock.instant()))
			.orderByHistoricTaskInstanceEndTime()
			.desc()
			.listPage(0, limit * 4)
			.stream()
			.filter(t -> !COMPLETED.equals(t.getDeleteReason()) && t.getDueDate() != null && t.getEndTime() != null
					&& !t.getEndTime().before(t.getDueDate()))
			.limit(limit)
			.map(this::closed)
			.toList();
	}

	private TaskQuery visibleTo(CurrentUser user) {
		List<String> groups = TaskGroups.of(user.roles());
		TaskQuery query = this.taskService.createTaskQuery().active();
		TaskQuery either = query.or().taskAssignee(user.username()).taskCandidateUser(user.username());
		if (!groups.isEmpty()) {
			either = either.taskCandidateGroupIn(new java.util.ArrayList<>(groups));
		}
		return either.endOr();
	}

	private OpenTask open(Task task) {
		Map<String, Object> about = this.taskService.getVariables(task.getId(), ABOUT);
		Long cityId = id(about.get(CITY_ID));
		Instant due = (task.getDueDate() != null) ? task.getDueDate().toInstant() : null;
		return new OpenTask(task.getId(), OpenTask.typeOf(task.getTaskDefinitionKey()), task.getName(),
				task.getProcessInstanceId(), id(about.get(APPLICATION_ID)), id(about.get(NOMINATION_ID)), cityId,
				cityName(cityId), task.getAssignee(), task.getCreateTime().toInstant(), due,
				due != null && due.isBefore(this.clock.instant()));
	}

	private ClosedTask closed(HistoricTaskInstance task) {
		Map<String, Object> about = new java.util.HashMap<>();
		if (task.getProcessInstanceId() != null) {
			for (HistoricVariableInstance variable : this.historyService.createHistoricVariableInstanceQuery()
				.processInstanceId(task.getProcessInstanceId())
				.variableNameIn(ABOUT.toArray(String[]::new))
				.list()) {
				about.put(variable.getName(), variable.getValue());
			}
		}
		return new ClosedTask(task.getId(), OpenTask.typeOf(task.getTaskDefinitionKey()), task.getName(),
				id(about.get(APPLICATION_ID)), id(about.get(NOMINATION_ID)), cityName(id(about.get(CITY_ID))),
				task.getDueDate().toInstant(), task.getEndTime().toInstant());
	}

	private String cityName(Long cityId) {
		return (cityId != null) ? this.network.city(cityId).map(CityView::name).orElse(null) : null;
	}

	private static Long id(Object value) {
		if (value instanceof Number number) {
			return number.longValue();
		}
		if (value instanceof String text && !text.isBlank()) {
			try {
				return Long.parseLong(text);
			}
			catch (NumberFormatException ex) {
				return null;
			}
		}
		return null;
	}

}
