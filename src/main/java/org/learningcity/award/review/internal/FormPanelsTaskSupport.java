package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.Panels;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/**
 * The cycle process's {@code FORM_PANELS} task in the inbox: done on the cycle's panels
 * page, or through {@code POST /api/tasks/{id}/complete} (no body needed), which forms
 * every panel as {@code POST /api/cycles/{id}/panels} does; forming them completes the
 * task.
 */
@Component
class FormPanelsTaskSupport implements TaskTypeSupport, TaskCompletion {

	static final String FORM_PANELS = OpenTask.typeOf(CycleProcessNames.TASK_FORM_PANELS);

	private final RuntimeService runtime;

	private final Panels panels;

	private final Nominations nominations;

	FormPanelsTaskSupport(RuntimeService runtime, Panels panels, Nominations nominations) {
		this.runtime = runtime;
		this.panels = panels;
		this.nominations = nominations;
	}

	@Override
	public boolean supports(String type) {
		return FORM_PANELS.equals(type);
	}

	@Override
	public String link(OpenTask task) {
		return "/cycles/" + cycleId(task) + "/panels";
	}

	@Override
	public Map<String, Object> details(OpenTask task) {
		long cycleId = cycleId(task);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("cycleId", Long.toString(cycleId));
		details.put("eligibleNominations",
				this.nominations.inCycle(cycleId)
					.stream()
					.filter((n) -> n.status() == NominationStatus.ELIGIBLE)
					.count());
		return details;
	}

	@Override
	public boolean completes(String type) {
		return FORM_PANELS.equals(type);
	}

	@Override
	public Object draft(OpenTask task, JsonNode body) {
		throw new RuleViolationException("review.no-draft", "Forming the panels has nothing to save as a draft.");
	}

	@Override
	public Object complete(OpenTask task, JsonNode body) {
		return this.panels.formAll(cycleId(task)).stream().map(PanelApiController.PanelJson::of).toList();
	}

	private long cycleId(OpenTask task) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processInstanceId(task.processInstanceId())
			.singleResult();
		if (instance == null || instance.getBusinessKey() == null) {
			throw new NotFoundException("Task", task.id());
		}
		return Long.parseLong(instance.getBusinessKey());
	}

}
