package org.learningcity.award.nomination.internal;

import java.util.Map;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Component;

/** Finds and completes the open user task of an application's nomination process. */
@Component
class ProcessTasks {

	private final TaskService tasks;

	ProcessTasks(TaskService tasks) {
		this.tasks = tasks;
	}

	/** The open task of that kind of the application's process, if it waits there. */
	Task find(long applicationId, String taskDefinitionKey) {
		return this.tasks.createTaskQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicationId))
			.taskDefinitionKey(taskDefinitionKey)
			.active()
			.singleResult();
	}

	/**
	 * Completes the task that must be open now, in the caller's transaction.
	 * @throws RuleViolationException if the process does not wait there, or someone else
	 * completed it at the same moment
	 */
	void complete(long applicationId, String taskDefinitionKey, Map<String, Object> variables, String notWaitingCode,
			String notWaitingMessage) {
		Task task = find(applicationId, taskDefinitionKey);
		if (task == null) {
			throw new RuleViolationException(notWaitingCode, notWaitingMessage);
		}
		try {
			this.tasks.complete(task.getId(), variables);
		}
		catch (OptimisticLockingException ex) {
			throw new RuleViolationException("nomination.concurrent-change",
					"Someone else acted on this application at the same moment. Reload it and try again.");
		}
	}

}
