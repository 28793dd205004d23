package org.learningcity.award.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/**
 * The review process's tasks in the inbox and in {@code /api/tasks/{id}/draft|complete}:
 * the expert answers the invitation and scores the report; staff handle an overdue review
 * and resolve a lasting divergence. Blind review: an expert's task shows the expert's own
 * review only, never another expert's name or scores.
 */
@Component
class ReviewTaskSupport implements TaskTypeSupport, TaskCompletion {

	static final String REVIEW_INVITATION = OpenTask.typeOf(ReviewProcess.TASK_ANSWER_INVITATION);

	static final String SCORE_REPORT = OpenTask.typeOf(ReviewProcess.TASK_SCORE_REPORT);

	static final String MODERATE_SCORES = OpenTask.typeOf(ReviewProcess.TASK_MODERATE_SCORES);

	static final String REVIEW_OVERDUE = OpenTask.typeOf(ReviewProcess.TASK_HANDLE_OVERDUE);

	static final String RESOLVE_DIVERGENCE = OpenTask.typeOf(ReviewProcess.TASK_RESOLVE_DIVERGENCE);

	static final String FIND_EXPERT = OpenTask.typeOf(ReviewProcess.TASK_FIND_EXPERT);

	private static final Set<String> TYPES = Set.of(REVIEW_INVITATION, SCORE_REPORT, MODERATE_SCORES, REVIEW_OVERDUE,
			RESOLVE_DIVERGENCE, FIND_EXPERT);

	/** The expert's own tasks, done through this API. */
	private static final Set<String> EXPERT_TYPES = Set.of(REVIEW_INVITATION, SCORE_REPORT, MODERATE_SCORES);

	/** The staff's tasks of the review process, done through this API or their page. */
	static final Set<String> STAFF_TYPES = Set.of(RESOLVE_DIVERGENCE, REVIEW_OVERDUE, FIND_EXPERT);

	private final Reviews reviews;

	private final Nominations nominations;

	private final Applications applications;

	private final Catalog catalog;

	private final PanelRounds rounds;

	private final ResolutionService resolutions;

	private final DeadlineService deadlines;

	private final FindExpertService findExpert;

	ReviewTaskSupport(Reviews reviews, Nominations nominations, Applications applications, Catalog catalog,
			PanelRounds rounds, ResolutionService resolutions, DeadlineService deadlines,
			FindExpertService findExpert) {
		this.deadlines = deadlines;
		this.findExpert = findExpert;
		this.reviews = reviews;
		this.nominations = nominations;
		this.applications = applications;
		this.catalog = catalog;
		this.rounds = rounds;
		this.resolutions = resolutions;
	}

	@Override
	public boolean supports(String type) {
		return TYPES.contains(type);
	}

	@Override
	public String link(OpenTask task) {
		if (EXPERT_TYPES.contains(task.type())) {
			return ReviewTaskPageController.taskPage(task.id());
		}
		if (STAFF_TYPES.contains(task.type())) {
			return StaffReviewTaskPageController.taskPage(task.id());
		}
		return "/tasks/" + task.id();
	}

	@Override
	public Map<String, Object> details(OpenTask task) {
		Map<String, Object> details = new LinkedHashMap<>();
		if (task.nominationId() == null) {
			return details;
		}
		NominationView nomination = this.nominations.find(task.nominationId()).orElse(null);
		if (nomination != null) {
			details.put("cityName", nomination.cityName());
			details.put("countryCode", nomination.countryCode());
		}
		if (RESOLVE_DIVERGENCE.equals(task.type())) {
			details.put("divergent",
					this.rounds.of(task.nominationId(), this.resolutions.stillDivergent(task.nominationId()),
							measurements(nomination), ReviewService.MODERATION_ROUND, null));
			return details;
		}
		if (REVIEW_OVERDUE.equals(task.type())) {
			String expert = this.deadlines.overdueExpert(task.id());
			details.put("expert", expert);
			this.reviews.find(task.nominationId(), expert).ifPresent((r) -> {
				details.put("reviewStatus", r.status().name());
				details.put("dueAt", r.dueAt());
				details.put("scoresDrafted", r.scores().size());
			});
			return details;
		}
		if (FIND_EXPERT.equals(task.type())) {
			details.put("replacing", this.findExpert.leaving(task.id()));
			return details;
		}
		if (!EXPERT_TYPES.contains(task.type())) {
			return details;
		}
		String expert = expert(task);
		this.reviews.find(task.nominationId(), expert).ifPresent(r -> details.put("review", ReviewJson.of(r)));
		if (SCORE_REPORT.equals(task.type())) {
			details.put("measurements", measurements(nomination));
		}
		if (MODERATE_SCORES.equals(task.type())) {
			details.put("divergent", moderation(task.nominationId(), nomination, expert));
			details.put("draft", this.reviews.moderationDraft(task.nominationId(), expert));
			details.put("comment",
					this.reviews.comment(task.nominationId(), expert, ReviewService.MODERATION_ROUND).orElse(null));
		}
		return details;
	}

	/**
	 * The divergent measurements with the panel's anonymised first-round scores and
	 * justifications, the expert's own marked: what the moderation round revisits.
	 */
	List<PanelRounds.DivergentMeasurement> moderation(long nominationId, NominationView nomination, String expert) {
		return this.rounds.of(nominationId,
				this.reviews.divergentMeasurements(nominationId)
					.stream()
					.map(org.learningcity.award.catalog.MeasurementCode::of)
					.toList(),
				measurements(nomination), ReviewService.FIRST_ROUND, expert);
	}

