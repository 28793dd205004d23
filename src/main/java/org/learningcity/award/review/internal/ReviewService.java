package org.learningcity.award.review.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews: the experts' steps (each changes the review and completes the expert's
 * task of the review process in one transaction) and the process's own steps (invite,
 * open the scoring, bring in a reserve).
 */
@Service
@Transactional
class ReviewService implements Reviews {

	static final int FIRST_ROUND = 1;

	static final int MODERATION_ROUND = 2;

	private final ReviewRepository reviews;

	private final ReviewScoreStore scores;

	private final Catalog catalog;

	private final TaskService tasks;

	private final Clock clock;

	private final AgreementService agreement;

	/** {@link #openTask}'s native query (table names carry the engine's prefix). */
	private final String openTaskSql;

	ReviewService(ReviewRepository reviews, ReviewScoreStore scores, Catalog catalog, TaskService tasks, Clock clock,
			AgreementService agreement, ManagementService management) {
		this.reviews = reviews;
		this.scores = scores;
		this.catalog = catalog;
		this.tasks = tasks;
		this.clock = clock;
		this.agreement = agreement;
		this.openTaskSql = "select T.* from " + management.getTableName(TaskEntity.class) + " T join "
				+ management.getTableName(ExecutionEntity.class) + " P on P.ID_ = T.PROC_INST_ID_ join "
				+ management.getTableName(ProcessDefinitionEntity.class) + " D on D.ID_ = T.PROC_DEF_ID_"
				+ " where D.KEY_ = #{processKey} and P.BUSINESS_KEY_ = #{businessKey}"
				+ " and T.TASK_DEF_KEY_ = #{taskKey} and T.ASSIGNEE_ = #{assignee} and T.SUSPENSION_STATE_ = "
				+ SuspensionState.ACTIVE.getStateCode();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ReviewView> find(long nominationId, String username) {
		return this.reviews.findByNominationIdAndUsername(nominationId, username).map(this::view);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReviewView> ofNomination(long nominationId) {
		return this.reviews.findByNominationIdOrderById(nominationId).stream().map(this::view).toList();
	}

	@Override
	public ReviewView accept(long nominationId, String username) {
		Review review = lockedReview(nominationId, username);
		review.accept();
		completeTask(nominationId, username, ReviewProcess.TASK_ANSWER_INVITATION);
		return view(review);
	}

	@Override
	public ReviewView decline(long nominationId, String username, String reason, boolean conflict) {
		Review review = lockedReview(nominationId, username);
		review.decline(reason, conflict);
		completeTask(nominationId, username, ReviewProcess.TASK_ANSWER_INVITATION);
		return view(review);
	}

	@Override
	public ReviewView saveDraft(long nominationId, String username, Map<String, ScoreInput> entries) {
		Review review = lockedReview(nominationId, username);
		this.scores.replace(review.getId(), FIRST_ROUND, review.saveDraft(entries, measurements()));
		return view(this.reviews.saveAndFlush(review));
	}

	@Override
	public ReviewView submit(long nominationId, String username, Map<String, ScoreInput> entries) {
		return submit(nominationId, username, entries, null);
	}

	@Override
	public ReviewView submit(long nominationId, String username, Map<String, ScoreInput> entries, String comment) {
		Review review = lockedReview(nominationId, username);
		this.scores.replace(review.getId(), FIRST_ROUND, review.submit(entries, measurements(), this.clock.instant()));
		this.scores.comment(review.getId(), FIRST_ROUND, comment);
		completeTask(nominationId, username, ReviewProcess.TASK_SCORE_REPORT);
		return view(this.reviews.saveAndFlush(review));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<String> comment(long nominationId, String username, int round) {
		return this.reviews.findByNominationIdAndUsername(nominationId, username)
			.flatMap((review) -> this.scores.comment(review.getId(), round));
	}

	/**
	 * As the process decided round 1 (recorded, see {@link AgreementService}): nothing
	 * before it decided.
	 */
	@Override
	@Transactional(readOnly = true)
	public java.util.SortedSet<String> divergentMeasurements(long nominationId) {
		java.util.SortedSet<String> codes = new TreeSet<>();
		this.agreement.divergent(nominationId, FIRST_ROUND).forEach((code) -> codes.add(code.value()));
		return codes;
	}

	@Override
	public ReviewView saveModerationDraft(long nominationId, String username, Map<String, ScoreInput> entries,
			String comment) {
		Review review = lockedReview(nominationId, username);
		openTask(nominationId, username, ReviewProcess.TASK_MODERATE_SCORES);
		Map<String, Review.ValidEntry> valid = review.moderationDraft(entries, divergentMeasurements(nominationId));
		this.scores.draft(review.getId(), MODERATION_ROUND, valid, entries);
		this.scores.comment(review.getId(), MODERATION_ROUND, comment);
		return view(review);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<String, ScoreInput> moderationDraft(long nominationId, String username) {
		return this.reviews.findByNominationIdAndUsername(nominationId, username)
			.map((review) -> this.scores.draft(review.getId(), MODERATION_ROUND))
			.orElse(Map.of());
	}

	@Override
	public ReviewView moderate(long nominationId, String username, Map<String, ScoreInput> entries) {
		return moderate(nominationId, username, entries, null);
	}

	@Override
	public ReviewView moderate(long nominationId, String username, Map<String, ScoreInput> entries, String comment) {
		Review review = lockedReview(nominationId, username);
		openTask(nominationId, username, ReviewProcess.TASK_MODERATE_SCORES);
		this.scores.replace(review.getId(), MODERATION_ROUND,
				review.moderate(entries, divergentMeasurements(nominationId)));
		this.scores.clearDraft(review.getId(), MODERATION_ROUND);
		this.scores.comment(review.getId(), MODERATION_ROUND, comment);
		completeTask(nominationId, username, ReviewProcess.TASK_MODERATE_SCORES);
		return view(review);
	}

	// --- the process's steps

	/** Invites the expert (again, if invited already: the same review). */
	void invite(long nominationId, String username) {
		// one statement, no entity: a large cycle starts thousands of reviews at once
		this.scores.invite(nominationId, username);
	}

	boolean accepted(long nominationId, String username) {
		Review review = review(nominationId, username);
		return review.getStatus() == org.learningcity.award.review.ReviewStatus.ACCEPTED
				|| review.getStatus() == org.learningcity.award.review.ReviewStatus.DRAFTED;
	}

	boolean submitted(long nominationId, String username) {
		return review(nominationId, username).isSubmitted();
	}

	/** The scoring is due this long from now (first opened, or extended). */
	Instant openScoring(long nominationId, String username, String duration) {
		Review review = review(nominationId, username);
		Instant due = this.clock.instant().plus(parse(duration));
		review.dueAt(due);
		return due;
	}

	/** Staff moved the due date of a running review. */
	void moveDue(long nominationId, String username, Instant due) {
		review(nominationId, username).dueAt(due);
	}

	Instant due(long nominationId, String username) {
		return review(nominationId, username).getDueAt();
	}

	/** The expert's review is replaced (the caller invites the reserve). */
	void replace(long nominationId, String username) {
		review(nominationId, username).replace();
	}

	/** The expert's review, for a change by the expert: one change at a time. */
	private Review lockedReview(long nominationId, String username) {
		return this.reviews.lockByNominationIdAndUsername(nominationId, username)
			.orElseThrow(() -> new NotFoundException("Review", nominationId + "/" + username));
	}

	/**
	 * The review, for the process's steps: from the persistence context when this
	 * transaction loaded it already (the expert's step that moved the process), else
	 * read.
	 */
	private Review review(long nominationId, String username) {
		return this.reviews.loaded(nominationId, username)
			.orElseThrow(() -> new NotFoundException("Review", nominationId + "/" + username));
	}

	private Set<String> measurements() {
		Set<String> codes = new TreeSet<>();
		this.catalog.measurements(Source.EXPERT_REVIEW).forEach(m -> codes.add(m.code().value()));
		return codes;
	}

	/**
	 * The expert's open task of this kind; refused if there is none. A native query (what
	 * the task query {@code processDefinitionKey, processInstanceBusinessKey,
	 * taskDefinitionKey, taskAssignee, active} selects): the task query's mapping weighs
	 * hundreds of conditions on every call.
	 */
	private Task openTask(long nominationId, String username, String taskKey) {
		Task task = this.tasks.createNativeTaskQuery()
			.sql(this.openTaskSql)
			.parameter("processKey", ReviewProcess.KEY)
			.parameter("businessKey", Long.toString(nominationId))
			.parameter("taskKey", taskKey)
			.parameter("assignee", username)
			.singleResult();
		if (task == null) {
			throw new RuleViolationException("review.not-waiting",
					"The review process is not waiting for this step of " + username + ".");
		}
		return task;
	}

	private void completeTask(long nominationId, String username, String taskKey) {
		Task task = openTask(nominationId, username, taskKey);
		try {
			this.tasks.complete(task.getId());
		}
		catch (OptimisticLockingException ex) {
			throw new RuleViolationException("review.concurrent-change",
					"Someone else acted on this review at the same moment. Reload it and try again.");
		}
	}

	static Duration parse(String iso) {
		if (iso.startsWith("PT") || iso.contains("T")) {
			return Duration.parse(iso);
		}
		Period period = Period.parse(iso);
		return Duration.ofDays(period.toTotalMonths() * 30 + period.getDays());
	}

	private ReviewView view(Review review) {
		return new ReviewView(review.getId(), review.getNominationId(), review.getUsername(), review.getStatus(),
				review.getDueAt(), review.getDeclinedReason(), review.isConflictDeclared(), review.getSubmittedAt(),
				this.scores.latest(review.getId()));
	}

}
