package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.learningcity.award.notification.internal.MailRenderer.RenderedMail;
import org.learningcity.award.notification.internal.Recipients.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores each notification twice in the caller's transaction: in the person's in-app
 * inbox, and (unless the person turned this category's mail off) in the mail outbox,
 * rendered in the person's language, for the outbox worker to deliver after the commit.
 */
@Service
class NotificationService implements Notifications {

	private static final Logger log = LoggerFactory.getLogger(NotificationService.class);

	private final Recipients recipients;

	private final MailRenderer renderer;

	private final Outbox outbox;

	private final Inbox inbox;

	private final MailPreferences preferences;

	private final MailSettings settings;

	private final Clock clock;

	NotificationService(Recipients recipients, MailRenderer renderer, Outbox outbox, Inbox inbox,
			MailPreferences preferences, MailSettings settings, Clock clock) {
		this.recipients = recipients;
		this.renderer = renderer;
		this.outbox = outbox;
		this.inbox = inbox;
		this.preferences = preferences;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void send(NotificationRequest request) {
		Instant now = this.clock.instant();
		List<Recipient> people = this.recipients.of(request);
		if (people.isEmpty()) {
			log.info("Notification {} to {} has no enabled recipient", request.template(), request.recipient());
		}
		for (Recipient person : people) {
			String language = this.settings.supportedLanguage(person.language());
			RenderedMail mail = this.renderer.render(request.template(), language, request.model(), request.link(),
					request.due(), person.name());
			if (person.accountId() != null) {
				this.inbox.add(person.accountId(), request.category().name(), mail.subject(), request.link(),
						request.due(), now);
			}
			boolean byMail = request.mandatoryMail() || person.accountId() == null
					|| this.preferences.wantsMail(person.accountId(), request.category());
			if (byMail) {
				String uuid = UUID.randomUUID().toString();
				this.outbox.add(new Outbox.NewMessage(uuid, messageId(uuid), person.username(), person.address(),
						HeaderSafety.singleLine(person.name()), language, request.category().name(), request.template(),
						mail.subject(), mail.text(), mail.html(), request.link(), request.due()), now);
			}
		}
	}

	/**
	 * The Message-ID of a notification: the same on every try, so copies are one mail.
	 */
	String messageId(String uuid) {
		return "<notification-" + uuid + "@" + domain() + ">";
	}

	String domain() {
		if (this.settings.getMessageIdDomain() != null && !this.settings.getMessageIdDomain().isBlank()) {
			return this.settings.getMessageIdDomain().strip();
		}
		try {
			String from = new InternetAddress(this.settings.getFrom(), false).getAddress();
			int at = from.lastIndexOf('@');
			return (at >= 0) ? from.substring(at + 1) : "award.localhost";
		}
		catch (AddressException ex) {
			return "award.localhost";
		}
	}

}
