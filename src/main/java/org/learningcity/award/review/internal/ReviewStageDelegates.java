package org.learningcity.award.review.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.Nominations;
import org.springframework.stereotype.Component;

/**
 * The review module's check in the cycle process ({@code Task_CheckResultsFinal}): sets
 * {@code resultsFinal} when the review of every eligible nomination of the cycle (those
 * the call activity reviewed and those whose panels were formed later by hand) ended with
 * its result final.
 */
@Component("resultsFinalDelegate")
class ReviewStageDelegates implements JavaDelegate {

	private final Nominations nominations;

	private final CycleReviewStage stage;

	ReviewStageDelegates(Nominations nominations, CycleReviewStage stage) {
		this.nominations = nominations;
		this.stage = stage;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long cycleId = ((Number) execution.getVariable(CycleProcessNames.CYCLE_ID)).longValue();
		boolean allFinal = this.nominations.inCycle(cycleId)
			.stream()
			.filter((n) -> n.status() != NominationStatus.NOMINATED && n.status() != NominationStatus.INELIGIBLE)
			.allMatch((n) -> this.stage.resultFinal(n.id()));
		execution.setVariable(CycleProcessNames.RESULTS_FINAL, allFinal);
	}

}
