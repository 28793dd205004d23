package org.learningcity.award.jury.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The jury process's service tasks: thin delegates that read the ids from the variables
 * and call the services.
 */
@Configuration(proxyBeanMethods = false)
class JuryDelegates {

	static long cycleId(DelegateExecution execution) {
		return ((Number) execution.getVariable(JuryProcess.CYCLE_ID)).longValue();
	}

	static String juror(DelegateExecution execution) {
		return (String) execution.getVariable(JuryProcess.JUROR);
	}

	/** Seats the jury and sets {@code jurors}: the seated jurors, comma-separated. */
	@Bean
	JavaDelegate seatJuryDelegate(JuryService jury) {
		return (execution) -> execution.setVariable(JuryProcess.JURORS,
				String.join(",", jury.seat(cycleId(execution))));
	}

	/** Reminds the juror, unless the vote is cast already. */
	@Bean
	JavaDelegate remindJurorDelegate(JuryService jury, Notifications notifications, JuryLinks links) {
		return (execution) -> {
			long cycle = cycleId(execution);
			String juror = juror(execution);
			if (jury.voted(cycle, juror)) {
				return;
			}
			org.camunda.bpm.engine.task.Task task = jury.voteTask(cycle, juror);
			notifications.send(NotificationRequest.to(juror)
				.category(Category.REMINDER)
				.template("jury-reminder")
				.with("cycleTitle", links.cycleTitle(cycle))
				.link((task != null) ? JuryLinks.votePage(task.getId()) : "/tasks")
				.due(jury.due(cycle))
				.build());
		};
	}

	/** Closes the juror's vote unfinished: the deadline has passed. */
	@Bean
	JavaDelegate closeVoteDelegate(JuryService jury) {
		return (execution) -> jury.close(cycleId(execution), juror(execution));
	}

}
