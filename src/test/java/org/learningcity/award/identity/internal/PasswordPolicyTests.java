package org.learningcity.award.identity.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	private final PasswordPolicy production = new PasswordPolicy(null, false);

	private final PasswordPolicy demo = new PasswordPolicy(null, true);

	@Test
	void outsideTheDemoAPasswordHasAtLeastTenCharacters() {
		assertThat(this.production.problem("123456789", "someone")).contains("identity.error.password.tooShort");
		assertThat(this.production.problem("1234567890", "someone")).isEmpty();
		assertThat(this.demo.problem("demo", "someone")).isEmpty();
	}

	@Test
	void aPasswordIsNotTheUsernameNorLongerThanBcryptReads() {
		assertThat(this.production.problem("expert-0001", "expert-0001")).contains("identity.error.password.username");
		assertThat(this.production.problem("a".repeat(72), "someone")).isEmpty();
		assertThat(this.production.problem("a".repeat(73), "someone")).contains("identity.error.password.tooLong");
		assertThat(this.production.problem("  ", "someone")).contains("identity.error.password.required");
	}

}
