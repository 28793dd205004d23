package org.learningcity.award.cycle.internal;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleDeadlinesChanged;
import org.learningcity.award.cycle.CycleOpened;
import org.learningcity.award.cycle.Cycles;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the cycle process from the cycle's events, in the transaction of the change: an
 * opened call starts the cycle's instance (business key: the cycle's id); extended
 * deadlines move its nomination-deadline timer.
 */
@Component
class CycleProcessEvents {

	private final RuntimeService runtime;

	private final ManagementService management;

	private final Cycles cycles;

	CycleProcessEvents(RuntimeService runtime, ManagementService management, Cycles cycles) {
		this.runtime = runtime;
		this.management = management;
		this.cycles = cycles;
	}

	@EventListener
	void on(CycleOpened event) {
		Cycle cycle = this.cycles.get(event.cycleId());
		this.runtime.createProcessInstanceByKey(CycleProcess.KEY)
			.businessKey(Long.toString(cycle.id()))
			.setVariables(startVariables(cycle))
			.execute();
	}

	@EventListener
	void on(CycleDeadlinesChanged event) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CycleProcess.KEY)
			.processInstanceBusinessKey(Long.toString(event.cycleId()))
			.active()
			.singleResult();
		if (instance == null) {
			return;
		}
		this.runtime.setVariable(instance.getId(), CycleProcess.NOMINATION_DEADLINE,
				iso(event.nominationDeadline().toInstant()));
		Job timer = this.management.createJobQuery()
			.processInstanceId(instance.getId())
			.activityId(CycleProcess.TIMER_NOMINATION_DEADLINE)
			.timers()
			.singleResult();
		if (timer != null) {
			this.management.setJobDuedate(timer.getId(), Date.from(event.nominationDeadline().toInstant()));
		}
	}

	/** The variables a cycle process starts with. */
	static Map<String, Object> startVariables(Cycle cycle) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(CycleProcess.CYCLE_ID, cycle.id());
		variables.put(CycleProcess.NOMINATION_DEADLINE, iso(cycle.settings().nominationDeadline().toInstant()));
		return variables;
	}

	private static String iso(java.time.Instant instant) {
		return DateTimeFormatter.ISO_INSTANT.format(instant);
	}

}
