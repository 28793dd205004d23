package org.learningcity.award.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.network.CityView;
import org.learningcity.award.network.Network;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskGroups;
import org.learningcity.award.workflow.TaskSubjects;
import org.learningcity.award.workflow.Tasks;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

	/** Ids in one IN list at most (Oracle's limit; PostgreSQL and H2 take more). */
	private static final int BATCH = 1000;

	private final TaskService taskService;

	private final HistoryService historyService;

	private final RuntimeService runtimeService;

	private final RepositoryService repositoryService;

	private final List<TaskSubjects> subjects;

	private final Network network;

	private final Clock clock;

	private final NamedParameterJdbcTemplate jdbc;

	/**
	 * An open task's columns with its process instance's business key (the instance is
	 * the execution whose id is the task's process instance id); the engine's table
	 * names, with its prefix, as in {@code ReviewService}'s native task query.
	 */
	private final String openTaskColumns;

	/**
	 * The same of an open task not taken yet and offered by a candidate link; the caller
	 * adds to whom ({@code and i.USER_ID_ = ...} or {@code and i.GROUP_ID_ in ...}).
	 */
	private final String offeredTaskColumns;

	/**
	 * The engine's configuration: its command executor runs {@link #mine(String)}'s
	 * lookup (in the caller's transaction, if any).
	 */
	private final ProcessEngineConfigurationImpl engineConfiguration;

	/** Process definition id to key: definitions are few and never change. */
	private final Map<String, String> processKeys = new ConcurrentHashMap<>();

	CamundaTasks(TaskService taskService, HistoryService historyService, RuntimeService runtimeService,
			RepositoryService repositoryService, List<TaskSubjects> subjects, Network network, Clock clock,
			ProcessEngineConfigurationImpl engineConfiguration, NamedParameterJdbcTemplate jdbc,
			ManagementService management) {
		this.engineConfiguration = engineConfiguration;
		this.jdbc = jdbc;
		this.openTaskColumns = "select t.ID_, t.TASK_DEF_KEY_, t.NAME_, t.PROC_INST_ID_, t.PROC_DEF_ID_, "
				+ "t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, e.BUSINESS_KEY_ from "
				+ management.getTableName(TaskEntity.class) + " t left join "
				+ management.getTableName(ExecutionEntity.class) + " e on e.ID_ = t.PROC_INST_ID_";
		this.offeredTaskColumns = this.openTaskColumns + " join " + management.getTableName(IdentityLinkEntity.class)
				+ " i on i.TASK_ID_ = t.ID_"
				+ " where i.TYPE_ = 'candidate' and t.ASSIGNEE_ is null and t.SUSPENSION_STATE_ = 1";
		this.taskService = taskService;
		this.historyService = historyService;
		this.runtimeService = runtimeService;
		this.repositoryService = repositoryService;
		this.subjects = subjects;
		this.network = network;
		this.clock = clock;
	}

	/**
	 * The person's open tasks in one SQL query over the engine's runtime tables, each
	 * part on an index of its own: those assigned to them
	 * ({@code ACT_IDX_TASK_ASSIGNEE}), and those not taken yet and offered to them by
	 * name or to one of their groups ({@code ACT_IDX_IDENT_LNK_USER},
	 * {@code ACT_IDX_IDENT_LNK_GROUP}), with their process instance's business key; the
	 * same tasks as {@link #visibleTo}. The engine's task query took two queries, a third
	 * for the business keys, and evaluated its mapping's hundreds of conditions on each
	 * (the inbox is read on every visit). What each task is about comes from the
	 * application's own tables in one batched lookup ({@link TaskSubjects}).
	 */
	@Override
	public List<OpenTask> mine() {
		return Accounts.current().map(user -> {
			List<String> groups = TaskGroups.of(user.roles());
			MapSqlParameterSource parameters = new MapSqlParameterSource("user", user.username());
			StringBuilder sql = new StringBuilder(this.openTaskColumns)
				.append(" where t.ASSIGNEE_ = :user and t.SUSPENSION_STATE_ = 1")
				.append(" union ")
				.append(this.offeredTaskColumns)
				.append(" and i.USER_ID_ = :user");
			if (!groups.isEmpty()) {
				parameters.addValue("groups", groups);
				sql.append(" union ").append(this.offeredTaskColumns).append(" and i.GROUP_ID_ in (:groups)");
			}
			Map<String, String> businessKeys = new HashMap<>();
			List<TaskRow> rows = this.jdbc.query(sql.toString(), parameters, (rs, n) -> {
				TaskRow row = new TaskRow(rs.getString("ID_"), rs.getString("TASK_DEF_KEY_"), rs.getString("NAME_"),
						rs.getString("PROC_INST_ID_"), rs.getString("PROC_DEF_ID_"), rs.getString("ASSIGNEE_"),
						instant(rs.getTimestamp("CREATE_TIME_")), instant(rs.getTimestamp("DUE_DATE_")));
				String businessKey = rs.getString("BUSINESS_KEY_");
				if (row.processInstanceId() != null && businessKey != null) {
					businessKeys.put(row.processInstanceId(), businessKey);
				}
				return row;
			});
			return describe(rows, businessKeys).stream().sorted(MOST_URGENT_FIRST).toList();
		}).orElse(List.of());
	}

	/** Whether the person completed this task, which is no longer open. */
	boolean completedBy(String taskId, String username) {
		return this.historyService.createHistoricTaskInstanceQuery()
			.taskId(taskId)
			.taskAssignee(username)
			.finished()
			.count() > 0;
	}

	/**
	 * One of the person's open tasks: read by its id (the engine's cache-aware lookup by
	 * primary key, not the task query, whose mapping weighs hundreds of conditions on
	 * every call), then checked as the task query {@code active().or().taskAssignee(u)
	 * .taskCandidateUser(u).taskCandidateGroupIn(groups).endOr()} selected: active, and
	 * assigned to the person, or not assigned and offered to them by name or to one of
	 * their groups. Anything else is not found.
	 */
	@Override
	public OpenTask mine(String taskId) {
		CurrentUser user = Accounts.current().orElseThrow(() -> new NotFoundException("Task", taskId));
		List<String> groups = TaskGroups.of(user.roles());
		CommandExecutor commands = this.engineConfiguration.getCommandExecutorTxRequired();
		Visible visible = commands.execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			if (task == null || task.isSuspended() || !visibleTo(task, user.username(), groups)) {
				return null;
			}
			String businessKey = null;
			if (task.getProcessInstanceId() != null) {
				ExecutionEntity instance = context.getExecutionManager().findExecutionById(task.getProcessInstanceId());
				businessKey = (instance != null) ? instance.getBusinessKey() : null;
			}
			return new Visible(TaskRow.of(task), businessKey);
		});
		if (visible == null) {
			throw new NotFoundException("Task", taskId);
		}
		Map<String, String> businessKeys = new HashMap<>();
		if (visible.businessKey() != null) {
			businessKeys.put(visible.task().processInstanceId(), visible.businessKey());
		}
		return describe(List.of(visible.task()), businessKeys).get(0);
	}

	/**
	 * Whether the person sees the task: theirs, or not taken and offered to them or to
	 * one of their groups. In an engine command: the candidates are read lazily, only for
	 * a task not assigned to the person.
	 */
	static boolean visibleTo(TaskEntity task, String username, List<String> groups) {
		if (username.equals(task.getAssignee())) {
			return true;
		}
		if (task.getAssignee() != null) {
			return false;
		}
		return task.getIdentityLinks()
			.stream()
			.anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && (username.equals(link.getUserId())
					|| (link.getGroupId() != null && groups.contains(link.getGroupId()))));
	}

	/** A task the person sees, with its process instance's business key. */
	private record Visible(TaskRow task, String businessKey) {
	}

	/** What the inbox shows of an open task, whichever way it was read. */
	record TaskRow(String id, String definitionKey, String name, String processInstanceId, String processDefinitionId,
			String assignee, Instant created, Instant due) {

		static TaskRow of(Task task) {
			return new TaskRow(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
					task.getProcessDefinitionId(), task.getAssignee(), instant(task.getCreateTime()),
					instant(task.getDueDate()));
		}

	}

	@Override
	public List<OpenTask> overdue() {
		return describe(this.taskService.createTaskQuery().active().dueBefore(Date.from(this.clock.instant())).list())
			.stream()
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

	/**
	 * The tasks with what each is about: the business keys of their process instances in
	 * one query, then one lookup per process in the owning module's tables
	 * ({@link TaskSubjects}); a process no module describes is read from its variables,
	 * also in one query.
	 */
	List<OpenTask> describe(List<Task> tasks) {
		return describe(tasks.stream().map(TaskRow::of).toList(), new HashMap<>());
	}

	/**
	 * {@link #describe(List)} with the business keys known already (by process instance
	 * id); the others are read.
	 */
	private List<OpenTask> describe(List<TaskRow> tasks, Map<String, String> businessKeys) {
		Set<String> instanceIds = new LinkedHashSet<>();
		tasks.stream()
			.map(TaskRow::processInstanceId)
			.filter(Objects::nonNull)
			.filter(instance -> !businessKeys.containsKey(instance))
			.forEach(instanceIds::add);
		for (List<String> batch : batches(instanceIds)) {
			this.runtimeService.createProcessInstanceQuery()
				.processInstanceIds(new HashSet<>(batch))
				.list()
				.forEach(p -> businessKeys.put(p.getId(), p.getBusinessKey()));
		}
		Map<String, Set<String>> keysByProcess = new HashMap<>();
		Set<String> undescribed = new LinkedHashSet<>();
		for (TaskRow task : tasks) {
			String instance = task.processInstanceId();
			if (instance == null) {
				continue;
			}
			String process = processKey(task.processDefinitionId());
			String businessKey = businessKeys.get(instance);
			if (businessKey != null && subjectsOf(process).isPresent()) {
				keysByProcess.computeIfAbsent(process, k -> new LinkedHashSet<>()).add(businessKey);
			}
			else {
				undescribed.add(instance);
			}
		}
		Map<String, Map<String, TaskSubjects.Subject>> about = new HashMap<>();
		keysByProcess.forEach((process, keys) -> {
			Map<String, TaskSubjects.Subject> described = new HashMap<>();
			batches(keys).forEach(batch -> described.putAll(subjectsOf(process).get().about(batch)));
			about.put(process, described);
		});
		Map<String, TaskSubjects.Subject> fromVariables = fromVariables(undescribed);

		Instant now = this.clock.instant();
		List<OpenTask> open = new ArrayList<>(tasks.size());
		for (TaskRow task : tasks) {
			String instance = task.processInstanceId();
			TaskSubjects.Subject subject = null;
			if (instance != null) {
				String businessKey = businessKeys.get(instance);
				if (businessKey != null) {
					subject = about.getOrDefault(processKey(task.processDefinitionId()), Map.of()).get(businessKey);
				}
				if (subject == null) {
					subject = fromVariables.get(instance);
				}
			}
			open.add(open(task, subject, now));
		}
		return open;
	}

	private OpenTask open(TaskRow task, TaskSubjects.Subject subject, Instant now) {
		Instant due = task.due();
		return new OpenTask(task.id(), OpenTask.typeOf(task.definitionKey()), task.name(), task.processInstanceId(),
				(subject != null) ? subject.applicationId() : null, (subject != null) ? subject.nominationId() : null,
				(subject != null) ? subject.cityId() : null, (subject != null) ? subject.cityName() : null,
				task.assignee(), task.created(), due, due != null && due.isBefore(now));
	}

	private static Instant instant(Date date) {
		return (date != null) ? date.toInstant() : null;
	}

	/**
	 * What processes no module describes are about, from their variables, in one query.
	 */
	private Map<String, TaskSubjects.Subject> fromVariables(Set<String> instanceIds) {
		if (instanceIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Map<String, Object>> variables = new HashMap<>();
		for (List<String> batch : batches(instanceIds)) {
			for (VariableInstance variable : this.runtimeService.createVariableInstanceQuery()
				.processInstanceIdIn(batch.toArray(String[]::new))
				.variableNameIn(ABOUT.toArray(String[]::new))
				.list()) {
				variables.computeIfAbsent(variable.getProcessInstanceId(), k -> new HashMap<>())
					.putIfAbsent(variable.getName(), variable.getValue());
			}
		}
		Map<Long, String> cityNames = new HashMap<>();
		Map<String, TaskSubjects.Subject> subjects = new HashMap<>();
		variables.forEach((instance, about) -> {
			Long cityId = id(about.get(CITY_ID));
			String cityName = (cityId != null) ? cityNames.computeIfAbsent(cityId, this::cityName) : null;
			subjects.put(instance, new TaskSubjects.Subject(id(about.get(APPLICATION_ID)), id(about.get(NOMINATION_ID)),
					cityId, cityName));
		});
		return subjects;
	}

	private java.util.Optional<TaskSubjects> subjectsOf(String processKey) {
		return this.subjects.stream().filter(s -> s.describes(processKey)).findFirst();
	}

	private String processKey(String processDefinitionId) {
		if (processDefinitionId == null) {
			return "";
		}
		return this.processKeys.computeIfAbsent(processDefinitionId,
				id -> this.repositoryService.getProcessDefinition(id).getKey());
	}

	private static List<List<String>> batches(Collection<String> ids) {
		List<String> all = new ArrayList<>(ids);
		List<List<String>> batches = new ArrayList<>();
		for (int i = 0; i < all.size(); i += BATCH) {
			batches.add(all.subList(i, Math.min(all.size(), i + BATCH)));
		}
		return batches;
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
