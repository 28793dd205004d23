package org.learningcity.award.notification;

/**
 * What a notification is about. People may turn mail off for the categories that allow
 * it; they still see those notifications in the application. A notification that carries
 * a deadline or a decision is always mailed, whatever its category.
 */
public enum Category {

	/** A task was given to the person (score a report, review an application...). */
	TASK_ASSIGNED(true),

	/** A deadline nears or has passed. */
	REMINDER(true),

	/** Something needs staff's attention (a panel disagrees, a review is overdue). */
	ESCALATION(true),

	/** Results and news of a cycle (shortlist published, cycle decided). */
	RESULTS(true),

	/** A decision about the person's own application or nomination: always mailed. */
	DECISION(false),

	/** The person's account (created, locked, password changed): always mailed. */
	ACCOUNT(false);

	private final boolean mailOptional;

	Category(boolean mailOptional) {
		this.mailOptional = mailOptional;
	}

	/** Whether people may choose not to receive this category by mail. */
	public boolean isMailOptional() {
		return this.mailOptional;
	}

}
