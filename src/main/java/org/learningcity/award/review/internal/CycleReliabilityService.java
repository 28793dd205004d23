package org.learningcity.award.review.internal;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.review.ReviewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every submitted score of a cycle in one query and aggregates them
 * ({@link CycleReliability#of}). Replaced, declined and unsubmitted reviews never count.
 */
@Service
@Transactional(readOnly = true)
class CycleReliabilityService {

	private final Cycles cycles;

	private final JdbcClient jdbc;

	CycleReliabilityService(Cycles cycles, JdbcClient jdbc) {
		this.cycles = cycles;
		this.jdbc = jdbc;
	}

	/**
	 * The cycle's reliability so far.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	CycleReliability of(long cycleId) {
		this.cycles.get(cycleId);
		return CycleReliability.of(cycleId, this.jdbc.sql("""
				select r.nomination_id, r.username, s.round, s.measurement_code, s.score
				from review r join review_score s on s.review_id = r.id join nomination n on n.id = r.nomination_id
				where n.cycle_id = ? and r.status = ?""")
			.params(cycleId, ReviewStatus.SUBMITTED.name())
			.query((rs, row) -> new CycleReliability.ScoreRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
					rs.getString(4), rs.getInt(5)))
			.list());
	}

}
