package org.learningcity.award.notification.internal;

import java.time.Instant;
import java.util.List;

import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The mail outbox in the API: {@code GET /api/mail} (API.md) and resending a failed mail.
 */
@RestController
@RequestMapping("/api/mail")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class MailApiController {

	private final MailOutbox outbox;

	MailApiController(MailOutbox outbox) {
		this.outbox = outbox;
	}

	/** Every mail, newest first; {@code ?status=FAILED} for one status only. */
	@GetMapping
	List<MailView> list(@RequestParam(required = false) Status status) {
		return this.outbox.list(status).stream().map(MailView::of).toList();
	}

	@GetMapping("/{id}")
	MailView get(@PathVariable String id) {
		return MailView.of(this.outbox.get(MailOutbox.id(id)));
	}

	/** Puts a FAILED mail back in the queue (409 if it is not FAILED). */
	@PostMapping("/{id}/resend")
	MailView resend(@PathVariable String id) {
		return MailView.of(this.outbox.resend(MailOutbox.id(id)));
	}

	/**
	 * Sends a test mail to the caller through the outbox (to check the mail server
	 * settings).
	 */
	@PostMapping("/test")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void sendTestMail() {
		this.outbox.sendTestMail();
	}

	/** One mail of the outbox. */
	record MailView(String id, String to, String subject, Status status, int attempts, String lastError,
			String category, String template, String language, Instant due, Instant createdAt, Instant nextAttemptAt,
			Instant sentAt, String messageId) {

		static MailView of(OutboxMessage m) {
			return new MailView(Long.toString(m.id()), m.recipientAddress(), m.subject(), m.status(), m.attempts(),
					m.lastError(), m.category(), m.templateName(), m.language(), m.dueAt(), m.createdAt(),
					(m.status() == Status.PENDING) ? m.nextAttemptAt() : null, m.sentAt(), m.messageId());
		}

	}

}
