package org.learningcity.award.notification.internal;

import java.net.ConnectException;
import java.util.Map;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.learningcity.award.notification.internal.MailFailures.Failure;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

class MailFailuresTests {

	private static final String SERVER = "smtp.example.org:587";

	@Test
	void anUnreachableServerIsTriedAgain() {
		Failure failure = MailFailures.describe(
				new MailSendException("Mail server connection failed",
						new MessagingException("Couldn't connect to host", new ConnectException("Connection refused"))),
				SERVER);
		assertThat(failure.permanent()).isFalse();
		assertThat(failure.message())
			.isEqualTo("Cannot reach the mail server smtp.example.org:587: Connection refused");
	}

	@Test
	void refusedCredentialsAreTriedAgainBecauseTheSettingsCanBeFixed() {
		Failure failure = MailFailures.describe(
				new MailAuthenticationException(new AuthenticationFailedException("535 5.7.8 Authentication failed")),
				SERVER);
		assertThat(failure.permanent()).isFalse();
		assertThat(failure.message()).startsWith("The mail server smtp.example.org:587 refused the credentials")
			.contains("535");
	}

	@Test
	void aTemporaryRefusalIsTriedAgainAndAPermanentOneIsNot() throws AddressException {
		InternetAddress to = new InternetAddress("ada@example.org");
		Failure busy = MailFailures.describe(
				send(new SMTPAddressFailedException(to, "RCPT TO", 451, "451 4.3.0 Mailbox temporarily unavailable")),
				SERVER);
		assertThat(busy.permanent()).isFalse();
		assertThat(busy.message()).startsWith("SMTP 451").contains("ada@example.org");

		Failure unknown = MailFailures
			.describe(send(new SMTPAddressFailedException(to, "RCPT TO", 550, "550 5.1.1 No such user")), SERVER);
		assertThat(unknown.permanent()).isTrue();
		assertThat(unknown.message()).startsWith("SMTP 550").contains("No such user");

		Failure rejected = MailFailures.describe(
				send(new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected", null, null, null, null)),
				SERVER);
		assertThat(rejected.permanent()).isTrue();
		Failure later = MailFailures.describe(
				send(new SMTPSendFailedException("DATA", 421, "421 Service not available", null, null, null, null)),
				SERVER);
		assertThat(later.permanent()).isFalse();
	}

	@Test
	void aMalformedAddressFailsForGood() {
		Failure failure = MailFailures.describe(new AddressException("Missing final '@domain'", "ada"), SERVER);
		assertThat(failure.permanent()).isTrue();
		assertThat(failure.message()).startsWith("The e-mail address is not valid: Missing final '@domain'");
	}

	@Test
	void anythingElseIsTriedAgainWithItsMessageOnOneLine() {
		Failure failure = MailFailures.describe(new IllegalStateException("odd\r\nthing"), SERVER);
		assertThat(failure.permanent()).isFalse();
		assertThat(failure.message()).isEqualTo("Sending failed: IllegalStateException: odd thing");
	}

	private static MailSendException send(Exception failure) {
		return new MailSendException(Map.of(new Object(), failure));
	}

}
