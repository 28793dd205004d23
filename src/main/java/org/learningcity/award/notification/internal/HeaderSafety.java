package org.learningcity.award.notification.internal;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Keeps what people typed out of the mail's header structure: a subject or a display name
 * is one line (line breaks and other control characters become spaces), and an address is
 * exactly one plain, valid address.
 */
final class HeaderSafety {

	private HeaderSafety() {
	}

	/**
	 * The text on one line: CR, LF, other control characters and line separators become
	 * spaces.
	 */
	static String singleLine(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(text.length());
		text.codePoints().forEach(c -> out.appendCodePoint(isBreaking(c) ? ' ' : c));
		return out.toString().replaceAll(" {2,}", " ").strip();
	}

	/** Cuts the text to at most {@code max} characters. */
	static String limit(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * One recipient or sender address with an optional display name.
	 * @throws AddressException if the address is not one valid address
	 */
	static InternetAddress address(String address, String displayName) throws AddressException {
		if (address == null || address.isBlank()) {
			throw new AddressException("The recipient has no e-mail address.");
		}
		if (address.codePoints().anyMatch(HeaderSafety::isBreaking)) {
			throw new AddressException("The e-mail address contains a line break or control character.", address);
		}
		InternetAddress[] parsed = InternetAddress.parse(address.strip(), true);
		if (parsed.length != 1 || parsed[0].getAddress() == null) {
			throw new AddressException("Not one e-mail address.", address);
		}
		InternetAddress result = parsed[0];
		result.validate();
		String name = singleLine((displayName != null) ? displayName : result.getPersonal());
		try {
			InternetAddress clean = new InternetAddress(result.getAddress());
			if (name != null && !name.isEmpty()) {
				clean.setPersonal(name, StandardCharsets.UTF_8.name());
			}
			return clean;
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean isBreaking(int c) {
		return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u0085';
	}

}
