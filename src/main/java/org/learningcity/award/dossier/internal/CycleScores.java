package org.learningcity.award.dossier.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.Results;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The nominations of a cycle with their results, for the export and the report. */
@Service
@Transactional(readOnly = true)
class CycleScores {

	private final Cycles cycles;

	private final Nominations nominations;

	private final Results results;

	private final Network network;

	private final Catalog catalog;

	CycleScores(Cycles cycles, Nominations nominations, Results results, Network network, Catalog catalog) {
		this.cycles = cycles;
		this.nominations = nominations;
		this.results = results;
		this.network = network;
		this.catalog = catalog;
	}

	/**
	 * The cycle.
	 * @throws org.learningcity.award.support.NotFoundException if there is none
	 */
	Cycle cycle(long cycleId) {
		return this.cycles.get(cycleId);
	}

	/**
	 * The cycle's nominations that pass the filter, with their results, by country and
	 * slot.
	 */
	List<NominationScores> of(long cycleId, Predicate<NominationView> filter) {
		this.cycles.get(cycleId);
		List<NominationScores> rows = new ArrayList<>();
		for (NominationView nomination : this.nominations.inCycle(cycleId)) {
			if (filter.test(nomination)) {
				rows.add(new NominationScores(nomination,
						this.network.country(nomination.countryCode())
							.map(CountryView::name)
							.orElse(nomination.countryCode()),
						this.results.of(nomination.id())));
			}
		}
		rows.sort(Comparator.comparing((NominationScores s) -> s.nomination().countryCode())
			.thenComparing((s) -> s.nomination().slot()));
		return rows;
	}

	/** The codes of the expert-review measurements, in the framework's order. */
	List<String> measurementCodes() {
		return this.catalog.measurements(Source.EXPERT_REVIEW)
			.stream()
			.map(Measurement::code)
			.map((c) -> c.value())
			.toList();
	}

}
