package org.learningcity.award.dossier.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningcity.award.consensus.PanelAgreement;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.network.RegionView;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.review.Panels;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts the cycle report together: the rules, the counts per stage, the ranking, the
 * regional distribution, the reliability, and the shortlist and decision once the cycle
 * has them (read from the nominations' statuses).
 */
@Service
@Transactional(readOnly = true)
class CycleReportService {

	private final CycleScores scores;

	private final Applications applications;

	private final Panels panels;

	private final PanelAgreement agreement;

	CycleReportService(CycleScores scores, Applications applications, Panels panels, PanelAgreement agreement) {
		this.scores = scores;
		this.applications = applications;
		this.panels = panels;
		this.agreement = agreement;
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
		int threshold = cycle.settings().divergenceThreshold();
		List<CycleReport.Agreement> reliability = ranking.stream()
			.map(CycleReport.Ranked::scores)
			.map((s) -> new CycleReport.Agreement(s,
					(int) s.result()
						.measurements()
						.values()
						.stream()
						.filter((m) -> this.agreement.isDivergent(m.spread(), threshold))
						.count()))
			.toList();
		List<CycleReport.Ranked> shortlist = ranking.stream()
			.filter((r) -> r.scores().nomination().status().isBeforeTheJury())
			.toList();
		List<CycleReport.Ranked> awarded = ranking.stream()
			.filter((r) -> r.scores().nomination().status() == NominationStatus.AWARDED)
			.toList();
		return new CycleReport(cycle, applicationCounts, nominationCounts, this.panels.inCycle(cycleId).size(),
				(int) rows.stream().filter((r) -> r.result().isFinal()).count(), ranking, regions,
				DistributionChart.of(RegionView.CODES, byRegion), reliability,
				Reliability.ofPanels(ranking.stream().map((r) -> r.scores().finalRound()).toList()),
				shortlist.isEmpty() ? Optional.empty() : Optional.of(shortlist),
				awarded.isEmpty() ? Optional.empty() : Optional.of(awarded));
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
