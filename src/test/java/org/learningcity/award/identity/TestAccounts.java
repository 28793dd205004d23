package org.learningcity.award.identity;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts that tests add next to the demo data. */
final class TestAccounts {

	/** The hash of "demo", as in the demo data. */
	static final String DEMO_PASSWORD_HASH = "{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W";

	static final String DEMO_PASSWORD = "demo";

	private TestAccounts() {
	}

	/**
	 * Adds an account with one role (password "demo") unless it exists; several test
	 * classes share one application context, so this may run more than once.
	 */
	static void ensure(JdbcClient jdbc, String username, Role role) {
		jdbc.sql("""
				insert into account (username, password_hash, display_name, email)
				select :username, :hash, :username, :email
				where not exists (select 1 from account where username = :username)
				""")
			.param("username", username)
			.param("hash", DEMO_PASSWORD_HASH)
			.param("email", username + "@award.example.org")
			.update();
		jdbc.sql("""
				insert into account_role (account_id, role)
				select a.id, :role from account a
				where a.username = :username
				  and not exists (select 1 from account_role r where r.account_id = a.id and r.role = :role)
				""").param("username", username).param("role", role.name()).update();
	}

}
