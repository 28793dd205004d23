package org.learningcity.award.cycle.internal;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts of other roles for the cycle tests, independent of the demo data of other
 * modules. Password "demo".
 */
final class CycleTestAccounts {

	static final String NATCOM = "cycle-test-natcom";

	static final String EXPERT = "cycle-test-expert";

	private static final String DEMO_HASH = "{bcrypt}$2a$10$j7Zj2qsz8u7uUu9ihfw8PuE4gmbMPUEfBtcDhhUKkSQfGlpHbE34W";

	private CycleTestAccounts() {
	}

	static void ensure(JdbcClient jdbc) {
		ensure(jdbc, NATCOM, "NATCOM");
		ensure(jdbc, EXPERT, "EXPERT");
	}

	private static void ensure(JdbcClient jdbc, String username, String role) {
		Integer existing = jdbc.sql("select count(*) from account where username = ?")
			.param(username)
			.query(Integer.class)
			.single();
		if (existing > 0) {
			return;
		}
		jdbc.sql("insert into account (username, password_hash, display_name, email) values (?, ?, ?, ?)")
			.params(username, DEMO_HASH, username, username + "@award.example.org")
			.update();
		jdbc.sql("insert into account_role (account_id, role) select id, ? from account where username = ?")
			.params(role, username)
			.update();
	}

}
