package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.learningcity.award.notification.internal.MailFailures.Failure;
import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims each due message (so that two nodes never send it at the
 * same time), sends it over SMTP outside any transaction, then marks it SENT, or
 * schedules the next try after a growing pause, or marks it FAILED with the error once
 * the tries are used up or the error is one that another try cannot fix.
 *
 * <p>
 * If a node dies between sending and marking, the message is sent again when its claim
 * runs out, with the same Message-ID: mail programs show the copies as one mail.
 */
@Component
public class OutboxWorker {

	private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

	private final Outbox outbox;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final MailComposer composer;

	private final MailSettings settings;

	private final Clock clock;

	private volatile Runnable afterSend = () -> {
	};

	OutboxWorker(Outbox outbox, ObjectProvider<JavaMailSender> mailSender, MailComposer composer, MailSettings settings,
			Clock clock) {
		this.outbox = outbox;
		this.mailSender = mailSender;
		this.composer = composer;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Tries every message that is due now once.
	 * @return how many were sent
	 */
	public int deliverDue() {
		List<Long> due = this.outbox.due(this.clock.instant(), this.settings.getBatchSize());
		int sent = 0;
		for (Long id : due) {
			try {
				if (deliver(id)) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// the claim runs out and another round tries again
				log.error("Delivering notification mail {} broke off", id, ex);
			}
		}
		return sent;
	}

	/** One try of one message, if this node wins the claim. */
	boolean deliver(long id) {
		String token = UUID.randomUUID().toString();
		Instant now = this.clock.instant();
		if (!this.outbox.claim(id, token, now, now.plus(this.settings.getLease()))) {
			return false;
		}
		OutboxMessage message = this.outbox.find(id).orElseThrow();
		JavaMailSender sender = this.mailSender.getIfAvailable();
		try {
			if (sender == null) {
				throw new IllegalStateException("No mail server is configured (set spring.mail.host).");
			}
			MimeMessage mime = this.composer.compose(sender.createMimeMessage(), message);
			sender.send(mime);
		}
		catch (Exception ex) {
			Failure failure = (sender == null) ? new Failure(ex.getMessage(), false)
					: MailFailures.describe(ex, server(sender));
			boolean last = failure.permanent() || message.attempts() >= this.settings.maxAttempts();
			Instant next = last ? now : this.clock.instant().plus(pauseAfter(message.attempts()));
			this.outbox.markTryFailed(id, token, last ? Status.FAILED : Status.PENDING, next, failure.message());
			log.warn("Notification mail {} to {}: try {} failed{}: {}", id, message.recipientAddress(),
					message.attempts(), last ? " for good" : ", will try again at " + next, failure.message());
			return false;
		}
		this.afterSend.run();
		if (!this.outbox.markSent(id, token, this.clock.instant())) {
			log.warn("Notification mail {} was sent but its claim had run out; it may be sent again", id);
		}
		return true;
	}

	/** The pause after the n-th failed try. */
	java.time.Duration pauseAfter(int attempts) {
		List<java.time.Duration> delays = this.settings.getRetryDelays();
		return delays.get(Math.min(Math.max(attempts, 1), delays.size()) - 1);
	}

	/** A test seam: runs after a message went out and before it is marked SENT. */
	void afterSend(Runnable hook) {
		this.afterSend = (hook != null) ? hook : () -> {
		};
	}

	private static String server(JavaMailSender sender) {
		if (sender instanceof JavaMailSenderImpl impl) {
			return impl.getHost() + ":" + ((impl.getPort() > 0) ? impl.getPort() : 25);
		}
		return "(configured)";
	}

}
