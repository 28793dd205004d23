package org.learningcity.award.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a new password must be: at least ten characters (four in the demo, whose accounts
 * all use "demo"), at most 72 bytes (BCrypt ignores the rest), and not the username.
 */
@Component
class PasswordPolicy {

	static final int PRODUCTION_MIN_LENGTH = 10;

	static final int DEMO_MIN_LENGTH = 4;

	static final int MAX_BYTES = 72;

	private final int minLength;

	PasswordPolicy(@Value("${award.security.min-password-length:#{null}}") Integer minLength,
			@Value("${award.demo:false}") boolean demo) {
		this.minLength = (minLength != null) ? minLength : (demo ? DEMO_MIN_LENGTH : PRODUCTION_MIN_LENGTH);
	}

	int minLength() {
		return this.minLength;
	}

	/**
	 * Notes what is wrong with the password, if anything, as a problem of {@code field}.
	 */
	void check(String password, String username, String field, FieldProblems problems) {
		problem(password, username).ifPresent(key -> {
			if (key.endsWith(".tooShort")) {
				problems.add(field, key, this.minLength);
			}
			else {
				problems.add(field, key);
			}
		});
	}

	/** The message key of what is wrong with the password, if anything. */
	Optional<String> problem(String password, String username) {
		if (password == null || password.isBlank()) {
			return Optional.of("identity.error.password.required");
		}
		if (password.codePointCount(0, password.length()) < this.minLength) {
			return Optional.of("identity.error.password.tooShort");
		}
		if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("identity.error.password.tooLong");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("identity.error.password.username");
		}
		return Optional.empty();
	}

}
