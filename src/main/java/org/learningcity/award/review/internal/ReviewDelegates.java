package org.learningcity.award.review.internal;

import java.time.Instant;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The review process's service tasks: thin delegates that read the ids from the variables
 * and call the services.
 */
@Configuration(proxyBeanMethods = false)
class ReviewDelegates {

	static long nominationId(DelegateExecution execution) {
		return ((Number) execution.getVariable(ReviewProcess.NOMINATION_ID)).longValue();
	}

	static String expert(DelegateExecution execution) {
		return (String) execution.getVariable(ReviewProcess.EXPERT);
	}

	/** Invites the expert of this instance (creates the review). */
	@Bean
	JavaDelegate inviteExpertDelegate(ReviewService reviews) {
		return (execution) -> reviews.invite(nominationId(execution), expert(execution));
	}

	/**
	 * Opens (or reopens, after an extension) the scoring: due reviewDuration from now.
	 */
	@Bean
	JavaDelegate openScoringDelegate(ReviewService reviews) {
		return (execution) -> {
			String extendBy = (String) execution.getVariable(ReviewProcess.EXTEND_BY);
			reviews.openScoring(nominationId(execution), expert(execution),
					(extendBy != null) ? extendBy : (String) execution.getVariable(ReviewProcess.REVIEW_DURATION));
			if (extendBy != null) {
				execution.setVariable(ReviewProcess.EXTEND_BY, null);
			}
		};
	}

	/**
	 * Replaces the expert of this instance by the panel's next reserve; without one left,
	 * tells staff and throws {@code NoReserveLeft} (staff name an expert).
	 */
	@Bean
	JavaDelegate bringInReserveDelegate(ReserveService reserves, Notifications notifications,
			org.learningcity.award.nomination.Nominations nominations) {
		return (execution) -> {
			long nomination = nominationId(execution);
			java.util.Optional<String> reserve = reserves.bringInReserve(nomination, expert(execution));
			if (reserve.isPresent()) {
				execution.setVariable(ReviewProcess.EXPERT, reserve.get());
				return;
			}
			notifications.send(NotificationRequest.toRole(org.learningcity.award.identity.Role.UIL_STAFF)
				.category(Category.ESCALATION)
				.template("review-no-reserve")
				.with("cityName",
						nominations.find(nomination).map((n) -> n.cityName()).orElse(Long.toString(nomination)))
				.with("expert", expert(execution))
				.link("/tasks")
				.build());
			throw new org.camunda.bpm.engine.delegate.BpmnError(ReviewProcess.ERROR_NO_RESERVE_LEFT,
					"The panel has no reserve left to replace " + expert(execution) + ".");
		};
	}

	/** Reminds the expert, unless the scores are in already. */
	@Bean
	JavaDelegate remindExpertDelegate(ReviewService reviews, Notifications notifications) {
		return (execution) -> {
			long nomination = nominationId(execution);
			String expert = expert(execution);
			if (reviews.submitted(nomination, expert)) {
				return;
			}
			Instant due = reviews.due(nomination, expert);
			notifications.send(NotificationRequest.to(expert)
				.category(Category.REMINDER)
				.template("review-reminder")
				.with("nominationId", nomination)
				.link("/tasks")
				.due(due)
				.build());
		};
	}

	/** Decides whether the panel agrees on its latest scores. */
	@Bean
	JavaDelegate decideAgreementDelegate(AgreementService agreement) {
		return (execution) -> {
			boolean moderated = Boolean.TRUE.equals(execution.getVariable(ReviewProcess.MODERATED));
			AgreementService.Decision decision = agreement.decide(nominationId(execution),
					moderated ? ReviewService.MODERATION_ROUND : ReviewService.FIRST_ROUND,
					((Number) execution.getVariable(ReviewProcess.DIVERGENCE_THRESHOLD)).intValue());
			execution.setVariable(ReviewProcess.DIVERGENT, decision.divergent());
			execution.setVariable(ReviewProcess.PANEL, String.join(",", decision.panel()));
		};
	}

}
