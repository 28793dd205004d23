package org.learningcity.award.nomination.internal;

import java.util.List;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.nomination.EligibilityDecided;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.workflow.ProcessMessages;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The nominations' part in the cycle process: whether every nomination of the cycle has
 * its eligibility decided (the delegate {@code eligibilitySettledDelegate} of
 * {@code Task_CheckEligibilitySettled}), and the message {@code EligibilityDecided} to
 * the cycle's process after each decision, so that it checks again.
 */
@Component("eligibilitySettledDelegate")
class CycleEligibility implements JavaDelegate {

	private final Nominations nominations;

	private final ProcessMessages messages;

	CycleEligibility(Nominations nominations, ProcessMessages messages) {
		this.nominations = nominations;
		this.messages = messages;
	}

	/**
	 * Sets {@code eligibilitySettled} (no nomination of the cycle waits for its
	 * eligibility decision) and {@code anyEligible} (at least one is eligible).
	 */
	@Override
	public void execute(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
		long cycleId = ((Number) execution.getVariable(CycleProcessNames.CYCLE_ID)).longValue();
		List<NominationView> inCycle = this.nominations.inCycle(cycleId);
		execution.setVariable(CycleProcessNames.ELIGIBILITY_SETTLED,
				inCycle.stream().noneMatch((n) -> n.status() == NominationStatus.NOMINATED));
		execution.setVariable(CycleProcessNames.ANY_ELIGIBLE, inCycle.stream()
			.anyMatch((n) -> n.status() != NominationStatus.NOMINATED && n.status() != NominationStatus.INELIGIBLE));
	}

	@EventListener
	void on(EligibilityDecided event) {
		this.messages.nudgeAfterCommit(Long.toString(event.cycleId()), CycleProcessNames.MESSAGE_ELIGIBILITY_DECIDED);
	}

}
