package org.learningcity.award.review.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.PanelAgreement;
import org.learningcity.award.consensus.PanelScores;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a panel agrees on its stored scores. The process decides each round once
 * ({@link #decide}: the DMN decision PanelAgreement, evaluated once per distinct spread)
 * and the outcome is recorded ({@code review_round_decision}); every page reads the
 * recorded outcome ({@link #divergent}, {@link #latest}) and never evaluates the DMN, so
 * reads are read-only (an evaluation writes the engine's decision history, which
 * PostgreSQL refuses in a read-only transaction) and show what the process decided, also
 * after staff deploy a changed decision table.
 */
@Service
@Transactional(readOnly = true)
class AgreementService {

	private final ReviewScoreStore scores;

	private final PanelAgreement agreement;

	private final JdbcClient jdbc;

	private final Clock clock;

	AgreementService(ReviewScoreStore scores, PanelAgreement agreement, JdbcClient jdbc, Clock clock) {
		this.scores = scores;
		this.agreement = agreement;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The process's decision on a round (1: the first scores, 2: after the moderation
	 * round): evaluates the decision on the panel's scores up to this round and records
	 * the outcome, replacing one recorded before (a job retried in a new transaction).
	 */
	@Transactional
	Decision decide(long nominationId, int round, int divergenceThreshold) {
		PanelScores latest = this.scores.upToRound(nominationId, round);
		SortedSet<MeasurementCode> divergent = this.agreement.divergentMeasurements(latest, divergenceThreshold);
		record(new RoundDecision(nominationId, round, divergenceThreshold, divergent, this.clock.instant()));
		return new Decision(!divergent.isEmpty(), latest.experts());
	}

	/** Records (or replaces) the outcome of a round. */
	private void record(RoundDecision decision) {
		this.jdbc.sql("delete from review_round_decision where nomination_id = ? and round = ?")
			.params(decision.nominationId(), decision.round())
			.update();
		this.jdbc.sql("""
				insert into review_round_decision
				(nomination_id, round, divergence_threshold, divergent_measurements, decided_at)
				values (?, ?, ?, ?, ?)""")
			.params(decision.nominationId(), decision.round(), decision.divergenceThreshold(),
					decision.divergent().stream().map(MeasurementCode::value).collect(Collectors.joining(",")),
					Timestamp.from(decision.decidedAt()))
			.update();
	}

	/**
	 * The measurements the process found divergent in this round, as recorded: after
	 * round 1 those the moderation round revisits, after round 2 those staff resolve.
	 * Empty while the process has not decided the round.
	 */
	SortedSet<MeasurementCode> divergent(long nominationId, int round) {
		return find(nominationId, round).map(RoundDecision::divergent).orElse(Collections.emptySortedSet());
	}

	/** The recorded decision on this round, if the process took it. */
	Optional<RoundDecision> find(long nominationId, int round) {
		return query("where nomination_id = ? and round = ?", nominationId, round).stream().findFirst();
	}

	/**
	 * The process's latest decision (on the highest round decided), if any: the divergent
	 * measurements of the final round.
	 */
	Optional<RoundDecision> latest(long nominationId) {
		return query("where nomination_id = ? order by round desc", nominationId).stream().findFirst();
	}

	private List<RoundDecision> query(String where, Object... params) {
		return this.jdbc.sql("""
				select nomination_id, round, divergence_threshold, divergent_measurements, decided_at
				from review_round_decision\s""" + where)
			.params(params)
			.query((rs, n) -> new RoundDecision(rs.getLong(1), rs.getInt(2), rs.getInt(3), codes(rs.getString(4)),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	private static SortedSet<MeasurementCode> codes(String joined) {
		SortedSet<MeasurementCode> codes = new TreeSet<>();
		if (joined != null) {
			for (String code : joined.split(",")) {
				if (!code.isBlank()) {
					codes.add(MeasurementCode.of(code.strip()));
				}
			}
		}
		return Collections.unmodifiableSortedSet(codes);
	}

	/** Whether the panel diverges, and who is on it (who submitted). */
	record Decision(boolean divergent, List<String> panel) {

	}

	/**
	 * The process's recorded decision on a round.
	 *
	 * @param nominationId the nomination
	 * @param round 1 (the first scores) or 2 (after the moderation round)
	 * @param divergenceThreshold the threshold the process decided with
	 * @param divergent the divergent measurements, in the framework's order
	 * @param decidedAt when
	 */
	record RoundDecision(long nominationId, int round, int divergenceThreshold, SortedSet<MeasurementCode> divergent,
			Instant decidedAt) {

	}

}
