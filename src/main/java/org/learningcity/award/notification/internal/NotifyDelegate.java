package org.learningcity.award.notification.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.springframework.stereotype.Component;

/**
 * Sends a notification from a BPMN service task:
 * {@code camunda:delegateExpression="${notifyDelegate}"}. The task names what to send in
 * its input parameters (local variables): {@code recipient} (a username, an address or
 * {@code role:UIL_STAFF}), {@code template}, optionally {@code category} (default
 * {@code TASK_ASSIGNED}), {@code link}, {@code due} (a date or ISO-8601 instant),
 * {@code decision} and {@code language}; every other local variable of a simple type goes
 * into the template's model.
 *
 * <p>
 * The notification is stored in the engine's transaction; delivery happens later in the
 * outbox worker. Mark such a task {@code camunda:asyncBefore="true"} with a
 * {@code camunda:failedJobRetryTimeCycle} (e.g. {@code R5/PT10M}) so that a failure rolls
 * back to that save point and is retried, and exhausted retries become an incident that
 * staff see and retry in Cockpit.
 */
@Component("notifyDelegate")
class NotifyDelegate implements JavaDelegate {

	static final String RECIPIENT = "recipient";

	static final String TEMPLATE = "template";

	static final String CATEGORY = "category";

	static final String LINK = "link";

	static final String DUE = "due";

	static final String DECISION = "decision";

	static final String LANGUAGE = "language";

	private static final Set<String> CONTROL = Set.of(RECIPIENT, TEMPLATE, CATEGORY, LINK, DUE, DECISION, LANGUAGE);

	private final Notifications notifications;

	NotifyDelegate(Notifications notifications) {
		this.notifications = notifications;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Map<String, Object> local = execution.getVariablesLocal();
		NotificationRequest.Builder request = NotificationRequest.to(required(local, RECIPIENT))
			.template(required(local, TEMPLATE))
			.category((local.get(CATEGORY) != null) ? Category.valueOf(local.get(CATEGORY).toString())
					: Category.TASK_ASSIGNED)
			.link((local.get(LINK) != null) ? local.get(LINK).toString() : null)
			.due(instant(local.get(DUE)))
			.language((local.get(LANGUAGE) != null) ? local.get(LANGUAGE).toString() : null);
		if (Boolean.TRUE.equals(local.get(DECISION)) || "true".equals(String.valueOf(local.get(DECISION)))) {
			request.decision();
		}
		local.forEach((name, value) -> {
			if (!CONTROL.contains(name) && (value instanceof String || value instanceof Number
					|| value instanceof Boolean || value instanceof Date)) {
				request.with(name, value);
			}
		});
		this.notifications.send(request.build());
	}

	private static String required(Map<String, Object> local, String name) {
		Object value = local.get(name);
		if (value == null || value.toString().isBlank()) {
			throw new IllegalArgumentException("The notification task needs the input parameter " + name);
		}
		return value.toString();
	}

	private static Instant instant(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Date date) {
			return date.toInstant();
		}
		if (value instanceof Instant instant) {
			return instant;
		}
		return Instant.parse(value.toString());
	}

}
