package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ScoreInput;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The scores of the reviews ({@code review_score}), per round. */
@Component
class ReviewScoreStore {

	private final JdbcClient jdbc;

	ReviewScoreStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces a review's scores of a round. */
	void replace(long reviewId, int round, Map<String, Review.ValidEntry> entries) {
		this.jdbc.sql("delete from review_score where review_id = ? and round = ?").params(reviewId, round).update();
		entries.forEach((code, entry) -> this.jdbc.sql(
				"insert into review_score (review_id, round, measurement_code, score, justification) values (?, ?, ?, ?, ?)")
			.params(reviewId, round, code, entry.score().value(), entry.justification())
			.update());
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

}
