package org.learningcity.award.notification.internal;

import java.time.Clock;
import java.util.List;

import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Service;

/** What staff see and do on the mail outbox, for the page and the API alike. */
@Service
class MailOutbox {

	private final Outbox outbox;

	private final Clock clock;

	MailOutbox(Outbox outbox, Clock clock) {
		this.outbox = outbox;
		this.clock = clock;
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
