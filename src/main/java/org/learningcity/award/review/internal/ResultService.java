package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.consensus.PanelResult;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.NominationResult.MeasurementResult;
import org.learningcity.award.review.PanelView;
import org.learningcity.award.review.Panels;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.Results;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a nomination's result from the submitted reviews (replaced ones never count):
 * the first round is each expert's own scoring, the final round is the first revised by
 * the moderation round where there was one.
 */
@Service
@Transactional(readOnly = true)
class ResultService implements Results {

	private final Nominations nominations;

	private final Panels panels;

	private final ReviewScoreStore scores;

	private final JdbcClient jdbc;

	ResultService(Nominations nominations, Panels panels, ReviewScoreStore scores, JdbcClient jdbc) {
		this.nominations = nominations;
		this.panels = panels;
		this.scores = scores;
		this.jdbc = jdbc;
	}

	@Override
	public NominationResult of(long nominationId) {
		this.nominations.get(nominationId);
		int rounds = rounds(nominationId);
		PanelScores first = this.scores.upToRound(nominationId, 1);
		PanelScores finalRound = this.scores.upToRound(nominationId, Math.max(rounds, 1));
		PanelResult result = Consensus.result(first, finalRound, Map.of());
		List<String> experts = finalRound.experts();
		SortedMap<MeasurementCode, MeasurementResult> measurements = new TreeMap<>();
		result.consensus().forEach((code, consensus) -> {
			List<Integer> values = new ArrayList<>();
			experts.forEach((expert) -> values.add(finalRound.score(expert, code).map((s) -> s.value()).orElse(null)));
			measurements.put(code, new MeasurementResult(values, consensus, result.spreads().get(code)));
		});
		return new NominationResult(nominationId, isFinal(nominationId), rounds, experts, measurements,
				result.focusAverages(), result.buildingBlocks(), result.overall(), Reliability.ofPanel(finalRound),
				result.severity());
	}

	/** The highest round scored in a submitted review, 0 if none. */
	private int rounds(long nominationId) {
		return this.jdbc.sql("""
				select coalesce(max(s.round), 0) from review r join review_score s on s.review_id = r.id
				where r.nomination_id = ? and r.status = ?""")
			.params(nominationId, ReviewStatus.SUBMITTED.name())
			.query(Integer.class)
			.single();
	}

	/** Whether the panel is formed and every one of its experts has submitted. */
	private boolean isFinal(long nominationId) {
		List<String> members = this.panels.find(nominationId)
			.map(PanelView::experts)
			.orElse(List.of())
			.stream()
			.map(PanelView.PanelMember::username)
			.toList();
		if (members.isEmpty()) {
			return false;
		}
		List<String> submitted = this.jdbc.sql("select username from review where nomination_id = ? and status = ?")
			.params(nominationId, ReviewStatus.SUBMITTED.name())
			.query(String.class)
			.list();
		return submitted.containsAll(members);
	}

}
