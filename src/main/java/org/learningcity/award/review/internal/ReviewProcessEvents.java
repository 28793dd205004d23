package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.review.PanelFormed;
import org.learningcity.award.review.internal.PanelStore.StoredPanel;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the review process of a nomination when its panel is formed, in the transaction
 * that stores the panel (business key: the nomination's id), unless the cycle process
 * starts it (panels formed while it waited for them).
 */
@Component
class ReviewProcessEvents {

	private final RuntimeService runtime;

	private final PanelStore panels;

	private final Cycles cycles;

	private final CycleReviewStage cycleStage;

	ReviewProcessEvents(RuntimeService runtime, PanelStore panels, Cycles cycles, CycleReviewStage cycleStage) {
		this.cycleStage = cycleStage;
		this.runtime = runtime;
		this.panels = panels;
		this.cycles = cycles;
	}

	/**
	 * Reads the stored panel only (usernames, by JDBC): thousands of panels are formed in
	 * one transaction, and loading each member's account as an entity made every later
	 * query of that transaction flush a growing persistence context.
	 */
	@EventListener
	void on(PanelFormed event) {
		if (event.reviewedByCycleProcess()) {
			return; // the cycle process's call activity starts this review
		}
		StoredPanel panel = this.panels.get(event.nominationId());
		if (this.cycleStage.reviewedByCycle(panel.cycleId(), panel.nominationId())) {
			return;
		}
		this.runtime.createProcessInstanceByKey(ReviewProcess.KEY)
			.businessKey(Long.toString(event.nominationId()))
			.setVariables(startVariables(panel, this.cycles.settings(panel.cycleId())))
			.execute();
	}

	/** The variables the review of this stored panel starts with. */
	static Map<String, Object> startVariables(StoredPanel panel, CycleSettings settings) {
		return startVariables(panel.nominationId(), panel.cycleId(), String.join(",", panel.experts()), settings);
	}

	/** The variables a review process starts with. */
	static Map<String, Object> startVariables(long nominationId, long cycleId, String experts, CycleSettings settings) {
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put(ReviewProcess.NOMINATION_ID, nominationId);
		variables.put(ReviewProcess.CYCLE_ID, cycleId);
		variables.put(ReviewProcess.EXPERTS, experts);
		variables.put(ReviewProcess.INVITATION_RESPONSE, settings.invitationResponse());
		variables.put(ReviewProcess.REVIEW_DURATION, settings.reviewDuration());
		variables.put(ReviewProcess.REMINDER_BEFORE, String.join(",", settings.reminderBefore()));
		variables.put(ReviewProcess.MODERATION_DURATION, settings.moderationDuration());
		variables.put(ReviewProcess.DIVERGENCE_THRESHOLD, settings.divergenceThreshold());
		variables.put(ReviewProcess.MODERATED, false);
		return variables;
	}

}
