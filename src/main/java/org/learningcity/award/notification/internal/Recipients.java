package org.learningcity.award.notification.internal;

import java.util.List;
import java.util.Optional;

import org.learningcity.award.identity.Role;
import org.learningcity.award.notification.NotificationRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds who a notification goes to: an account (by username or role) with its address,
 * name and language, or a bare e-mail address. Reads identity's {@code account} table
 * directly so that notification does not depend on identity's internals.
 */
@Component
class Recipients {

	private static final RowMapper<Recipient> ACCOUNT = (rs, row) -> new Recipient(rs.getLong("id"),
			rs.getString("username"), rs.getString("email"), rs.getString("display_name"), rs.getString("language"),
			rs.getBoolean("enabled"));

	private final JdbcClient jdbc;

	Recipients(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Everyone the request names who can be told: enabled accounts, or the bare address.
	 * @throws IllegalArgumentException for a username or role that does not exist
	 */
	List<Recipient> of(NotificationRequest request) {
		String recipient = request.recipient().strip();
		if (recipient.startsWith(NotificationRequest.ROLE_PREFIX)) {
			Role role = Role.valueOf(recipient.substring(NotificationRequest.ROLE_PREFIX.length()));
			return this.jdbc
				.sql("select a.* from account a join account_role r on r.account_id = a.id "
						+ "where r.role = ? and a.enabled = true order by a.username")
				.param(role.name())
				.query(ACCOUNT)
				.list();
		}
		if (recipient.contains("@")) {
			return List.of(new Recipient(null, null, recipient, null, request.language(), true));
		}
		Recipient account = byUsername(recipient)
			.orElseThrow(() -> new IllegalArgumentException("No account is named " + recipient));
		return account.enabled() ? List.of(account) : List.of();
	}

	Optional<Recipient> byUsername(String username) {
		return this.jdbc.sql("select * from account where username = ?").param(username).query(ACCOUNT).optional();
	}

	/**
	 * A person (or office) to tell. {@code accountId} is {@code null} for a bare address.
	 */
	record Recipient(Long accountId, String username, String address, String name, String language, boolean enabled) {
	}

}
