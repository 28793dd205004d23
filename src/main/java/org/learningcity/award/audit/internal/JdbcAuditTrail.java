package org.learningcity.award.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.learningcity.award.audit.AuditEvent;
import org.learningcity.award.audit.AuditTrail;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAuditTrail implements AuditTrail {

	private static final int MAX_DETAIL = 4000;

	private static final RowMapper<AuditEvent> EVENT = (rs, row) -> new AuditEvent(rs.getLong("id"),
			rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"), rs.getString("action"),
			rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("detail"));

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String subjectType, String subjectId, String detail) {
		String trimmed = (detail != null && detail.length() > MAX_DETAIL) ? detail.substring(0, MAX_DETAIL) : detail;
		this.jdbc
			.sql("insert into audit_event (occurred_at, actor, action, subject_type, subject_id, detail) "
					+ "values (?, ?, ?, ?, ?, ?)")
			.params(Timestamp.from(this.clock.instant()), actor(), action, subjectType, subjectId, trimmed)
			.update();
	}

	/**
	 * The signed-in person, or {@code system} for work done by the engine itself. Read
	 * from Spring Security rather than the identity module, which records its own changes
	 * here (a module cycle otherwise).
	 */
	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return "system";
		}
		return authentication.getName();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEvent> of(String subjectType, String subjectId) {
		return this.jdbc.sql("select * from audit_event where subject_type = ? and subject_id = ? order by id")
			.params(subjectType, subjectId)
			.query(EVENT)
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public List<AuditEvent> recent(int limit) {
		return this.jdbc.sql("select * from audit_event order by id desc fetch first ? rows only")
			.param(limit)
			.query(EVENT)
			.list();
	}

}
