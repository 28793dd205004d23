package org.learningcity.award.review.internal;

import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ScoreInput;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The scores of the reviews ({@code review_score}), per round; the experts' comments on a
 * round ({@code review_comment}) and the drafts of a later round
 * ({@code review_draft_score}), which count only once submitted.
 */
@Component
class ReviewScoreStore {

	/** The columns of a score row: review, round, measurement, score, justification. */
	private static final int[] SCORE_TYPES = { Types.BIGINT, Types.INTEGER, Types.VARCHAR, Types.INTEGER,
			Types.VARCHAR };

	private final JdbcClient jdbc;

	/** For the batches: a review's 18 scores go to the database in one round trip. */
	private final JdbcTemplate batches;

	ReviewScoreStore(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/**
	 * Creates the expert's review of the nomination unless it exists (invited again: the
	 * same review).
	 */
	void invite(long nominationId, String username) {
		this.jdbc.sql("""
				insert into review (nomination_id, username, status, conflict_declared, version)
				select ?, ?, ?, false, 0 where not exists
				(select 1 from review where nomination_id = ? and username = ?)""")
			.params(nominationId, username, ReviewStatus.INVITED.name(), nominationId, username)
			.update();
	}

	/** Replaces a review's scores of a round. */
	void replace(long reviewId, int round, Map<String, Review.ValidEntry> entries) {
		this.jdbc.sql("delete from review_score where review_id = ? and round = ?").params(reviewId, round).update();
		List<Object[]> rows = new ArrayList<>(entries.size());
		entries.forEach((code, entry) -> rows
			.add(new Object[] { reviewId, round, code, entry.score().value(), entry.justification() }));
		this.batches.batchUpdate(
				"insert into review_score (review_id, round, measurement_code, score, justification) values (?, ?, ?, ?, ?)",
				rows, SCORE_TYPES);
	}

	/** A review's latest entries by measurement. */
	Map<String, ScoreInput> latest(long reviewId) {
		Map<String, ScoreInput> scores = new LinkedHashMap<>();
		this.jdbc.sql(
				"select measurement_code, score, justification from review_score where review_id = ? order by round, measurement_code")
			.param(reviewId)
			.query((rs, n) -> scores.put(rs.getString(1),
					new ScoreInput(Integer.toString(rs.getInt(2)), rs.getString(3))))
			.list();
		return scores;
	}

	/**
	 * The panel's scores of a round, by username, of the submitted reviews: the first
	 * round, with later rounds up to this one on top.
	 */
	PanelScores upToRound(long nominationId, int round) {
		PanelScores.Builder builder = PanelScores.builder();
		record Row(String username, String code, int score) {
		}
		List<Row> rows = this.jdbc.sql("""
				select r.username, s.measurement_code, s.score from review r
				join review_score s on s.review_id = r.id
				where r.nomination_id = ? and r.status = ? and s.round <= ?
				order by r.id, s.round, s.measurement_code""")
			.params(nominationId, ReviewStatus.SUBMITTED.name(), round)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3)))
			.list();
		rows.forEach(row -> builder.score(row.username(), row.code(), row.score()));
		return builder.build();
	}

	/** Sets (or, with a blank body, removes) the expert's comment on a round. */
	void comment(long reviewId, int round, String body) {
		this.jdbc.sql("delete from review_comment where review_id = ? and round = ?").params(reviewId, round).update();
		if (body != null && !body.isBlank()) {
			this.jdbc.sql("insert into review_comment (review_id, round, body) values (?, ?, ?)")
				.params(reviewId, round, body.strip())
				.update();
		}
	}

	/** The expert's comment on a round, if any. */
	java.util.Optional<String> comment(long reviewId, int round) {
		return this.jdbc.sql("select body from review_comment where review_id = ? and round = ?")
			.params(reviewId, round)
			.query(String.class)
			.optional();
	}

	/** The comments of a nomination's submitted reviews, by expert and round. */
	List<StoredComment> comments(long nominationId) {
		return this.jdbc.sql("""
				select r.username, c.round, c.body from review r join review_comment c on c.review_id = r.id
				where r.nomination_id = ? and r.status = ? order by r.id, c.round""")
			.params(nominationId, ReviewStatus.SUBMITTED.name())
			.query((rs, n) -> new StoredComment(rs.getString(1), rs.getInt(2), rs.getString(3)))
			.list();
	}

	/**
	 * Replaces the draft of a later round (entries as typed, each score 1..5 if given).
	 */
	void draft(long reviewId, int round, Map<String, Review.ValidEntry> scored, Map<String, ScoreInput> typed) {
		clearDraft(reviewId, round);
		List<Object[]> rows = new ArrayList<>(typed.size());
		typed.forEach((code, input) -> {
			Review.ValidEntry valid = scored.get(code);
			rows.add(new Object[] { reviewId, round, code, (valid != null) ? valid.score().value() : null,
					(input.justification() != null) ? input.justification().strip() : null });
		});
		this.batches.batchUpdate(
				"insert into review_draft_score (review_id, round, measurement_code, score, justification) values (?, ?, ?, ?, ?)",
				rows, SCORE_TYPES);
	}

	/** The draft of a later round, by measurement. */
	Map<String, ScoreInput> draft(long reviewId, int round) {
		Map<String, ScoreInput> draft = new LinkedHashMap<>();
		this.jdbc.sql("""
				select measurement_code, score, justification from review_draft_score
				where review_id = ? and round = ? order by measurement_code""")
			.params(reviewId, round)
			.query((rs, n) -> {
				int score = rs.getInt(2);
				return draft.put(rs.getString(1),
						new ScoreInput(rs.wasNull() ? null : Integer.toString(score), rs.getString(3)));
			})
			.list();
		return draft;
	}

	void clearDraft(long reviewId, int round) {
		this.jdbc.sql("delete from review_draft_score where review_id = ? and round = ?")
			.params(reviewId, round)
			.update();
	}

	/**
	 * Every entry of a nomination's submitted reviews, every round, the oldest review
	 * first (its anonymous label follows that order).
	 */
	List<StoredEntry> entries(long nominationId) {
		return this.jdbc.sql("""
				select r.username, s.round, s.measurement_code, s.score, s.justification from review r
				join review_score s on s.review_id = r.id
				where r.nomination_id = ? and r.status = ?
				order by r.id, s.round, s.measurement_code""")
			.params(nominationId, ReviewStatus.SUBMITTED.name())
			.query((rs, n) -> new StoredEntry(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getInt(4),
					rs.getString(5)))
			.list();
	}

	/** An expert's comment on a round. */
	record StoredComment(String username, int round, String body) {
	}

	/** One stored score of a round with its justification. */
	record StoredEntry(String username, int round, String code, int score, String justification) {
	}

}
