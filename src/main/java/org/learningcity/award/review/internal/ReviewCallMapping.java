package org.learningcity.award.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateVariableMapping;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.review.internal.PanelStore.StoredPanel;
import org.springframework.stereotype.Component;

/**
 * The variables the cycle process's review call activity
 * ({@code CallActivity_ReviewNomination}) starts a review with: the same as a review
 * started on its own ({@link ReviewProcessEvents#startVariables}), for the nomination of
 * the multi-instance's element. Nothing comes back: the result lives in the review
 * tables. Each review starts in a job of its own (see CycleProcess.bpmn), so this reads
 * the stored panel by JDBC and the cycle's settings only.
 */
@Component("reviewCallMapping")
class ReviewCallMapping implements DelegateVariableMapping {

	private final PanelStore panels;

	private final Cycles cycles;

	ReviewCallMapping(PanelStore panels, Cycles cycles) {
		this.panels = panels;
		this.cycles = cycles;
	}

	@Override
	public void mapInputVariables(DelegateExecution superExecution, VariableMap subVariables) {
		long nominationId = Long.parseLong((String) superExecution.getVariable(CycleProcessNames.NOMINATION));
		StoredPanel panel = this.panels.get(nominationId);
		subVariables.putAll(ReviewProcessEvents.startVariables(panel, this.cycles.settings(panel.cycleId())));
	}

	@Override
	public void mapOutputVariables(DelegateExecution superExecution, VariableScope subInstance) {
		// the result lives in the review tables
	}

}
