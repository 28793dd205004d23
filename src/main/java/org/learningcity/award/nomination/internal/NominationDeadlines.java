package org.learningcity.award.nomination.internal;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.cycle.CycleDeadlinesChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the nomination processes' deadlines when an open cycle's deadlines are extended,
 * in the transaction that stores them: the variables the timers read, the timers
 * themselves (the National Commission's reminders shift by as much as the nomination
 * deadline) and the due dates of the waiting tasks.
 */
@Component
class NominationDeadlines {

	private final RuntimeService runtime;

	private final ManagementService management;

	private final TaskService taskService;

	NominationDeadlines(RuntimeService runtime, ManagementService management, TaskService taskService) {
		this.runtime = runtime;
		this.management = management;
		this.taskService = taskService;
	}

	@EventListener
	void on(CycleDeadlinesChanged event) {
		Instant application = event.applicationDeadline().toInstant();
		Instant nomination = event.nominationDeadline().toInstant();
		for (ProcessInstance instance : this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.variableValueEquals(NominationProcess.CYCLE_ID, event.cycleId())
			.active()
			.list()) {
			move(instance.getId(), application, nomination);
		}
	}

	private void move(String instanceId, Instant application, Instant nomination) {
		Instant formerNomination = Instant
			.parse((String) this.runtime.getVariable(instanceId, NominationProcess.NOMINATION_DEADLINE));
		boolean returned = NominationProcess.NatcomDecision.RETURN.name()
			.equals(this.runtime.getVariable(instanceId, NominationProcess.NATCOM_DECISION));
		Instant cityDeadline = returned ? nomination : application;
		this.runtime.setVariable(instanceId, NominationProcess.APPLICATION_DEADLINE,
				NominationSchedule.iso(application));
		this.runtime.setVariable(instanceId, NominationProcess.NOMINATION_DEADLINE, NominationSchedule.iso(nomination));
		this.runtime.setVariable(instanceId, NominationProcess.NOMINATION_REMINDERS,
				NominationSchedule.reminders(nomination));
		for (Job timer : this.management.createJobQuery().processInstanceId(instanceId).timers().list()) {
			String activity = this.management.createJobDefinitionQuery()
				.jobDefinitionId(timer.getJobDefinitionId())
				.singleResult()
				.getActivityId();
			if (NominationProcess.TIMER_APPLICATION_DEADLINE.equals(activity)) {
				this.management.setJobDuedate(timer.getId(), Date.from(cityDeadline));
			}
			else if (NominationProcess.TIMER_NOMINATION_DEADLINE.equals(activity)) {
				this.management.setJobDuedate(timer.getId(), Date.from(nomination));
			}
			else if (NominationProcess.TIMER_NOMINATION_REMINDER.equals(activity) && timer.getDuedate() != null) {
				// the reminders keep their distance to the deadline; cascade moves the
				// later ones too
				long shift = nomination.toEpochMilli() - formerNomination.toEpochMilli();
				this.management.setJobDuedate(timer.getId(), new Date(timer.getDuedate().getTime() + shift), true);
			}
		}
		for (Task task : this.taskService.createTaskQuery().processInstanceId(instanceId).list()) {
			if (NominationProcess.TASK_COMPLETE_APPLICATION.equals(task.getTaskDefinitionKey())) {
				task.setDueDate(Date.from(cityDeadline));
				this.taskService.saveTask(task);
			}
			else if (NominationProcess.TASK_NATCOM_REVIEW.equals(task.getTaskDefinitionKey())) {
				task.setDueDate(Date.from(nomination));
				this.taskService.saveTask(task);
			}
		}
	}

}
