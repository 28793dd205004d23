package org.learningcity.award.notification.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.mail.BodyPart;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.learningcity.award.identity.Role;
import org.learningcity.award.notification.Category;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.internal.OutboxMessage.Status;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationDeliveryTests extends MailTestSupport {

	private static final Instant DUE = Instant.parse("2030-06-15T12:00:00Z");

	@Autowired
	MailOutbox mailOutbox;

	@Autowired
	MailPreferences preferences;

	@Test
	void mailArrivesInTheRecipientsLanguageWithLinkSenderAndCalendarEntry() throws Exception {
		account("notify-fr", "Marie Curie", "marie@example.org", "fr", "EXPERT");
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		for (String username : List.of("notify-fr", "notify-en")) {
			sendInTransaction(NotificationRequest.to(username)
				.template("review-invitation")
				.with("cityName", "Cork")
				.with("cycleTitle", "Learning City Award 2030")
				.link("/tasks/42")
				.due(DUE)
				.build());
		}

		assertThat(this.worker.deliverDue()).isEqualTo(2);

		MimeMessage french = receivedBy("marie@example.org");
		assertThat(french.getSubject()).isEqualTo("Invitation à évaluer la nomination de Cork");
		assertThat(french.getHeader("Content-Language")).containsExactly("fr");
		assertThat(((InternetAddress) french.getFrom()[0]).getAddress()).isEqualTo("award@award.test");
		assertThat(((InternetAddress) french.getReplyTo()[0]).getAddress()).isEqualTo("secretariat@award.test");
		assertThat(((InternetAddress) french.getRecipients(RecipientType.TO)[0]).getPersonal())
			.isEqualTo("Marie Curie");
		assertThat(french.getMessageID()).matches("<notification-[0-9a-f-]{36}@award\\.test>");
		String frenchText = part(french, "text/plain");
		assertThat(frenchText).contains("Bonjour Marie Curie,")
			.contains("https://award.test/tasks/42")
			.contains("Échéance : 15 juin 2030");
		assertThat(part(french, "text/html")).contains("href=\"https://award.test/tasks/42\"").contains("lang=\"fr\"");

		String ics = attachment(french, MailComposer.ICS_FILENAME);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n")
			.contains("\r\nDTSTART:20300615T120000Z\r\n")
			.contains("\r\nUID:" + french.getMessageID().replaceAll("[<>]", "") + "\r\n")
			.contains("\r\nSUMMARY:Invitation à évaluer la nomination de Cork\r\n")
			.contains("\r\nURL:https://award.test/tasks/42\r\n")
			.endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");

		MimeMessage english = receivedBy("ada@example.org");
		assertThat(english.getSubject()).isEqualTo("Invitation to review the nomination of Cork");
		assertThat(part(english, "text/plain")).contains("Dear Ada Lovelace,")
			.contains("Deadline: June 15, 2030")
			.contains("https://award.test/tasks/42");
		assertThat(this.outbox()).extracting(OutboxMessage::status).containsOnly(Status.SENT);
	}

	@Test
	void aLanguageWithoutTranslationsFallsBackToEnglish() throws Exception {
		account("notify-es", "Rosa Parks", "rosa@example.org", "es", "EXPERT");
		sendInTransaction(NotificationRequest.to("notify-es")
			.template("task-assigned")
			.with("taskName", "Score the report")
			.link("/tasks/7")
			.build());
		this.worker.deliverDue();
		MimeMessage mail = receivedBy("rosa@example.org");
		assertThat(mail.getSubject()).isEqualTo("New task: Score the report");
		assertThat(mail.getHeader("Content-Language")).containsExactly("en");
		assertThat(attachmentNames(mail)).isEmpty();
	}

	@Test
	void whileTheMailServerIsDownMailStaysPendingAndIsDeliveredExactlyOnceWhenItIsBack() throws Exception {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		stopSmtp();
		for (int i = 1; i <= 3; i++) {
			sendInTransaction(NotificationRequest.to("notify-en")
				.template("task-assigned")
				.with("taskName", "Task " + i)
				.build());
		}

		assertThat(this.worker.deliverDue()).isZero();
		assertThat(outbox()).hasSize(3).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(Status.PENDING);
			assertThat(message.attempts()).isEqualTo(1);
			assertThat(message.lastError()).startsWith("Cannot reach the mail server 127.0.0.1:" + SMTP_PORT);
		});
		// not due again before the pause is over
		assertThat(this.worker.deliverDue()).isZero();
		assertThat(outbox()).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(1));

		startSmtp();
		advance(Duration.ofMinutes(2));
		assertThat(this.worker.deliverDue()).isEqualTo(3);
		assertThat(this.worker.deliverDue()).isZero();
		advance(Duration.ofHours(2));
		assertThat(this.worker.deliverDue()).isZero();

		assertThat(received()).hasSize(3);
		assertThat(Arrays.stream(received()).map(MailTestSupport::subject).collect(Collectors.toSet()))
			.containsExactlyInAnyOrder("New task: Task 1", "New task: Task 2", "New task: Task 3");
		assertThat(outbox()).allSatisfy(message -> {
			assertThat(message.status()).isEqualTo(Status.SENT);
			assertThat(message.attempts()).isEqualTo(2);
			assertThat(message.lastError()).isNull();
		});
	}

	@Test
	void twoNodesDeliveringAtTheSameTimeSendEachMailOnce() throws Exception {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		for (int i = 1; i <= 12; i++) {
			sendInTransaction(NotificationRequest.to("notify-en")
				.template("task-assigned")
				.with("taskName", "Task " + i)
				.build());
		}
		java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			List<java.util.concurrent.Future<Integer>> rounds = nodes
				.invokeAll(List.of(this.worker::deliverDue, this.worker::deliverDue));
			int sent = 0;
			for (java.util.concurrent.Future<Integer> round : rounds) {
				sent += round.get();
			}
			assertThat(sent).isEqualTo(12);
		}
		finally {
			nodes.shutdown();
		}
		assertThat(this.worker.deliverDue()).isZero();
		assertThat(received()).hasSize(12);
		assertThat(Arrays.stream(received()).map(MailTestSupport::messageId).distinct()).hasSize(12);
		assertThat(outbox()).allSatisfy(message -> assertThat(message.attempts()).isEqualTo(1));
	}

	@Test
	void aCrashBetweenSendingAndMarkingSentResendsTheSameMessageId() throws Exception {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		sendInTransaction(NotificationRequest.to("notify-en").template("task-assigned").with("taskName", "X").build());
		this.worker.afterSend(() -> {
			throw new IllegalStateException("the node died after sending");
		});

		assertThat(this.worker.deliverDue()).isZero();
		assertThat(received()).hasSize(1);
		assertThat(outbox().get(0).status()).isEqualTo(Status.PENDING);

		this.worker.afterSend(null);
		// the dead node's claim still holds: no one sends it meanwhile
		assertThat(this.worker.deliverDue()).isZero();
		advance(Duration.ofMinutes(6));
		assertThat(this.worker.deliverDue()).isEqualTo(1);

		MimeMessage[] copies = received();
		assertThat(copies).hasSize(2);
		Set<String> messageIds = Arrays.stream(copies).map(MailTestSupport::messageId).collect(Collectors.toSet());
		assertThat(messageIds).containsExactly(outbox().get(0).messageId());
		assertThat(outbox().get(0).status()).isEqualTo(Status.SENT);
		assertThat(outbox().get(0).attempts()).isEqualTo(2);
	}

	@Test
	void afterFiveTriesOverAboutAnHourTheMailFailsWithTheLastErrorAndStaffCanSendItAgain() throws Exception {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		stopSmtp();
		sendInTransaction(NotificationRequest.to("notify-en").template("task-assigned").with("taskName", "X").build());
		Instant start = now();

		List<Duration> pauses = new ArrayList<>();
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(this.worker.deliverDue()).isZero();
			OutboxMessage message = outbox().get(0);
			assertThat(message.attempts()).isEqualTo(attempt);
			if (attempt < 5) {
				assertThat(message.status()).isEqualTo(Status.PENDING);
				Duration pause = Duration.between(now(), message.nextAttemptAt());
				pauses.add(pause);
				advance(pause.plusSeconds(1));
			}
		}
		assertThat(pauses).allSatisfy(pause -> assertThat(pause).isPositive());
		assertThat(pauses).isSorted();
		Duration total = Duration.between(start, now());
		assertThat(total).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(90));

		OutboxMessage failed = outbox().get(0);
		assertThat(failed.status()).isEqualTo(Status.FAILED);
		assertThat(failed.lastError()).contains("Cannot reach the mail server");
		advance(Duration.ofHours(5));
		assertThat(this.worker.deliverDue()).isZero();
		assertThat(outbox().get(0).attempts()).isEqualTo(5);

		startSmtp();
		this.mailOutbox.resend(failed.id());
		assertThat(outbox().get(0).status()).isEqualTo(Status.PENDING);
		assertThat(this.worker.deliverDue()).isEqualTo(1);
		assertThat(received()).hasSize(1);
		assertThat(messageId(received()[0])).isEqualTo(failed.messageId());
		assertThatThrownBy(() -> this.mailOutbox.resend(failed.id()))
			.isInstanceOf(org.learningcity.award.support.RuleViolationException.class);
	}

	@Test
	void aMalformedAddressFailsAtOnceWithAReadableErrorAndTheBusinessActionStands() {
		sendInTransaction(NotificationRequest.to("office@@nowhere")
			.template("application-submitted")
			.category(Category.TASK_ASSIGNED)
			.with("cityName", "Cork")
			.with("cycleTitle", "2030")
			.build());
		assertThat(this.worker.deliverDue()).isZero();
		OutboxMessage message = outbox().get(0);
		assertThat(message.status()).isEqualTo(Status.FAILED);
		assertThat(message.attempts()).isEqualTo(1);
		assertThat(message.lastError()).startsWith("The e-mail address is not valid");
		assertThat(received()).isEmpty();
	}

	@Test
	void aBusinessTransactionThatRollsBackLeavesNoNotification() {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		this.transactions.executeWithoutResult(status -> {
			this.notifications
				.send(NotificationRequest.to("notify-en").template("task-assigned").with("taskName", "X").build());
			status.setRollbackOnly();
		});
		assertThat(outbox()).isEmpty();
		assertThat(this.jdbc.sql("select count(*) from notification_inbox").query(Integer.class).single()).isZero();
		assertThat(this.worker.deliverDue()).isZero();
		assertThat(received()).isEmpty();
	}

	@Test
	void sendingOutsideATransactionIsRefused() {
		assertThatThrownBy(() -> this.notifications
			.send(NotificationRequest.to("staff").template("task-assigned").with("taskName", "X").build()))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void anUnknownRecipientOrTemplateIsRefusedWhereTheNotificationIsMade() {
		assertThatThrownBy(() -> sendInTransaction(
				NotificationRequest.to("nobody-here").template("task-assigned").with("taskName", "X").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("nobody-here");
		assertThatThrownBy(() -> sendInTransaction(NotificationRequest.to("staff").template("no-such-mail").build()))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("no-such-mail");
		assertThatThrownBy(
				() -> NotificationRequest.to("staff").template("task-assigned").link("https://evil.example").build())
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void lineBreaksInNamesAndSubjectsCannotInjectHeaders() throws Exception {
		account("notify-eve", "Eve\r\nBcc: victim@example.org", "eve@example.org", "en", "EXPERT");
		sendInTransaction(NotificationRequest.to("notify-eve")
			.template("panel-divergence")
			.category(Category.ESCALATION)
			.with("cityName", "Cork\r\nBcc: victim@example.org\r\n\r\nInjected body")
			.build());
		sendInTransaction(NotificationRequest.to("eve@example.org\r\nBcc: victim@example.org")
			.template("task-assigned")
			.with("taskName", "X")
			.build());

		this.worker.deliverDue();
		OutboxMessage injectedAddress = outbox().stream()
			.filter(m -> m.recipientAddress().contains("victim"))
			.findFirst()
			.orElseThrow();
		assertThat(injectedAddress.status()).isEqualTo(Status.FAILED);
		assertThat(injectedAddress.lastError()).contains("line break");

		assertThat(received()).hasSize(1);
		MimeMessage mail = received()[0];
		assertThat(mail.getAllRecipients()).extracting(a -> ((InternetAddress) a).getAddress())
			.containsExactly("eve@example.org");
		assertThat(mail.getHeader("Bcc")).isNull();
		assertThat(mail.getSubject())
			.isEqualTo("The experts disagree on the nomination of Cork Bcc: victim@example.org Injected body");
		assertThat(((InternetAddress) mail.getRecipients(RecipientType.TO)[0]).getPersonal())
			.isEqualTo("Eve Bcc: victim@example.org");
	}

	@Test
	void whoTurnedRemindersOffStillGetsThemInTheAppAndStillGetsMailWithADeadline() {
		long id = account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		this.preferences.save(id, java.util.Map.of(Category.REMINDER, false, Category.TASK_ASSIGNED, true));
		sendInTransaction(NotificationRequest.to("notify-en")
			.category(Category.REMINDER)
			.template("task-assigned")
			.with("taskName", "no mail")
			.build());
		sendInTransaction(NotificationRequest.to("notify-en")
			.category(Category.REMINDER)
			.template("reminder")
			.with("taskName", "with a deadline")
			.due(DUE)
			.build());
		sendInTransaction(NotificationRequest.to("notify-en")
			.category(Category.REMINDER)
			.template("task-assigned")
			.with("taskName", "a decision")
			.decision()
			.build());

		assertThat(outbox()).extracting(OutboxMessage::subject)
			.satisfiesExactly(
					subject -> assertThat(subject).startsWith("Reminder: with a deadline is due on June 15, 2030")
						.endsWith("UTC"),
					subject -> assertThat(subject).isEqualTo("New task: a decision"));
		assertThat(this.jdbc.sql("select count(*) from notification_inbox where account_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aRoleRecipientReachesEveryEnabledAccountWithThatRole() {
		sendInTransaction(NotificationRequest.toRole(Role.UIL_STAFF)
			.category(Category.ESCALATION)
			.template("panel-divergence")
			.with("cityName", "Cork")
			.link("/nominations/1")
			.build());
		assertThat(outbox()).extracting(OutboxMessage::recipientUsername).contains("staff").doesNotContain("admin");
	}

	private static MimeMessage receivedBy(String address) throws MessagingException {
		for (MimeMessage message : received()) {
			for (jakarta.mail.Address to : message.getRecipients(RecipientType.TO)) {
				if (((InternetAddress) to).getAddress().equals(address)) {
					return message;
				}
			}
		}
		throw new AssertionError("No mail for " + address);
	}

	static String part(Part part, String type) throws MessagingException, IOException {
		if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
			return part.getContent().toString();
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = part(multipart.getBodyPart(i), type);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static String attachment(Part part, String filename) throws MessagingException, IOException {
		if (filename.equals(part.getFileName())) {
			try (InputStream in = part.getInputStream(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
				in.transferTo(out);
				return out.toString(StandardCharsets.UTF_8);
			}
		}
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				String found = attachment(multipart.getBodyPart(i), filename);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	static List<String> attachmentNames(Part part) throws MessagingException, IOException {
		List<String> names = new ArrayList<>();
		if (part.getContent() instanceof Multipart multipart) {
			for (int i = 0; i < multipart.getCount(); i++) {
				BodyPart body = multipart.getBodyPart(i);
				if (body.getFileName() != null) {
					names.add(body.getFileName());
				}
				names.addAll(attachmentNames(body));
			}
		}
		return names;
	}

}