	/**
	 * The expert-review measurements with their rubric and the city's narrative for each.
	 */
	List<MeasurementJson> measurements(NominationView nomination) {
		Map<String, String> narratives = (nomination != null)
				? this.applications.findNarratives(nomination.applicationId()) : Map.of();
		List<MeasurementJson> result = new ArrayList<>();
		for (Measurement m : this.catalog.measurements(Source.EXPERT_REVIEW)) {
			List<LevelJson> rubric = this.catalog.rubric(m.code())
				.stream()
				.map(l -> new LevelJson(l.level(), l.label(), l.description()))
				.toList();
			result.add(new MeasurementJson(m.code().value(), m.name(), m.definition(), rubric,
					narratives.get(m.code().value())));
		}
		return result;
	}

	// --- draft and complete

	@Override
	public Object draft(OpenTask task, JsonNode body) {
		long nomination = nomination(task);
		if (SCORE_REPORT.equals(task.type())) {
			return ReviewJson.of(this.reviews.saveDraft(nomination, expert(task), scores(body)));
		}
		if (MODERATE_SCORES.equals(task.type())) {
			return ReviewJson.of(this.reviews.saveModerationDraft(nomination, expert(task), scores(body),
					text(body.path("comment"))));
		}
		throw new RuleViolationException("review.no-draft", "A task of type " + task.type() + " has no draft.");
	}

	@Override
	public Object complete(OpenTask task, JsonNode body) {
		long nomination = nomination(task);
		if (RESOLVE_DIVERGENCE.equals(task.type())) {
			ResolutionService.StoredResolution resolution = this.resolutions.resolve(nomination, scores(body),
					text(body.path("rationale")));
			Map<String, Object> scores = new LinkedHashMap<>();
			resolution.entries().forEach((e) -> {
				Map<String, Object> entry = new LinkedHashMap<>();
				entry.put("score", e.score());
				entry.put("justification", e.justification());
				scores.put(e.code(), entry);
			});
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("nominationId", Long.toString(nomination));
			json.put("scores", scores);
			json.put("rationale", resolution.rationale());
			json.put("resolvedBy", resolution.resolvedBy());
			json.put("resolvedAt", resolution.resolvedAt());
			return json;
		}
		if (FIND_EXPERT.equals(task.type())) {
			return this.findExpert.name(task.id(), text(body.path("expert")));
		}
		if (REVIEW_OVERDUE.equals(task.type())) {
			return this.deadlines.decideOverdue(task.id(), text(body.path("action")), text(body.path("extendBy")));
		}
		String expert = expert(task);
		if (REVIEW_INVITATION.equals(task.type())) {
			JsonNode accept = body.path("accept");
			if (!accept.isBoolean()) {
				throw new InvalidInputException("accept", "Say whether you accept: true or false.");
			}
			ReviewView review = accept.booleanValue() ? this.reviews.accept(nomination, expert) : this.reviews.decline(
					nomination, expert, text(body.path("reason")), body.path("conflictOfInterest").asBoolean(false));
			return ReviewJson.of(review);
		}
		if (SCORE_REPORT.equals(task.type())) {
			return ReviewJson.of(this.reviews.submit(nomination, expert, scores(body), text(body.path("comment"))));
		}
		if (MODERATE_SCORES.equals(task.type())) {
			return ReviewJson.of(this.reviews.moderate(nomination, expert, scores(body), text(body.path("comment"))));
		}
		throw new RuleViolationException("task.not-completable",
				"A task of type " + task.type() + " is done on its own page, not through this API.");
	}

	@Override
	public boolean completes(String type) {
		return EXPERT_TYPES.contains(type) || STAFF_TYPES.contains(type);
	}

	private static long nomination(OpenTask task) {
		if (task.nominationId() == null) {
			throw new NotFoundException("Task", task.id());
		}
		return task.nominationId();
	}

	/** The expert who holds the task: the caller, who must be its assignee. */
	static String expert(OpenTask task) {
		String caller = Accounts.current().map(CurrentUser::username).orElse(null);
		if (caller == null || !caller.equals(task.assignee())) {
			throw new NotFoundException("Task", task.id());
		}
		return caller;
	}

	/** {@code {scores: {"<code>": {score, justification}}}} as typed: a score as text. */
	static Map<String, ScoreInput> scores(JsonNode body) {
		JsonNode scores = body.path("scores");
		if (scores.isMissingNode() || scores.isNull()) {
			return Map.of();
		}
		if (!scores.isObject()) {
			throw new InvalidInputException("scores",
					"Send the scores as an object: {\"<measurement code>\": {\"score\": 1..5, \"justification\": \"...\"}}.");
		}
		Map<String, ScoreInput> result = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = scores.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> entry = fields.next();
			JsonNode value = entry.getValue();
			if (value.isObject()) {
				result.put(entry.getKey(),
						new ScoreInput(text(value.path("score")), text(value.path("justification"))));
			}
			else {
				result.put(entry.getKey(), new ScoreInput(text(value), null));
			}
		}
		return result;
	}

	private static String text(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

	/** One measurement to score: its rubric and the city's narrative for it. */
	record MeasurementJson(String code, String name, String definition, List<LevelJson> rubric, String narrative) {
	}

	/** One level of a rubric. */
	record LevelJson(int level, String label, String description) {
	}

	/** The expert's own review, ids as strings. */
	record ReviewJson(String id, String nominationId, String status, Instant dueAt, Instant submittedAt,
			boolean conflictDeclared, Map<String, ScoreInput> scores) {

		static ReviewJson of(ReviewView review) {
			return new ReviewJson(Long.toString(review.id()), Long.toString(review.nominationId()),
					review.status().name(), review.dueAt(), review.submittedAt(), review.conflictDeclared(),
					review.scores());
		}

	}

}
