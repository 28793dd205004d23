package org.learningcity.award.review.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.learningcity.award.cycle.CycleProcessNames;
import org.springframework.stereotype.Component;

/**
 * The review module's view of the cycle process: whether it waits for the panels to be
 * formed (then forming them completes its task, and its call activity starts the
 * reviews), whether a nomination's review is the cycle process's to start, and whether a
 * nomination's review ended with its result final.
 */
@Component
class CycleReviewStage {

	private final RuntimeService runtime;

	private final TaskService taskService;

	private final HistoryService history;

	/** The most characters a text variable holds (Camunda's TEXT_ column). */
	static final int MAX_TEXT = 4000;

	CycleReviewStage(RuntimeService runtime, TaskService taskService, HistoryService history) {
		this.runtime = runtime;
		this.taskService = taskService;
		this.history = history;
	}

	/** The cycle process's waiting {@code Task_FormPanels}, or {@code null}. */
	Task formPanelsTask(long cycleId) {
		return this.taskService.createTaskQuery()
			.processDefinitionKey(CycleProcessNames.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.taskDefinitionKey(CycleProcessNames.TASK_FORM_PANELS)
			.singleResult();
	}

	/**
	 * Completes the cycle process's {@code Task_FormPanels} with the nominations whose
	 * panels were formed: its call activity reviews each.
	 * @return whether the cycle process was waiting for it
	 */
	boolean completeFormPanels(long cycleId, Collection<Long> nominationIds) {
		Task task = formPanelsTask(cycleId);
		if (task == null) {
			return false;
		}
		String ids = nominationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
		// a text variable holds at most 4,000 characters: a larger cycle's list goes as
		// bytes
		this.taskService.complete(task.getId(), Map.of(CycleProcessNames.NOMINATION_IDS,
				(ids.length() <= MAX_TEXT) ? ids : Variables.byteArrayValue(ids.getBytes(StandardCharsets.UTF_8))));
		return true;
	}

	/**
	 * Whether the cycle process's call activity reviews this nomination (it is about to
	 * start, has started or has finished its review): the panels formed by completing
	 * {@code Task_FormPanels}.
	 */
	boolean reviewedByCycle(long cycleId, long nominationId) {
		ProcessInstance cycle = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CycleProcessNames.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.singleResult();
		if (cycle == null) {
			return false;
		}
		Object ids = this.runtime.getVariable(cycle.getId(), CycleProcessNames.NOMINATION_IDS);
		String text = (ids instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8)
				: (ids instanceof String string) ? string : null;
		return text != null && List.of(text.split(",")).contains(Long.toString(nominationId));
	}

	/** Whether the nomination's review process ended with its result final. */
	boolean resultFinal(long nominationId) {
		return this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(Long.toString(nominationId))
			.completed()
			.count() > 0;
	}

}
