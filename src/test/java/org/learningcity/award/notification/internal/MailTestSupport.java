package org.learningcity.award.notification.internal;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.learningcity.award.notification.NotificationRequest;
import org.learningcity.award.notification.Notifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One application context for every notification test: a real SMTP server (GreenMail on a
 * free port of 127.0.0.1, stopped and started by the tests), the outbox worker called by
 * hand, and the engine's clock moved by hand.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
abstract class MailTestSupport {

	static final String BASE_URL = "https://award.test";

	/** "demo", as every demo account's password. */
	static final String DEMO_PASSWORD = "{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W";

	static final int SMTP_PORT = freePort();

	private static GreenMail smtp;

	@Autowired
	Notifications notifications;

	@Autowired
	OutboxWorker worker;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
		registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
		registry.add("award.base-url", () -> BASE_URL);
		registry.add("award.mail.from", () -> "Learning City Award <award@award.test>");
		registry.add("award.mail.reply-to", () -> "secretariat@award.test");
	}

	@BeforeEach
	void emptyOutboxAndMailbox() throws Exception {
		startSmtp();
		smtp.purgeEmailFromAllMailboxes();
		this.jdbc.sql("delete from notification_outbox").update();
		this.jdbc.sql("delete from notification_inbox").update();
		this.jdbc.sql("delete from notification_preference").update();
		this.worker.afterSend(null);
		ClockUtil.reset();
	}

	@AfterEach
	void resetClock() {
		ClockUtil.reset();
		this.worker.afterSend(null);
	}

	static void startSmtp() {
		if (smtp == null) {
			smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
				.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
			smtp.start();
		}
	}

	static void stopSmtp() {
		if (smtp != null) {
			smtp.stop();
			smtp = null;
		}
	}

	static MimeMessage[] received() {
		return (smtp != null) ? smtp.getReceivedMessages() : new MimeMessage[0];
	}

	/** Stores the notification in a transaction of its own, as a business event would. */
	void sendInTransaction(NotificationRequest request) {
		this.transactions.executeWithoutResult(status -> this.notifications.send(request));
	}

	/** An account for the test (created once per context). */
	long account(String username, String displayName, String email, String language, String role) {
		List<Long> existing = this.jdbc.sql("select id from account where username = ?")
			.param(username)
			.query(Long.class)
			.list();
		if (!existing.isEmpty()) {
			return existing.get(0);
		}
		this.jdbc
			.sql("insert into account (username, password_hash, display_name, email, language) values (?, ?, ?, ?, ?)")
			.params(username, DEMO_PASSWORD, displayName, email, language)
			.update();
		long id = this.jdbc.sql("select id from account where username = ?").param(username).query(Long.class).single();
		this.jdbc.sql("insert into account_role (account_id, role) values (?, ?)").params(id, role).update();
		return id;
	}

	/** Moves the application's and the engine's clock forward. */
	static void advance(Duration duration) {
		ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(duration)));
	}

	static Instant now() {
		return ClockUtil.now().toInstant();
	}

	List<OutboxMessage> outbox() {
		return this.jdbc.sql("select * from notification_outbox order by id")
			.query((rs, row) -> new OutboxMessage(rs.getLong("id"), rs.getString("uuid"), rs.getString("message_id"),
					rs.getString("recipient_username"), rs.getString("recipient_address"),
					rs.getString("recipient_name"), rs.getString("language"), rs.getString("category"),
					rs.getString("template_name"), rs.getString("subject"), rs.getString("body_text"),
					rs.getString("body_html"), rs.getString("link"), null,
					OutboxMessage.Status.valueOf(rs.getString("status")), rs.getInt("attempts"),
					rs.getObject("next_attempt_at", java.time.OffsetDateTime.class).toInstant(), null,
					rs.getString("last_error"), rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
					null))
			.list();
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String messageId(MimeMessage message) {
		try {
			return message.getMessageID();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
