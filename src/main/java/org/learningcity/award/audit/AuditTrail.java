package org.learningcity.award.audit;

/**
 * The append-only record of every score, decision and change of reference data: who did
 * what to which object, when. Recorded in the same transaction as the change itself.
 */
public interface AuditTrail {

	/**
	 * Records that the signed-in person (or {@code system}) did {@code action} to the
	 * object.
	 * @param action what happened, e.g. {@code CYCLE_CREATED}
	 * @param subjectType the kind of object, e.g. {@code CYCLE}
	 * @param subjectId the object's id
	 * @param detail a short human-readable account (may be {@code null})
	 */
	void record(String action, String subjectType, String subjectId, String detail);

	/** The events of one object, oldest first. */
	java.util.List<AuditEvent> of(String subjectType, String subjectId);

	/** The most recent events, newest first. */
	java.util.List<AuditEvent> recent(int limit);

}
