package org.learningcity.award.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.InvalidScoreException;
import org.learningcity.award.consensus.Score;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.review.ScoreInput;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff resolve what stays divergent after the moderation round
 * ({@code RESOLVE_DIVERGENCE}): a final score for each measurement still divergent, and a
 * rationale. Stored with who and when ({@code review_resolution}), audited, and the
 * staff's task completed in the same transaction. The experts' rounds stay as they are;
 * the resolved score becomes the consensus of its measurement.
 */
@Service
@Transactional
class ResolutionService {

	static final String RESOLVED = "review.divergence-resolved";

	private final JdbcClient jdbc;

	private final AgreementService agreement;

	private final TaskService tasks;

	private final AuditTrail audit;

	private final Clock clock;

	ResolutionService(JdbcClient jdbc, AgreementService agreement, TaskService tasks, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.agreement = agreement;
		this.tasks = tasks;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The measurements still divergent after the moderation round, as the process decided
	 * round 2 (recorded, see {@link AgreementService}): nothing before it decided.
	 */
	@Transactional(readOnly = true)
	SortedSet<MeasurementCode> stillDivergent(long nominationId) {
		return this.agreement.divergent(nominationId, ReviewService.MODERATION_ROUND);
	}

	/**
	 * Resolves the divergence with the staff's final scores and completes the task.
	 * @throws InvalidInputException naming each field: {@code scores.<code>.score} for a
	 * divergent measurement without a score 1..5, {@code scores.<code>} for one that is
	 * not divergent, {@code rationale} without one
	 * @throws RuleViolationException ({@code review.not-resolving}) if the nomination's
	 * process waits for no resolution
	 */
	StoredResolution resolve(long nominationId, Map<String, ScoreInput> scores, String rationale) {
		Task task = this.tasks.createTaskQuery()
			.processDefinitionKey(ReviewProcess.KEY)
			.processInstanceBusinessKey(Long.toString(nominationId))
			.taskDefinitionKey(ReviewProcess.TASK_RESOLVE_DIVERGENCE)
			.active()
			.singleResult();
		if (task == null) {
			throw new RuleViolationException("review.not-resolving",
					"The review of this nomination is not waiting for a resolution.");
		}
		SortedSet<MeasurementCode> divergent = stillDivergent(nominationId);
		List<FieldError> errors = new ArrayList<>();
		Map<String, Score> valid = new TreeMap<>();
		for (String code : scores.keySet()) {
			if (divergent.stream().noneMatch((c) -> c.value().equals(code))) {
				errors.add(
						new FieldError("scores." + code, "This measurement is not divergent: it needs no resolution."));
			}
		}
		for (MeasurementCode code : divergent) {
			ScoreInput input = scores.get(code.value());
			String text = (input != null) ? input.score() : null;
			if (text == null || text.isBlank()) {
				errors.add(new FieldError("scores." + code.value() + ".score", "Set the final score from 1 to 5."));
				continue;
			}
			try {
				valid.put(code.value(), Score.parse(text));
			}
			catch (InvalidScoreException ex) {
				errors.add(new FieldError("scores." + code.value() + ".score", ex.getMessage()));
			}
		}
		if (rationale == null || rationale.isBlank()) {
			errors.add(new FieldError("rationale", "Explain the resolution."));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Instant now = this.clock.instant();
		String by = Accounts.currentUsername();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql(
				"insert into review_resolution (nomination_id, rationale, resolved_by, resolved_at) values (?, ?, ?, ?)")
			.params(nominationId, rationale.strip(), by, Timestamp.from(now))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		Map<String, String> justifications = new LinkedHashMap<>();
		valid.forEach((code, score) -> {
			ScoreInput input = scores.get(code);
			String justification = (input.justification() != null && !input.justification().isBlank())
					? input.justification().strip() : null;
			justifications.put(code, justification);
			this.jdbc.sql(
					"insert into review_resolution_score (resolution_id, measurement_code, score, justification) values (?, ?, ?, ?)")
				.params(id, code, score.value(), justification)
				.update();
		});
		StringBuilder detail = new StringBuilder();
		valid.forEach((code, score) -> detail.append(code).append(": ").append(score.value()).append("; "));
		detail.append("rationale: ").append(rationale.strip());
		this.audit.record(RESOLVED, "Nomination", Long.toString(nominationId),
				(detail.length() > 4000) ? detail.substring(0, 3999) + "…" : detail.toString());
		try {
			this.tasks.setAssignee(task.getId(), by);
			this.tasks.complete(task.getId());
		}
		catch (OptimisticLockingException ex) {
			throw new RuleViolationException("review.concurrent-change",
					"Someone else acted on this review at the same moment. Reload it and try again.");
		}
		List<StoredResolution.Entry> entries = new ArrayList<>();
		valid.forEach((code, score) -> entries
			.add(new StoredResolution.Entry(code, score.value(), justifications.get(code))));
		return new StoredResolution(nominationId, entries, rationale.strip(), by, now);
	}

	/** The nomination's resolutions, the latest last. */
	@Transactional(readOnly = true)
	List<StoredResolution> of(long nominationId) {
		record Row(long id, String rationale, String by, Instant at) {
		}
		List<Row> rows = this.jdbc.sql(
				"select id, rationale, resolved_by, resolved_at from review_resolution where nomination_id = ? order by id")
			.param(nominationId)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
			.list();
		List<StoredResolution> result = new ArrayList<>();
		for (Row row : rows) {
			List<StoredResolution.Entry> entries = this.jdbc.sql("""
					select measurement_code, score, justification from review_resolution_score
					where resolution_id = ? order by measurement_code""")
				.param(row.id())
				.query((rs, n) -> new StoredResolution.Entry(rs.getString(1), rs.getInt(2), rs.getString(3)))
				.list();
			result.add(new StoredResolution(nominationId, entries, row.rationale(), row.by(), row.at()));
		}
		return result;
	}

	/** A stored resolution: the staff's final scores, their rationale, who and when. */
	record StoredResolution(long nominationId, List<Entry> entries, String rationale, String resolvedBy,
			Instant resolvedAt) {

		record Entry(String code, int score, String justification) {
		}

	}

}
