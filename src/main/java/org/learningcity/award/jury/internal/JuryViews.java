package org.learningcity.award.jury.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.jury.internal.JuryService.BallotView;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.support.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * The jury's views as JSON (ids as strings) for the task API and the decision API, and
 * the consensus scores of each shortlisted city.
 */
@Component
class JuryViews {

	private final Results results;

	JuryViews(Results results) {
		this.results = results;
	}

	/**
	 * A city of the juror's ballot with its dossier link, scores and the juror's vote.
	 */
	List<Map<String, Object>> cities(BallotView ballot) {
		List<Map<String, Object>> cities = new ArrayList<>();
		for (BallotView.Line line : ballot.lines()) {
			NominationView n = line.nomination();
			Map<String, Object> city = new LinkedHashMap<>();
			city.put("nominationId", Long.toString(n.id()));
			city.put("cityId", Long.toString(n.cityId()));
			city.put("cityName", n.cityName());
			city.put("countryCode", n.countryCode());
			city.put("region", n.region());
			city.put("dossier", JuryLinks.dossier(n.id()));
			city.put("vote", (line.vote() != null) ? line.vote().name() : null);
			city.put("recusalRequired", line.recusalRequired());
			Scores scores = scores(n.id());
			city.put("overall", scores.overall());
			city.put("alpha", scores.alpha());
			city.put("consensus", scores.consensus());
			cities.add(city);
		}
		return cities;
	}

	/** A nomination's consensus per measurement, overall and alpha (null when none). */
	Scores scores(long nominationId) {
		try {
			NominationResult result = this.results.of(nominationId);
			Map<String, Double> consensus = new LinkedHashMap<>();
			result.measurements().forEach((code, m) -> consensus.put(code.value(), m.consensus()));
			Double overall = result.overall().isPresent() ? result.overall().getAsDouble() : null;
			Double alpha = result.alpha().isDefined() ? result.alpha().valueOrNaN() : null;
			return new Scores(consensus, overall, alpha);
		}
		catch (NotFoundException ex) {
			return new Scores(Map.of(), null, null);
		}
	}

	/** The tally with ids as strings; with juror names (for the jury and staff only). */
	static Map<String, Object> tally(Tally tally) {
		Map<String, Object> json = new LinkedHashMap<>();
		List<Map<String, Object>> cities = new ArrayList<>();
		for (Tally.CityTally c : tally.cities()) {
			Map<String, Object> city = cityCounts(c);
			city.put("tied", c.tied());
			cities.add(city);
		}
		json.put("cities", cities);
		json.put("jurors", tally.jurors());
		json.put("notVoted", tally.notVoted());
		json.put("closedUnfinished", tally.closedUnfinished());
		json.put("ties", tally.ties().stream().map(t -> t.stream().map(String::valueOf).toList()).toList());
		json.put("complete", tally.complete());
		return json;
	}

	/** One city's counts, no names. */
	static Map<String, Object> cityCounts(Tally.CityTally c) {
		Map<String, Object> city = new LinkedHashMap<>();
		city.put("nominationId", Long.toString(c.nominationId()));
		city.put("cityId", Long.toString(c.cityId()));
		city.put("cityName", c.cityName());
		city.put("countryCode", c.countryCode());
		city.put("region", c.region());
		city.put("for", c.forVotes());
		city.put("against", c.against());
		city.put("abstain", c.abstain());
		city.put("recused", c.recused());
		return city;
	}

	static Map<String, Object> limits(CycleSettings settings) {
		Map<String, Object> limits = new LinkedHashMap<>();
		limits.put("maxAwardees", settings.maxAwardees());
		limits.put("maxAwardeesPerCountry", settings.maxAwardeesPerCountry());
		return limits;
	}

	/** A nomination's review figures for the jury. */
	record Scores(Map<String, Double> consensus, Double overall, Double alpha) {
	}

}
