package org.learningcity.award.cycle.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The cycle process's own service tasks: move the cycle to its next status (the status is
 * the task's input {@code toStatus}), or close a cycle that has nothing to review. A move
 * the cycle already made (a retried job) is not made twice.
 */
@Configuration(proxyBeanMethods = false)
class CycleStageDelegates {

	@Bean
	JavaDelegate advanceCycleDelegate(Cycles cycles) {
		return (execution) -> {
			long cycleId = cycleId(execution);
			CycleStatus to = CycleStatus.valueOf((String) execution.getVariable(CycleProcess.TO_STATUS));
			if (cycles.get(cycleId).status() != to) {
				cycles.advance(cycleId, to);
			}
		};
	}

	@Bean
	JavaDelegate closeWithoutNominationsDelegate(Cycles cycles) {
		return (execution) -> {
			long cycleId = cycleId(execution);
			if (cycles.get(cycleId).status() != CycleStatus.CLOSED) {
				cycles.closeEarly(cycleId, "no nomination was found eligible.");
			}
		};
	}

	static long cycleId(DelegateExecution execution) {
		return ((Number) execution.getVariable(CycleProcess.CYCLE_ID)).longValue();
	}

}
