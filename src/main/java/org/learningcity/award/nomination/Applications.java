package org.learningcity.award.nomination;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.identity.CurrentUser;

/**
 * A city's application to an Award cycle: started, drafted and submitted by the city,
 * then reviewed by its National Commission (the state changes {@code mark*} are called by
 * the nomination process, which checks the caller itself).
 */
public interface Applications {

	/**
	 * Starts the city's application (the city's coordinator or UIL staff). Publishes
	 * {@link ApplicationStarted} in the same transaction.
	 * @throws org.learningcity.award.support.NotFoundException if the cycle or the city
	 * is unknown, or the city is not the caller's own
	 * @throws org.learningcity.award.support.RuleViolationException if the cycle is not
	 * open, its application deadline has passed, the city is not a GNLC member or already
	 * has an application in this cycle
	 */
	ApplicationView start(long cycleId, long cityId);

	/** The application, without any access check (for the process). */
	Optional<ApplicationView> find(long id);

	/**
	 * The application, if the current user may see it.
	 * @throws org.learningcity.award.support.NotFoundException if unknown or foreign
	 */
	ApplicationView get(long id);

	/** The content of the application, if the current user may see it (404 otherwise). */
	ApplicationContent content(long id);

	/** The content of the application, without any access check (for the process). */
	Optional<ApplicationContent> findContent(long id);

	/**
	 * The application's narratives by expert-review measurement code, without any access
	 * check (for the expert's task page, which checks its reader): only the narratives
	 * are read. Empty if there is no such application.
	 */
	Map<String, String> findNarratives(long id);

	/**
	 * The applications of a cycle the current user may see: staff all, a National
	 * Commission its country's, a city its own.
	 */
	List<ApplicationView> inCycle(long cycleId);

	/**
	 * Replaces the draft's content (the city's coordinator, while the application is
	 * editable by the city). All or nothing.
	 * @throws org.learningcity.award.support.InvalidInputException listing every invalid
	 * field (nothing is stored)
	 * @throws org.learningcity.award.support.RuleViolationException if the application is
	 * no longer editable
	 */
	ApplicationView saveDraft(long id, ApplicationContent content);

	/** What is still missing before the application can be submitted (access-checked). */
	List<MissingPart> missingParts(long id);

	/**
	 * Sends the application to the National Commission (the city's coordinator): DRAFT or
	 * RETURNED to SUBMITTED. Publishes {@link ApplicationSubmitted} in the same
	 * transaction.
	 * @throws org.learningcity.award.support.InvalidInputException listing the missing
	 * parts
	 * @throws org.learningcity.award.support.RuleViolationException after the application
	 * deadline or in a state that cannot be submitted
	 */
	ApplicationView submit(long id);

	/**
	 * The attachments of the application, if the current user may see it (404 otherwise).
	 */
	List<AttachmentView> attachments(long id);

	/**
	 * The attachments of the application, without any access check (for the dossier,
	 * whose readers the dossier module checks); empty if there is no such application.
	 */
	List<AttachmentView> findAttachments(long id);

	/**
	 * Attaches a PDF (the city's coordinator, while editable): checked by its content,
	 * its size and its name; stored under a generated name outside the web root.
	 * @throws org.learningcity.award.support.InvalidInputException (field {@code file})
	 * if not a PDF, too large, empty or badly named
	 */
	AttachmentView attach(long id, String originalFilename, byte[] content);

	/** Removes an attachment (the city's coordinator, while editable). */
	void detach(long id, long attachmentId);

	/**
	 * Whether this person may read the application (CITY own, NATCOM its country, staff
	 * all).
	 */
	boolean maySee(ApplicationView application, CurrentUser user);

	/** SUBMITTED to RETURNED, with the comment for the city (no access check). */
	ApplicationView markReturned(long id, String comment);

	/** SUBMITTED to DECLINED, with the comment (no access check). */
	ApplicationView markDeclined(long id, String comment);

	/**
	 * SUBMITTED to NOMINATED, with the National Commission's endorsement (no access
	 * check).
	 */
	ApplicationView markNominated(long id, String endorsement);

	/** DRAFT, RETURNED or SUBMITTED to CLOSED, with the reason (no access check). */
	ApplicationView markClosed(long id, String reason);

}
