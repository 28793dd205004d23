package org.learningcity.award.shortlist.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.shortlist.RankedNomination;
import org.springframework.stereotype.Component;

/**
 * Ranks a cycle's reviewed nominations: every nomination still in the competition
 * (eligible, shortlisted or awarded) whose review result is final. Order: overall score,
 * then the median of the building-block averages, then the city's name, then the
 * nomination's id; nominations equal on the first two share a rank and are marked tied.
 * Scores are compared in millionths, as the optimiser does.
 */
@Component
class RankingService {

	private static final Set<NominationStatus> IN_COMPETITION = EnumSet.of(NominationStatus.ELIGIBLE,
			NominationStatus.SHORTLISTED, NominationStatus.AWARDED);

	private final Cycles cycles;

	private final Nominations nominations;

	private final Results results;

	RankingService(Cycles cycles, Nominations nominations, Results results) {
		this.cycles = cycles;
		this.nominations = nominations;
		this.results = results;
	}

	List<RankedNomination> ranking(long cycleId) {
		this.cycles.get(cycleId);
		List<Row> rows = new ArrayList<>();
		for (NominationView nomination : this.nominations.inCycle(cycleId)) {
			if (!IN_COMPETITION.contains(nomination.status())) {
				continue;
			}
			NominationResult result = this.results.of(nomination.id());
			if (!result.isFinal() || result.overall().isEmpty()) {
				continue;
			}
			rows.add(new Row(nomination, result, result.overall().getAsDouble(), median(result)));
		}
		Collator collator = Collator.getInstance(Locale.ROOT);
		rows.sort(Comparator.comparingLong((Row r) -> -scaled(r.overall))
			.thenComparingLong(r -> -scaled(r.median))
			.thenComparing(r -> r.nomination.cityName(), collator)
			.thenComparingLong(r -> r.nomination.id()));
		List<RankedNomination> ranked = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			boolean tiedAbove = i > 0 && rows.get(i - 1).sameRank(row);
			boolean tiedBelow = i + 1 < rows.size() && rows.get(i + 1).sameRank(row);
			int rank = tiedAbove ? ranked.get(i - 1).rank() : i + 1;
			NominationResult result = row.result;
			ranked.add(new RankedNomination(row.nomination.id(), row.nomination.cityId(), row.nomination.cityName(),
					row.nomination.countryCode(), row.nomination.region(), i + 1, rank, tiedAbove || tiedBelow,
					row.overall, new TreeMap<>(result.blocks()), row.median,
					result.alpha().isDefined() ? result.alpha().valueOrNaN() : null, result.rounds()));
		}
		return ranked;
	}

	static long scaled(double score) {
		return Math.round(score * ShortlistOptimizer.SCALE);
	}

	/** The median of the building-block averages (the overall score without blocks). */
	static double median(NominationResult result) {
		List<Double> values = new ArrayList<>(result.blocks().values());
		if (values.isEmpty()) {
			return result.overall().orElse(0);
		}
		values.sort(null);
		int n = values.size();
		return (n % 2 == 1) ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
	}

	private record Row(NominationView nomination, NominationResult result, double overall, double median) {

		boolean sameRank(Row other) {
			return scaled(this.overall) == scaled(other.overall) && scaled(this.median) == scaled(other.median);
		}

	}

}
