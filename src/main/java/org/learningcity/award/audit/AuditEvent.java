package org.learningcity.award.audit;

import java.time.Instant;

/** One entry of the audit trail. */
public record AuditEvent(long id, Instant occurredAt, String actor, String action, String subjectType, String subjectId,
		String detail) {
}
