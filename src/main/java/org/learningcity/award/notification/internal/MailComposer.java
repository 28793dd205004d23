package org.learningcity.award.notification.internal;

import java.nio.charset.StandardCharsets;
import java.util.Date;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;

import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Turns an outbox message into a MIME message: plain text and HTML alternatives, the
 * configured sender and reply-to, the notification's own Message-ID (so every try is the
 * same mail), and for a deadline an iCalendar attachment.
 */
@Component
class MailComposer {

	static final String ICS_FILENAME = "deadline.ics";

	private final MailSettings settings;

	private final MailRenderer renderer;

	MailComposer(MailSettings settings, MailRenderer renderer) {
		this.settings = settings;
		this.renderer = renderer;
	}

	/**
	 * Fills {@code mime} with the message.
	 * @throws MessagingException for an address that is not valid
	 */
	MimeMessage compose(MimeMessage mime, OutboxMessage message) throws MessagingException {
		MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED,
				StandardCharsets.UTF_8.name());
		helper.setFrom(HeaderSafety.address(this.settings.getFrom(), null));
		if (this.settings.getReplyTo() != null && !this.settings.getReplyTo().isBlank()) {
			helper.setReplyTo(HeaderSafety.address(this.settings.getReplyTo(), null));
		}
		InternetAddress to = HeaderSafety.address(message.recipientAddress(), message.recipientName());
		helper.setTo(to);
		helper.setSubject(HeaderSafety.singleLine(message.subject()));
		helper.setSentDate(Date.from(message.createdAt()));
		helper.setText(message.bodyText(), message.bodyHtml());
		if (message.dueAt() != null) {
			String ics = ICalendar.deadline(uid(message), message.createdAt(), message.dueAt(),
					HeaderSafety.singleLine(message.subject()), this.renderer.absolute(message.link()));
			helper.addAttachment(ICS_FILENAME,
					new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), ICalendar.CONTENT_TYPE));
		}
		mime.setHeader("Auto-Submitted", "auto-generated");
		mime.setHeader("Content-Language", message.language());
		mime.setHeader("Message-ID", message.messageId());
		return mime;
	}

	private static String uid(OutboxMessage message) {
		String id = message.messageId();
		return id.substring(1, id.length() - 1);
	}

}
