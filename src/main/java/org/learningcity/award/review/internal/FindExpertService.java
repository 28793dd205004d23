package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When a panel has no reserve left ({@code FIND_EXPERT}), staff name the expert who takes
 * the leaving expert's place: the panel rules hold (no conflict of interest, no expert
 * over their maximum load, no one on the panel or invited before); the change is audited
 * and the process invites the expert.
 */
@Service
@Transactional
class FindExpertService {

	static final String EXPERT_NAMED = "review.expert-named";

	private final TaskService tasks;

	private final PanelService panels;

	private final ReserveService reserves;

	private final AuditTrail audit;

	FindExpertService(TaskService tasks, PanelService panels, ReserveService reserves, AuditTrail audit) {
		this.tasks = tasks;
		this.panels = panels;
		this.reserves = reserves;
		this.audit = audit;
	}

	/** The leaving expert whose place is to fill. */
	@Transactional(readOnly = true)
	String leaving(String taskId) {
		return (String) this.tasks.getVariable(task(taskId).getId(), ReviewProcess.EXPERT);
	}

	/**
	 * Names the expert and completes the task.
	 * @throws InvalidInputException ({@code expert}) saying why the expert may not review
	 * the nomination
	 * @throws RuleViolationException if the task is no open FIND_EXPERT task
	 */
	Map<String, Object> name(String taskId, String expert) {
		Task task = task(taskId);
		String leaving = (String) this.tasks.getVariable(task.getId(), ReviewProcess.EXPERT);
		long nominationId = ((Number) this.tasks.getVariable(task.getId(), ReviewProcess.NOMINATION_ID)).longValue();
		List<FieldError> problems = this.panels.replacementProblems(nominationId, "expert", expert, leaving,
				this.reserves.invited(nominationId));
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		String joining = expert.strip().toLowerCase(java.util.Locale.ROOT);
		String by = Accounts.currentUsername();
		this.reserves.nameExpert(nominationId, leaving, joining, by);
		this.audit.record(EXPERT_NAMED, "Nomination", Long.toString(nominationId),
				joining + " replaces " + leaving + " (no reserve left)");
		try {
			this.tasks.setAssignee(task.getId(), by);
			this.tasks.complete(task.getId(), Map.of(ReviewProcess.EXPERT, joining));
		}
		catch (OptimisticLockingException ex) {
			throw new RuleViolationException("review.concurrent-change",
					"Someone else acted on this review at the same moment. Reload it and try again.");
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nominationId", Long.toString(nominationId));
		json.put("replaced", leaving);
		json.put("expert", joining);
		return json;
	}

	private Task task(String taskId) {
		Task task = this.tasks.createTaskQuery()
			.taskId(taskId)
			.taskDefinitionKey(ReviewProcess.TASK_FIND_EXPERT)
			.active()
			.singleResult();
		if (task == null) {
			throw new RuleViolationException("review.not-finding", "There is no such expert to find.");
		}
		return task;
	}

}
