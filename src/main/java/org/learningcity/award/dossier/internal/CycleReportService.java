package org.learningcity.award.dossier.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.jury.Decisions;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.network.RegionView;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult.MeasurementResult;
import org.learningcity.award.review.Panels;
import org.learningcity.award.shortlist.ConfirmedShortlist;
import org.learningcity.award.shortlist.Shortlists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the cycle report together: the rules, the counts per stage, the ranking, the
 * regional distribution, the reliability, and the shortlist and decision once the cycle
 * has them: the confirmed shortlist ({@link Shortlists#confirmed}) and the jury's
 * decision ({@link Decisions#of}) with its public tally; for a cycle without them (older
 * cycles, data stored by hand) what the nominations' statuses say.
 */
@Service
@Transactional(readOnly = true)
class CycleReportService {

	private final CycleScores scores;

	private final Applications applications;

	private final Panels panels;

	private final Shortlists shortlists;

	private final Decisions decisions;

	CycleReportService(CycleScores scores, Applications applications, Panels panels, Shortlists shortlists,
			Decisions decisions) {
		this.scores = scores;
		this.applications = applications;
		this.panels = panels;
		this.shortlists = shortlists;
		this.decisions = decisions;
	}

	/**
	 * The report of the cycle (UIL staff: the caller checks).
	 * @throws org.learningcity.award.support.NotFoundException if there is no such cycle
	 */
	CycleReport report(long cycleId) {
		Cycle cycle = this.scores.cycle(cycleId);
		List<NominationScores> rows = this.scores.of(cycleId, (n) -> true);
		Map<String, Long> applicationCounts = new LinkedHashMap<>();
		for (ApplicationStatus status : ApplicationStatus.values()) {
			applicationCounts.put(status.name(), 0L);
		}
		for (ApplicationView application : this.applications.inCycle(cycleId)) {
			applicationCounts.merge(application.status().name(), 1L, Long::sum);
		}
		Map<String, Long> nominationCounts = new LinkedHashMap<>();
		for (NominationStatus status : NominationStatus.values()) {
			nominationCounts.put(status.name(), 0L);
		}
		rows.forEach((r) -> nominationCounts.merge(r.nomination().status().name(), 1L, Long::sum));
		List<CycleReport.Ranked> ranking = rank(rows);
		Map<String, List<Double>> byRegion = new LinkedHashMap<>();
		ranking.forEach((r) -> byRegion.computeIfAbsent(r.scores().nomination().region(), (k) -> new ArrayList<>())
			.add(r.scores().overall()));
		List<CycleReport.RegionStats> regions = RegionView.CODES.stream()
			.map((region) -> stats(region, byRegion.getOrDefault(region, List.of())))
			.toList();
		// divergent as the review process decided each panel's last round (recorded)
		List<CycleReport.Agreement> reliability = ranking.stream()
			.map(CycleReport.Ranked::scores)
			.map((s) -> new CycleReport.Agreement(s,
					(int) s.result().measurements().values().stream().filter(MeasurementResult::divergent).count()))
			.toList();
		Map<Long, NominationView> byId = new HashMap<>();
		rows.forEach((r) -> byId.put(r.nomination().id(), r.nomination()));
		return new CycleReport(cycle, applicationCounts, nominationCounts, this.panels.inCycle(cycleId).size(),
				(int) rows.stream().filter((r) -> r.result().isFinal()).count(), ranking, regions,
				DistributionChart.of(RegionView.CODES, byRegion), reliability,
				Reliability.ofPanels(ranking.stream().map((r) -> r.scores().finalRound()).toList()),
				shortlist(cycleId, ranking, byId), decision(cycleId, ranking, byId));
	}

	private Optional<CycleReport.Shortlist> shortlist(long cycleId, List<CycleReport.Ranked> ranking,
			Map<Long, NominationView> byId) {
		Optional<ConfirmedShortlist> confirmed = this.shortlists.confirmed(cycleId);
		if (confirmed.isPresent()) {
			ConfirmedShortlist c = confirmed.get();
			List<CycleReport.ShortlistMember> members = c.members()
				.stream()
				.map((m) -> new CycleReport.ShortlistMember(m.rank(), cityName(byId, m.nominationId()),
						countryCode(byId, m.nominationId()), m.overall(), m.reasonText()))
				.toList();
			return Optional
				.of(new CycleReport.Shortlist(members, true, c.rationale(), c.confirmedBy(), at(c.confirmedAt())));
		}
		List<CycleReport.ShortlistMember> members = ranking.stream()
			.filter((r) -> r.scores().nomination().status().isBeforeTheJury())
			.map((r) -> new CycleReport.ShortlistMember(r.rank(), r.scores().nomination().cityName(),
					r.scores().nomination().countryCode(), r.scores().overall(), null))
			.toList();
		return members.isEmpty() ? Optional.empty()
				: Optional.of(new CycleReport.Shortlist(members, false, null, null, null));
	}

	private Optional<CycleReport.Decision> decision(long cycleId, List<CycleReport.Ranked> ranking,
			Map<Long, NominationView> byId) {
		Optional<Decision> recorded = this.decisions.of(cycleId);
		if (recorded.isPresent()) {
			Decision d = recorded.get();
			Tally tally = d.tally();
			Map<Long, Tally.CityTally> counts = new HashMap<>();
			tally.cities().forEach((c) -> counts.put(c.nominationId(), c));
			List<CycleReport.Awardee> awardees = d.awardeeNominationIds().stream().map((id) -> {
				Tally.CityTally c = counts.get(id);
				return (c != null)
						? new CycleReport.Awardee(c.cityName(), c.countryCode(), c.forVotes(), c.against(), c.abstain(),
								c.recused())
						: new CycleReport.Awardee(cityName(byId, id), countryCode(byId, id), null, null, null, null);
			}).toList();
			int votesCast = tally.jurors().size() - tally.notVoted().size() - tally.closedUnfinished().size();
			return Optional.of(new CycleReport.Decision(awardees, true, d.statement(), d.decidedBy(), at(d.decidedAt()),
					tally.jurors().size(), votesCast));
		}
		List<CycleReport.Awardee> awarded = ranking.stream()
			.map((r) -> r.scores().nomination())
			.filter((n) -> n.status() == NominationStatus.AWARDED)
			.map((n) -> new CycleReport.Awardee(n.cityName(), n.countryCode(), null, null, null, null))
			.toList();
		return awarded.isEmpty() ? Optional.empty()
				: Optional.of(new CycleReport.Decision(awarded, false, null, null, null, 0, 0));
	}

	private static String cityName(Map<Long, NominationView> byId, long id) {
		NominationView n = byId.get(id);
		return (n != null) ? n.cityName() : Long.toString(id);
	}

	private static String countryCode(Map<Long, NominationView> byId, long id) {
		NominationView n = byId.get(id);
		return (n != null) ? n.countryCode() : "";
	}

	private static OffsetDateTime at(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	/**
	 * The scored rows, best overall score first; tied scores share a rank (1, 2, 2, 4).
	 */
	static List<CycleReport.Ranked> rank(List<NominationScores> rows) {
		List<NominationScores> scored = rows.stream()
			.filter(NominationScores::scored)
			.sorted(Comparator.comparingDouble(NominationScores::overall)
				.reversed()
				.thenComparing((s) -> s.nomination().cityName()))
			.toList();
		List<CycleReport.Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			int rank = (i > 0 && scored.get(i).overall() == scored.get(i - 1).overall()) ? ranked.get(i - 1).rank()
					: i + 1;
			ranked.add(new CycleReport.Ranked(rank, scored.get(i)));
		}
		return ranked;
	}

	static CycleReport.RegionStats stats(String region, List<Double> values) {
		if (values.isEmpty()) {
			return new CycleReport.RegionStats(region, 0, null, null, null, null);
		}
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		double median = (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
		return new CycleReport.RegionStats(region, n, sorted.get(0), median,
				sorted.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), sorted.get(n - 1));
	}

}
