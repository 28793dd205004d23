package org.learningcity.award.notification.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

/**
 * Says in words what went wrong with a try, and whether trying again can help: a server
 * that cannot be reached, refuses the credentials or answers 4xx may work later; a
 * malformed address or a 5xx refusal of the recipient will not.
 */
final class MailFailures {

	private MailFailures() {
	}

	static Failure describe(Throwable failure, String server) {
		Throwable cause = root(failure);
		for (Throwable t : chain(failure)) {
			if (t instanceof AddressException address) {
				return permanent("The e-mail address is not valid: " + oneLine(address.getMessage()));
			}
			if (t instanceof SMTPAddressFailedException refused) {
				return smtp(refused.getReturnCode(), "The mail server refused the recipient " + refused.getAddress()
						+ ": " + oneLine(refused.getMessage()));
			}
			if (t instanceof SMTPSendFailedException rejected) {
				return smtp(rejected.getReturnCode(),
						"The mail server refused the mail: " + oneLine(rejected.getMessage()));
			}
			if (t instanceof AuthenticationFailedException || t instanceof MailAuthenticationException) {
				return retry("The mail server " + server + " refused the credentials (authentication failed): "
						+ oneLine(cause.getMessage()));
			}
			if (t instanceof ConnectException || t instanceof UnknownHostException) {
				return retry("Cannot reach the mail server " + server + ": " + oneLine(t.getMessage()));
			}
			if (t instanceof SocketTimeoutException) {
				return retry("The mail server " + server + " did not answer in time: " + oneLine(t.getMessage()));
			}
			if (t instanceof SendFailedException sendFailed && sendFailed.getInvalidAddresses() != null
					&& sendFailed.getInvalidAddresses().length > 0
					&& (sendFailed.getValidSentAddresses() == null || sendFailed.getValidSentAddresses().length == 0)) {
				return permanent("The mail server refused the address: " + oneLine(sendFailed.getMessage()));
			}
		}
		return retry("Sending failed: " + oneLine(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
	}

	private static Failure smtp(int code, String message) {
		String text = "SMTP " + code + " – " + message;
		return (code >= 500 && code < 600) ? permanent(text) : retry(text);
	}

	/** The failure and its causes, including the per-message failures Spring collects. */
	private static List<Throwable> chain(Throwable failure) {
		List<Throwable> chain = new ArrayList<>();
		add(chain, failure);
		if (failure instanceof MailSendException send) {
			send.getFailedMessages().values().forEach(e -> add(chain, e));
		}
		return chain;
	}

	private static void add(List<Throwable> chain, Throwable failure) {
		for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
			chain.add(t);
		}
	}

	private static Throwable root(Throwable failure) {
		List<Throwable> chain = chain(failure);
		return chain.get(chain.size() - 1);
	}

	private static String oneLine(String text) {
		return (text != null) ? HeaderSafety.singleLine(text) : "";
	}

	private static Failure permanent(String message) {
		return new Failure(message, true);
	}

	private static Failure retry(String message) {
		return new Failure(message, false);
	}

	/** What went wrong, in words, and whether it is worth another try. */
	record Failure(String message, boolean permanent) {
	}

}
