package org.learningcity.award.nomination.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands the eligibility facts to the rules as transient variables: they live only until
 * the decision is taken (the decision's history in Cockpit keeps them), the process keeps
 * ids and flags.
 */
@Component("eligibilityFactsDelegate")
class EligibilityFactsDelegate implements JavaDelegate {

	private final EligibilityFacts facts;

	EligibilityFactsDelegate(EligibilityFacts facts) {
		this.facts = facts;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long applicationId = ((Number) execution.getVariable(NominationProcess.APPLICATION_ID)).longValue();
		EligibilityFacts.Facts facts = this.facts.of(applicationId);
		execution.setVariable(NominationProcess.MEMBERSHIP_MONTHS,
				Variables.integerValue(facts.membershipMonths(), true));
		execution.setVariable(NominationProcess.REQUIRED_MEMBERSHIP_MONTHS,
				Variables.integerValue(facts.requiredMembershipMonths(), true));
		execution.setVariable(NominationProcess.YEARS_SINCE_LAST_AWARD,
				Variables.integerValue(facts.yearsSinceLastAward(), true));
		execution.setVariable(NominationProcess.EXCLUSION_YEARS, Variables.integerValue(facts.exclusionYears(), true));
		execution.setVariable(NominationProcess.APPLICATION_COMPLETE,
				Variables.booleanValue(facts.applicationComplete(), true));
		execution.setVariable(NominationProcess.CONSENT_GIVEN, Variables.booleanValue(facts.consentGiven(), true));
	}

}
