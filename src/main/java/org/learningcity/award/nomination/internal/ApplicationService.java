package org.learningcity.award.nomination.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.network.CityView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationStarted;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationSubmitted;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.AttachmentView;
import org.learningcity.award.nomination.MissingPart;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's application: started, drafted, given attachments and submitted by the city;
 * moved on by the National Commission through the process. Every change is checked by
 * {@link ApplicationAccess}, {@link ApplicationRules} and {@link AttachmentRules} before
 * anything is stored, recorded in the audit trail, and done in one transaction.
 */
@Service
@Transactional(readOnly = true)
class ApplicationService implements Applications {

	static final String SUBJECT = "APPLICATION";

	static final String CYCLE_NOT_OPEN = "nomination.rule.cycleNotOpen";

	static final String APPLICATION_DEADLINE_PASSED = "nomination.rule.applicationDeadlinePassed";

	static final String NOMINATION_DEADLINE_PASSED = "nomination.rule.nominationDeadlinePassed";

	static final String NOT_MEMBER = "nomination.rule.notMember";

	static final String ALREADY_APPLIED = "nomination.rule.alreadyApplied";

	private final CityApplicationRepository applications;

	private final ApplicationAttachmentRepository attachments;

	private final AttachmentStore store;

	private final Catalog catalog;

	private final Cycles cycles;

	private final Network network;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final NominationMessages messages;

	private final Clock clock;

	/** Who else reads applications (the experts on a nomination's panel). */
	private final java.util.List<org.learningcity.award.nomination.ApplicationReaders> readers;

	ApplicationService(CityApplicationRepository applications, ApplicationAttachmentRepository attachments,
			AttachmentStore store, Catalog catalog, Cycles cycles, Network network, AuditTrail audit,
			ApplicationEventPublisher events, NominationMessages messages, Clock clock,
			java.util.List<org.learningcity.award.nomination.ApplicationReaders> readers) {
		this.readers = readers;
		this.applications = applications;
		this.attachments = attachments;
		this.store = store;
		this.catalog = catalog;
		this.cycles = cycles;
		this.network = network;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
		this.clock = clock;
	}

	/** The rules as of today, with the catalogue's measurements. */
	ApplicationRules rules() {
		return new ApplicationRules(this.catalog.measurements(), LocalDate.now(this.clock));
	}

	@Override
	@Transactional
	public ApplicationView start(long cycleId, long cityId) {
		CurrentUser user = Accounts.current().orElse(null);
		Cycle cycle = this.cycles.find(cycleId).orElseThrow(() -> new NotFoundException("Award cycle", cycleId));
		CityView city = this.network.city(cityId)
			.filter(c -> ApplicationAccess.mayStartFor(c.id(), user))
			.orElseThrow(() -> new NotFoundException("City", cityId));
		Instant now = this.clock.instant();
		if (cycle.status() != CycleStatus.OPEN) {
			throw rule(CYCLE_NOT_OPEN);
		}
		if (!now.isBefore(cycle.settings().applicationDeadline().toInstant())) {
			throw rule(APPLICATION_DEADLINE_PASSED);
		}
		if (city.memberSince() == null || city.memberSince().isAfter(LocalDate.now(this.clock))) {
			throw rule(NOT_MEMBER);
		}
		if (this.applications.existsByCycleIdAndCityId(cycleId, cityId)) {
			throw alreadyApplied(city);
		}
		CityApplication application;
		try {
			application = this.applications
				.saveAndFlush(new CityApplication(cycleId, cityId, now, Accounts.currentUsername()));
		}
		catch (DataIntegrityViolationException ex) {
			// someone started it at the same moment
			throw alreadyApplied(city);
		}
		this.audit.record("APPLICATION_STARTED", SUBJECT, application.getId().toString(),
				"Started the application of " + city.name() + " to cycle " + cycleId + ".");
		this.events.publishEvent(new ApplicationStarted(application.getId(), cycleId, cityId));
		return application.toView(city);
	}

