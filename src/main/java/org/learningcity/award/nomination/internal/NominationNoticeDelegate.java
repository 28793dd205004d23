package org.learningcity.award.nomination.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.NationalCommissionView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.learningcity.award.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Tells the people of an application what happened, from a BPMN service task (behind an
 * async boundary with a retry cycle): {@code to} names the audiences ({@code CITY}: the
 * city's coordinators, {@code NATCOM}: the National Commission's accounts, or its office
 * address if it has none), {@code template} the mail, {@code category}, {@code decision}
 * and {@code due} (ISO-8601) as for {@code notifyDelegate}; every other input parameter
 * of a simple type goes into the mail's model. The model also gets the city's name, the
 * cycle's title, the application's id and, as {@code comment}, the National Commission's
 * last comment or the eligibility reason. Each audience's link leads to its own page of
 * the application.
 */
@Component("nominationNoticeDelegate")
class NominationNoticeDelegate implements JavaDelegate {

	private static final Log logger = LogFactory.getLog(NominationNoticeDelegate.class);

	static final String TO = "to";

	static final String TEMPLATE = "template";

	static final String CATEGORY = "category";

	static final String DECISION = "decision";

	static final String DUE = "due";

	private static final Set<String> CONTROL = Set.of(TO, TEMPLATE, CATEGORY, DECISION, DUE);

	/** Who is told. */
	enum Audience {

		CITY, NATCOM

	}

	private final Notifications notifications;

	private final Applications applications;

	private final NominationService nominations;

	private final Cycles cycles;

	private final Network network;

	private final NominationAssignees assignees;

	NominationNoticeDelegate(Notifications notifications, Applications applications, NominationService nominations,
			Cycles cycles, Network network, NominationAssignees assignees) {
		this.notifications = notifications;
		this.applications = applications;
		this.nominations = nominations;
		this.cycles = cycles;
		this.network = network;
		this.assignees = assignees;
	}

	@Override
	public void execute(DelegateExecution execution) {
		long applicationId = ((Number) execution.getVariable(NominationProcess.APPLICATION_ID)).longValue();
		ApplicationView application = this.applications.find(applicationId)
			.orElseThrow(() -> new NotFoundException("Application", applicationId));
		Map<String, Object> local = execution.getVariablesLocal();
		String comment = this.nominations.forApplication(applicationId)
			.map(NominationView::eligibilityReason)
			.orElse(application.lastComment());
		for (Audience audience : audiences(local.get(TO))) {
			for (String recipient : recipients(audience, application)) {
				NotificationRequest.Builder request = NotificationRequest.to(recipient)
					.template(local.get(TEMPLATE).toString())
					.category((local.get(CATEGORY) != null) ? Category.valueOf(local.get(CATEGORY).toString())
							: Category.TASK_ASSIGNED)
					.link(link(audience, applicationId))
					.due(instant(local.get(DUE)))
					.with("cityName", application.cityName())
					.with("cycleTitle", this.cycles.get(application.cycleId()).settings().title())
					.with("applicationId", Long.toString(applicationId))
					.with("comment", comment);
				if (Boolean.TRUE.equals(local.get(DECISION)) || "true".equals(String.valueOf(local.get(DECISION)))) {
					request.decision();
				}
				local.forEach((name, value) -> {
					if (!CONTROL.contains(name)
							&& (value instanceof String || value instanceof Number || value instanceof Boolean)) {
						request.with(name, value);
					}
				});
				this.notifications.send(request.build());
			}
		}
	}

	private List<String> recipients(Audience audience, ApplicationView application) {
		List<String> recipients = new ArrayList<>();
		if (audience == Audience.CITY) {
			recipients.addAll(this.assignees.cityCoordinators(application.cityId()));
		}
		else {
			recipients.addAll(this.assignees.nationalCommissionOf(application.countryCode()));
			if (recipients.isEmpty()) {
				this.network.nationalCommission(application.countryCode())
					.map(NationalCommissionView::email)
					.filter(email -> email != null && !email.isBlank())
					.ifPresent(recipients::add);
			}
		}
		if (recipients.isEmpty()) {
			logger.warn("Nobody to tell (" + audience + ") about application " + application.id());
		}
		return recipients;
	}

	static String link(Audience audience, long applicationId) {
		return (audience == Audience.CITY) ? NominationLinks.cityApplication(applicationId)
				: NominationLinks.natcomApplication(applicationId);
	}

	private static List<Audience> audiences(Object to) {
		if (to == null || to.toString().isBlank()) {
			throw new IllegalArgumentException("The notice task needs the input parameter " + TO);
		}
		return Arrays.stream(to.toString().split(",")).map(String::strip).map(Audience::valueOf).toList();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		return Instant.parse(value.toString());
	}

}
