package org.learningcity.award.nomination.internal;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.ApplicationStarted;
import org.learningcity.award.nomination.ApplicationSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Drives the nomination process from the applications' events, in the transaction of the
 * city's action: a started application starts an instance (business key: the
 * application's id), a submitted one completes the city's task. Either both the change
 * and the process move, or neither.
 */
@Component
class NominationProcessEvents {

	private final RuntimeService runtime;

	private final Cycles cycles;

	private final ProcessTasks tasks;

	NominationProcessEvents(RuntimeService runtime, Cycles cycles, ProcessTasks tasks) {
		this.runtime = runtime;
		this.cycles = cycles;
		this.tasks = tasks;
	}

	@EventListener
	void on(ApplicationStarted event) {
		Cycle cycle = this.cycles.get(event.cycleId());
		this.runtime.createProcessInstanceByKey(NominationProcess.KEY)
			.businessKey(Long.toString(event.applicationId()))
			.setVariables(NominationSchedule.startVariables(event.applicationId(), cycle, event.cityId()))
			.execute();
	}

	@EventListener
	void on(ApplicationSubmitted event) {
		this.tasks.complete(event.applicationId(), NominationProcess.TASK_COMPLETE_APPLICATION, Map.of(),
				"application.not-waiting-for-submission",
				"This application is not waiting to be submitted: it was closed at the application deadline "
						+ "or is with its National Commission already.");
	}

}
