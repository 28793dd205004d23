package org.learningcity.award.notification;

/**
 * Tells people things, by mail and in the application. Call it inside the transaction of
 * the business event that causes the notification: it is stored with that event (and
 * disappears with it if the transaction rolls back) and delivered after the commit by the
 * outbox worker, so a mail server that is down never makes the business action fail.
 */
public interface Notifications {

	/**
	 * Stores a notification for delivery after the current transaction commits.
	 * @param request who, what and which template
	 * @throws org.springframework.transaction.IllegalTransactionStateException if no
	 * transaction is active
	 * @throws IllegalArgumentException for an unknown recipient or mail template
	 */
	void send(NotificationRequest request);

}
