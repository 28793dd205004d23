package org.learningcity.award.nomination.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.nomination.Applications;
import org.springframework.stereotype.Component;

/**
 * Closes an application that a deadline overtook: {@code closedBy} (an input parameter)
 * is {@code APPLICATION_DEADLINE} for a draft the city did not submit in time, or
 * {@code NOMINATION_DEADLINE} for an application its National Commission did not review
 * in time.
 */
@Component("closeApplicationDelegate")
class CloseApplicationDelegate implements JavaDelegate {

	static final String CLOSED_BY = "closedBy";

	static final String BY_APPLICATION_DEADLINE = "APPLICATION_DEADLINE";

	private final Applications applications;

	CloseApplicationDelegate(Applications applications) {
		this.applications = applications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long applicationId = ((Number) execution.getVariable(NominationProcess.APPLICATION_ID)).longValue();
		boolean draft = BY_APPLICATION_DEADLINE.equals(execution.getVariableLocal(CLOSED_BY));
		String reason = draft
				? "Not submitted before the application deadline ("
						+ execution.getVariable(NominationProcess.APPLICATION_DEADLINE) + ")."
				: "Not reviewed by the National Commission before the nomination deadline ("
						+ execution.getVariable(NominationProcess.NOMINATION_DEADLINE) + ").";
		// the applications record the closing, with the reason, in the audit trail
		this.applications.markClosed(applicationId, reason);
	}

}