	private RuleViolationException alreadyApplied(CityView city) {
		return rule(ALREADY_APPLIED);
	}

	@Override
	public Optional<ApplicationView> find(long id) {
		return this.applications.findById(id).map(this::view);
	}

	@Override
	public ApplicationView get(long id) {
		return visible(id).view();
	}

	@Override
	public ApplicationContent content(long id) {
		return rules().ordered(visible(id).application().content());
	}

	@Override
	public Optional<ApplicationContent> findContent(long id) {
		return this.applications.findById(id).map(CityApplication::content).map(rules()::ordered);
	}

	@Override
	public Map<String, String> findNarratives(long id) {
		Map<String, String> narratives = new HashMap<>();
		for (Object[] row : this.applications.findNarratives(id)) {
			narratives.put((String) row[0], (String) row[1]);
		}
		return narratives;
	}

	@Override
	public List<ApplicationView> inCycle(long cycleId) {
		CurrentUser user = Accounts.current().orElse(null);
		return this.applications.findByCycleIdOrderByIdAsc(cycleId)
			.stream()
			.map(this::view)
			.filter(view -> ApplicationAccess.maySee(view, user))
			.sorted(java.util.Comparator.comparing(ApplicationView::cityName, String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	/**
	 * The applications of the current user's own city, newest first (empty for others).
	 */
	List<ApplicationView> ofMyCity() {
		CurrentUser user = Accounts.current().orElse(null);
		if (user == null || user.cityId() == null) {
			return List.of();
		}
		return this.applications.findByCityIdOrderByIdDesc(user.cityId())
			.stream()
			.map(this::view)
			.filter(view -> ApplicationAccess.ownCity(view.cityId(), user))
			.toList();
	}

	@Override
	@Transactional
	public ApplicationView saveDraft(long id, ApplicationContent content) {
		return saveDraft(id, content, null);
	}

	/**
	 * Replaces the content, if the application is still at {@code expectedVersion} (when
	 * given): someone else's change in between is not overwritten.
	 */
	@Transactional
	public ApplicationView saveDraft(long id, ApplicationContent content, Long expectedVersion) {
		CityApplication application = editable(id);
		if (expectedVersion != null && expectedVersion != application.getVersion()) {
			throw new OptimisticLockingFailureException("The application changed since version " + expectedVersion);
		}
		ApplicationRules.Checked checked = rules().check(content);
		if (!checked.valid()) {
			throw this.messages.invalid(checked.problems());
		}
		application.replaceContent(checked.content(), this.clock.instant(), Accounts.currentUsername());
		this.applications.flush();
		this.audit.record("APPLICATION_SAVED", SUBJECT, application.getId().toString(), "Saved the draft.");
		return view(application);
	}

	/**
	 * Refuses (404, 403, 409) unless the current user may change the application now.
	 */
	void requireEditable(long id) {
		editable(id);
	}

	/** Every problem of the content, in words (empty if it may be saved). */
	List<InvalidInputException.FieldError> problems(ApplicationContent content) {
		return rules().check(content).problems().stream().map(this.messages::error).toList();
	}

	@Override
	public List<MissingPart> missingParts(long id) {
		return missing(visible(id).application().content());
	}

	/** The missing parts of some content, in words. */
	List<MissingPart> missing(ApplicationContent content) {
		return rules().missing(content)
			.stream()
			.map(p -> new MissingPart(p.field(), this.messages.text(p.key(), p.args())))
			.toList();
	}

	@Override
	@Transactional
	public ApplicationView submit(long id) {
		CityApplication application = editable(id);
		List<MissingPart> missing = missing(application.content());
		if (!missing.isEmpty()) {
			throw new InvalidInputException(
					missing.stream().map(m -> new InvalidInputException.FieldError(m.field(), m.message())).toList());
		}
		ApplicationStatus from = application.getStatus();
		application.submit(this.clock.instant(), Accounts.currentUsername());
		this.applications.flush();
		this.audit.record("APPLICATION_SUBMITTED", SUBJECT, application.getId().toString(),
				(from == ApplicationStatus.RETURNED) ? "Submitted again after revision." : "Submitted.");
		this.events.publishEvent(new ApplicationSubmitted(application.getId()));
		return view(application);
	}

	@Override
	public List<AttachmentView> attachments(long id) {
		visible(id);
		return this.attachments.findByApplicationIdOrderByIdAsc(id)
			.stream()
			.map(ApplicationAttachment::toView)
			.toList();
	}

	@Override
	public List<AttachmentView> findAttachments(long id) {
		return this.attachments.findByApplicationIdOrderByIdAsc(id)
			.stream()
			.map(ApplicationAttachment::toView)
			.toList();
	}

	@Override
	@Transactional
	public AttachmentView attach(long id, String originalFilename, byte[] content) {
		CityApplication application = editable(id);
		AttachmentProperties limits = this.store.properties();
		Optional<String> problem = AttachmentRules.nameProblem(originalFilename)
			.or(() -> AttachmentRules.contentProblem(content, limits.maxSize().toBytes()));
		if (problem.isEmpty() && this.attachments.countByApplicationId(id) >= limits.maxPerApplication()) {
			problem = Optional.of("nomination.error.file.tooMany");
		}
		if (problem.isPresent()) {
			Object[] args = switch (problem.get()) {
				case "nomination.error.file.tooLarge" -> new Object[] { limits.maxSize().toMegabytes() };
				case "nomination.error.file.tooMany" -> new Object[] { limits.maxPerApplication() };
				default -> new Object[0];
			};
			throw new InvalidInputException("file", this.messages.text(problem.get(), args));
		}
		String filename = AttachmentRules.displayName(originalFilename);
		String storedName = AttachmentStore.newName();
		Instant now = this.clock.instant();
		ApplicationAttachment attachment = this.attachments.saveAndFlush(new ApplicationAttachment(id, storedName,
				filename, content.length, sha256(content), now, Accounts.currentUsername()));
		application.touch(now, Accounts.currentUsername());
		this.applications.flush();
		// the file last, once everything else is in: a rollback after this removes it
		// again
		this.store.write(storedName, content);
		this.audit.record("APPLICATION_ATTACHMENT_ADDED", SUBJECT, Long.toString(id),
				"Attached \"" + filename + "\" (" + content.length + " bytes).");
		return attachment.toView();
	}

	@Override
	@Transactional
	public void detach(long id, long attachmentId) {
		CityApplication application = editable(id);
		ApplicationAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getApplicationId() == id)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		this.attachments.delete(attachment);
		application.touch(this.clock.instant(), Accounts.currentUsername());
		this.applications.flush();
		this.store.deleteAfterCommit(attachment.getStoredName());
		this.audit.record("APPLICATION_ATTACHMENT_REMOVED", SUBJECT, Long.toString(id),
				"Removed \"" + attachment.getFilename() + "\".");
	}

	/** The size cap and the number of files allowed. */
	AttachmentProperties attachmentLimits() {
		return this.store.properties();
	}

	/** An attachment's name and content, for whoever may see the application. */
	Download download(long id, long attachmentId) {
		CurrentUser user = Accounts.current().orElse(null);
		if (user == null || this.readers.stream().noneMatch((reader) -> reader.mayRead(id, user))) {
			visible(id);
		}
		ApplicationAttachment attachment = this.attachments.findById(attachmentId)
			.filter(a -> a.getApplicationId() == id)
			.orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
		return new Download(attachment.getFilename(), this.store.read(attachment.getStoredName()));
	}

	@Override
	public boolean maySee(ApplicationView application, CurrentUser user) {
		return ApplicationAccess.maySee(application, user);
	}

	/** Whether the current user may change this application's content now. */
	boolean mayEdit(ApplicationView application) {
		if (!application.editableByCity() || !ApplicationAccess.mayEdit(application, Accounts.current().orElse(null))) {
			return false;
		}
		try {
			editable(application.id());
			return true;
		}
		catch (RuleViolationException ex) {
			return false;
		}
	}

	@Override
	@Transactional
	public ApplicationView markReturned(long id, String comment) {
		CityApplication application = load(id);
		application.returnForRevision(comment, this.clock.instant(), Accounts.currentUsername());
		return recorded(application, "APPLICATION_RETURNED", "Returned for revision: " + comment);
	}

	@Override
	@Transactional
	public ApplicationView markDeclined(long id, String comment) {
		CityApplication application = load(id);
		application.decline(comment, this.clock.instant(), Accounts.currentUsername());
		return recorded(application, "APPLICATION_DECLINED", "Declined: " + comment);
	}

	@Override
	@Transactional
	public ApplicationView markNominated(long id, String endorsement) {
		CityApplication application = load(id);
		application.nominate(endorsement, this.clock.instant(), Accounts.currentUsername());
		return recorded(application, "APPLICATION_NOMINATED", "Nominated: " + endorsement);
	}

	@Override
	@Transactional
	public ApplicationView markClosed(long id, String reason) {
		CityApplication application = load(id);
		application.close(reason, this.clock.instant(), Accounts.currentUsername());
		return recorded(application, "APPLICATION_CLOSED", "Closed: " + reason);
	}

	private ApplicationView recorded(CityApplication application, String action, String detail) {
		this.applications.flush();
		this.audit.record(action, SUBJECT, application.getId().toString(), detail);
		return view(application);
	}

	/** The application, if the current user may see it; else 404. */
	private Visible visible(long id) {
		CityApplication application = load(id);
		ApplicationView view = view(application);
		if (!ApplicationAccess.maySee(view, Accounts.current().orElse(null))) {
			throw new NotFoundException("Application", id);
		}
		return new Visible(application, view);
	}

	/**
	 * The application, if the current user is its city's coordinator and may still change
	 * it: 404 if they may not see it, 403 if they may see but not change it, 409 if it is
	 * no longer editable or its deadline has passed.
	 */
	private CityApplication editable(long id) {
		Visible visible = visible(id);
		if (!ApplicationAccess.mayEdit(visible.view(), Accounts.current().orElse(null))) {
			throw new AccessDeniedException("Only the city's coordinator changes its application.");
		}
		CityApplication application = visible.application();
		if (!application.getStatus().editableByCity()) {
			throw rule(CityApplication.NOT_EDITABLE);
		}
		Cycle cycle = this.cycles.get(application.getCycleId());
		Instant now = this.clock.instant();
		if (application.getStatus() == ApplicationStatus.DRAFT
				&& !now.isBefore(cycle.settings().applicationDeadline().toInstant())) {
			throw rule(APPLICATION_DEADLINE_PASSED);
		}
		if (application.getStatus() == ApplicationStatus.RETURNED
				&& !now.isBefore(cycle.settings().nominationDeadline().toInstant())) {
			throw rule(NOMINATION_DEADLINE_PASSED);
		}
		return application;
	}

	private CityApplication load(long id) {
		return this.applications.findById(id).orElseThrow(() -> new NotFoundException("Application", id));
	}

	private ApplicationView view(CityApplication application) {
		return application.toView(this.network.city(application.getCityId()).orElse(null));
	}

	/** A refusal whose code is a message key, its message in the reader's language. */
	private RuleViolationException rule(String key) {
		return new RuleViolationException(key, this.messages.text(key));
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Visible(CityApplication application, ApplicationView view) {
	}

	/** An attachment to send: its display name and content. */
	record Download(String filename, byte[] content) {
	}

}
