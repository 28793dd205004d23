package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.consensus.PanelResult;
import org.learningcity.award.consensus.Score;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.NominationResult.Comment;
import org.learningcity.award.review.NominationResult.Entry;
import org.learningcity.award.review.NominationResult.MeasurementResult;
import org.learningcity.award.review.NominationResult.Resolution;
import org.learningcity.award.review.NominationResult.Round;
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
 * the moderation round where there was one. The divergent measurements are those the
 * review process found divergent in the last round it decided (recorded by
 * {@link AgreementService}), never evaluated here.
 */
@Service
@Transactional(readOnly = true)
class ResultService implements Results {

	private final Nominations nominations;

	private final Panels panels;

	private final ReviewScoreStore scores;

	private final JdbcClient jdbc;

	private final ResolutionService resolutions;

	private final AgreementService agreement;

	ResultService(Nominations nominations, Panels panels, ReviewScoreStore scores, JdbcClient jdbc,
			ResolutionService resolutions, AgreementService agreement) {
		this.nominations = nominations;
		this.panels = panels;
		this.scores = scores;
		this.jdbc = jdbc;
		this.resolutions = resolutions;
		this.agreement = agreement;
	}

	@Override
	public NominationResult of(long nominationId) {
		this.nominations.get(nominationId);
		int rounds = rounds(nominationId);
		PanelScores first = this.scores.upToRound(nominationId, 1);
		PanelScores finalRound = this.scores.upToRound(nominationId, Math.max(rounds, 1));
		List<Resolution> resolved = new ArrayList<>();
		this.resolutions.of(nominationId)
			.forEach((r) -> r.entries()
				.forEach((e) -> resolved.add(new Resolution(MeasurementCode.of(e.code()), e.score(), e.justification(),
						r.rationale(), r.resolvedBy(), r.resolvedAt()))));
		Map<MeasurementCode, Score> resolvedScores = new TreeMap<>();
		resolved.forEach((r) -> resolvedScores.put(r.code(), Score.of(r.score())));
		PanelResult result = Consensus.result(first, finalRound, resolvedScores);
		List<String> experts = finalRound.experts();
		Set<MeasurementCode> divergent = this.agreement.latest(nominationId)
			.map(AgreementService.RoundDecision::divergent)
			.orElse(Collections.emptySortedSet());
		SortedMap<MeasurementCode, MeasurementResult> measurements = new TreeMap<>();
		result.consensus().forEach((code, consensus) -> {
			List<Integer> values = new ArrayList<>();
			experts.forEach((expert) -> values.add(finalRound.score(expert, code).map((s) -> s.value()).orElse(null)));
			measurements.put(code, new MeasurementResult(values, consensus, result.spreads().get(code),
					resolvedScores.containsKey(code), divergent.contains(code)));
		});
		List<Comment> comments = this.scores.comments(nominationId)
			.stream()
			.map((c) -> new Comment(c.username(), c.round(), c.body()))
			.toList();
		return new NominationResult(nominationId, isFinal(nominationId), rounds, experts, measurements,
				result.focusAverages(), result.buildingBlocks(), result.overall(), Reliability.ofPanel(finalRound),
				result.severity(), history(nominationId), resolved, comments);
	}

	/** Every round as scored, by measurement, in the order the experts submitted. */
	private List<Round> history(long nominationId) {
		SortedMap<Integer, SortedMap<MeasurementCode, List<Entry>>> rounds = new TreeMap<>();
		this.scores.entries(nominationId)
			.forEach((e) -> rounds.computeIfAbsent(e.round(), (r) -> new TreeMap<>())
				.computeIfAbsent(MeasurementCode.of(e.code()), (c) -> new ArrayList<>())
				.add(new Entry(e.username(), e.score(), e.justification())));
		List<Round> history = new ArrayList<>();
		rounds.forEach((number, entries) -> history.add(new Round(number, entries)));
		return history;
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
