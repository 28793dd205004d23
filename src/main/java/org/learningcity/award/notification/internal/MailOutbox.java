package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.util.List;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff see and do on the mail outbox, for the page and the API alike. */
@Service
class MailOutbox {

	static final String TEST_TEMPLATE = "test-message";

	private final Outbox outbox;

	private final Notifications notifications;

	private final Clock clock;

	MailOutbox(Outbox outbox, Notifications notifications, Clock clock) {
		this.outbox = outbox;
		this.notifications = notifications;
		this.clock = clock;
	}

	/**
	 * Sends a test mail to the signed-in person, to check the mail server settings: it
	 * goes through the outbox like every other mail.
	 */
	@Transactional
	void sendTestMail() {
		String username = Accounts.current()
			.map(CurrentUser::username)
			.orElseThrow(() -> new AccessDeniedException("Sign in with an account."));
		this.notifications.send(NotificationRequest.to(username)
			.category(Category.ACCOUNT)
			.template(TEST_TEMPLATE)
			.link("/mail")
			.build());
	}

	List<OutboxMessage> list(Status status) {
		return this.outbox.list(status);
	}

	OutboxMessage get(long id) {
		return this.outbox.find(id).orElseThrow(() -> new NotFoundException("Mail", id));
	}

	/** Puts a FAILED mail back in the queue; it keeps its Message-ID. */
	OutboxMessage resend(long id) {
		OutboxMessage message = get(id);
		if (!this.outbox.resend(id, this.clock.instant())) {
			throw new RuleViolationException("mail.not-failed",
					"Only a FAILED mail can be sent again; this one is " + message.status() + ".");
		}
		return get(id);
	}

	/** Parses an id from a path; ids that are not numbers do not exist. */
	static long id(String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Mail", id);
		}
	}

}
