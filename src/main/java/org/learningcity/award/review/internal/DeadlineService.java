package org.learningcity.award.review.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff's hand on the review deadlines: decide an overdue review ({@code REVIEW_OVERDUE}:
 * extend, the expert keeping the draft, or reassign to the next reserve), and extend a
 * running review's due date before it is overdue. An extension moves the review's due
 * date (the review row is the truth) and re-opens the scoring task, so its deadline and
 * reminders are scheduled again from the new date. Audited.
 */
@Service
@Transactional
class DeadlineService {

	static final String EXTENDED = "review.deadline-extended";

	static final String OVERDUE_DECIDED = "review.overdue-decided";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final ReviewService reviews;

	private final Reviews reviewViews;

	private final AuditTrail audit;

	DeadlineService(TaskService tasks, RuntimeService runtime, ReviewService reviews, AuditTrail audit) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.reviews = reviews;
		this.reviewViews = reviews;
		this.audit = audit;
	}

	/** The expert whose overdue review the staff task is about. */
	@Transactional(readOnly = true)
	String overdueExpert(String taskId) {
		return (String) this.tasks.getVariable(overdueTask(taskId).getId(), ReviewProcess.EXPERT);
	}

	/**
	 * Decides an overdue review.
	 * @param action {@code EXTEND} or {@code REASSIGN}
	 * @param extendBy for EXTEND, an ISO-8601 duration from now ({@code P7D}); without
	 * it, the cycle's reviewDuration
	 * @throws InvalidInputException ({@code action}, {@code extendBy})
	 * @throws RuleViolationException if the task is no open overdue review
	 */
	Map<String, Object> decideOverdue(String taskId, String action, String extendBy) {
		Task task = overdueTask(taskId);
		ReviewProcess.OverdueDecision decision;
		try {
			decision = ReviewProcess.OverdueDecision.valueOf((action != null) ? action.strip() : "");
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("action", "Choose EXTEND or REASSIGN.");
		}
		String by = (decision == ReviewProcess.OverdueDecision.EXTEND) ? checkedDuration(extendBy, false) : null;
		String expert = (String) this.tasks.getVariable(task.getId(), ReviewProcess.EXPERT);
		long nominationId = ((Number) this.tasks.getVariable(task.getId(), ReviewProcess.NOMINATION_ID)).longValue();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(ReviewProcess.OVERDUE_DECISION, decision.name());
		variables.put(ReviewProcess.EXTEND_BY, by);
		this.audit.record(OVERDUE_DECIDED, "Nomination", Long.toString(nominationId),
				expert + ": " + decision.name() + ((by != null) ? " by " + by : ""));
		try {
			this.tasks.setAssignee(task.getId(), Accounts.currentUsername());
			this.runtime.setVariablesLocal(expertScope(task), variables);
			this.tasks.complete(task.getId());
		}
		catch (OptimisticLockingException ex) {
			throw concurrent();
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nominationId", Long.toString(nominationId));
		json.put("expert", expert);
		json.put("action", decision.name());
		if (decision == ReviewProcess.OverdueDecision.EXTEND) {
			json.put("dueAt", this.reviews.due(nominationId, expert));
		}
		return json;
	}

	/**
	 * Extends a running review's due date by this much (before it is overdue): the
	 * scoring task is re-opened with the new due date, its deadline and reminders
	 * scheduled again; the draft stays.
	 * @throws NotFoundException if the expert has no review of the nomination
	 * @throws RuleViolationException ({@code review.not-scoring}) if the expert is not
	 * scoring it now
	 */
	ReviewView extend(long nominationId, String username, String extendBy) {
		ReviewView review = this.reviewViews.find(nominationId, username)
			.orElseThrow(() -> new NotFoundException("Review", nominationId + "/" + username));
		Duration by = ReviewService.parse(checkedDuration(extendBy, true));
		Task task = this.tasks.createTaskQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(Long.toString(nominationId))
			.taskDefinitionKey(ReviewProcess.TASK_SCORE_REPORT)
			.taskAssignee(username)
			.active()
			.singleResult();
		if (task == null || review.dueAt() == null) {
			throw new RuleViolationException("review.not-scoring",
					username + " is not scoring this nomination now: there is no deadline to extend.");
		}
		Instant due = review.dueAt().plus(by);
		this.reviews.moveDue(nominationId, username, due);
		ActivityInstance scoring = activityInstance(task);
		try {
			this.runtime.createProcessInstanceModification(task.getProcessInstanceId())
				.startBeforeActivity(ReviewProcess.TASK_SCORE_REPORT, scoring.getParentActivityInstanceId())
				.cancelActivityInstance(scoring.getId())
				.execute(true, true);
		}
		catch (OptimisticLockingException ex) {
			throw concurrent();
		}
		this.audit.record(EXTENDED, "Nomination", Long.toString(nominationId),
				username + ": due " + review.dueAt() + " -> " + due);
		return this.reviewViews.find(nominationId, username).orElseThrow();
	}

	private ActivityInstance activityInstance(Task task) {
		ActivityInstance tree = this.runtime.getActivityInstance(task.getProcessInstanceId());
		for (ActivityInstance instance : tree.getActivityInstances(ReviewProcess.TASK_SCORE_REPORT)) {
			for (String execution : instance.getExecutionIds()) {
				if (execution.equals(task.getExecutionId())) {
					return instance;
				}
			}
		}
		throw new IllegalStateException("No activity instance for task " + task.getId());
	}

	/**
	 * The execution of the expert's own sub-process instance that holds the task: the
	 * decision is one expert's, so its variables live there and not on the process
	 * instance that all experts share. (They are not declared on the sub-process as input
	 * parameters: that made two empty variables, with their history, for every expert of
	 * every review started, where a decision is rare.)
	 */
	private String expertScope(Task task) {
		ActivityInstance tree = this.runtime.getActivityInstance(task.getProcessInstanceId());
		for (ActivityInstance expert : tree.getActivityInstances(ReviewProcess.SUBPROCESS_REVIEW)) {
			for (ActivityInstance child : expert.getChildActivityInstances()) {
				if (Arrays.asList(child.getExecutionIds()).contains(task.getExecutionId())) {
					return expert.getExecutionIds()[0];
				}
			}
		}
		throw new IllegalStateException("No expert's review holds task " + task.getId());
	}

	private Task overdueTask(String taskId) {
		Task task = this.tasks.createTaskQuery()
			.taskId(taskId)
			.taskDefinitionKey(ReviewProcess.TASK_HANDLE_OVERDUE)
			.active()
			.singleResult();
		if (task == null) {
			throw new RuleViolationException("review.not-overdue", "There is no such overdue review waiting.");
		}
		return task;
	}

	/** A positive ISO-8601 duration (P7D, PT12H), or null if it may be absent. */
	private static String checkedDuration(String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				throw new InvalidInputException("extendBy", "Say by how long, as an ISO-8601 duration such as P7D.");
			}
			return null;
		}
		try {
			Duration duration = ReviewService.parse(text.strip());
			if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofDays(366)) > 0) {
				throw new IllegalArgumentException();
			}
			return text.strip();
		}
		catch (RuntimeException ex) {
			throw new InvalidInputException("extendBy",
					"Give a positive ISO-8601 duration of at most a year, such as P7D or PT12H.");
		}
	}

	private static RuleViolationException concurrent() {
		return new RuleViolationException("review.concurrent-change",
				"Someone else acted on this review at the same moment. Reload it and try again.");
	}

}
