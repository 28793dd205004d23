package org.learningcity.award.nomination.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records what the eligibility rules found (the variables {@code eligibility} and
 * {@code eligibilityReason}) on the nomination and in the audit trail.
 */
@Component("recordEligibilityDelegate")
class RecordEligibilityDelegate implements JavaDelegate {

	private final NominationService nominations;

	RecordEligibilityDelegate(NominationService nominations) {
		this.nominations = nominations;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long nominationId = ((Number) execution.getVariable(NominationProcess.NOMINATION_ID)).longValue();
		NominationProcess.Eligibility eligibility = NominationProcess.Eligibility
			.valueOf((String) execution.getVariable(NominationProcess.ELIGIBILITY));
		String reason = (String) execution.getVariable(NominationProcess.ELIGIBILITY_REASON);
		this.nominations.recordRulesDecision(nominationId, eligibility, reason);
	}

}
