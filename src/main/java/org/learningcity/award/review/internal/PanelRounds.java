package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.learningcity.award.catalog.MeasurementCode;
import org.springframework.stereotype.Component;

/**
 * The panel's rounds on some measurements, anonymised: the experts are "Expert A, B,
 * C..." in the order they submitted, never by name; the viewer's own entries are marked.
 * Shown to the experts in the moderation round (first round only) and to staff resolving
 * a lasting divergence (every round).
 */
@Component
class PanelRounds {

	private final ReviewScoreStore scores;

	PanelRounds(ReviewScoreStore scores) {
		this.scores = scores;
	}

	/**
	 * The measurements of these codes, each with the panel's anonymised entries of the
	 * rounds up to {@code lastRound}.
	 * @param viewer whose entries are marked as theirs ({@code null}: no one's)
	 */
	List<DivergentMeasurement> of(long nominationId, Collection<MeasurementCode> codes,
			List<ReviewTaskSupport.MeasurementJson> measurements, int lastRound, String viewer) {
		Set<String> wanted = codes.stream().map(MeasurementCode::value).collect(Collectors.toSet());
		List<ReviewScoreStore.StoredEntry> entries = this.scores.entries(nominationId);
		Map<String, String> labels = new LinkedHashMap<>();
		entries.forEach((e) -> labels.computeIfAbsent(e.username(), (u) -> label(labels.size())));
		List<DivergentMeasurement> result = new ArrayList<>();
		for (ReviewTaskSupport.MeasurementJson m : measurements) {
			if (!wanted.contains(m.code())) {
				continue;
			}
			Map<Integer, List<AnonymousEntry>> rounds = new TreeMap<>();
			entries.stream()
				.filter((e) -> e.code().equals(m.code()) && e.round() <= lastRound)
				.forEach((e) -> rounds.computeIfAbsent(e.round(), (r) -> new ArrayList<>())
					.add(new AnonymousEntry("Expert " + labels.get(e.username()), labels.get(e.username()), e.score(),
							e.justification(), e.username().equals(viewer))));
			List<RoundEntries> roundList = new ArrayList<>();
			rounds.forEach((round, list) -> roundList.add(new RoundEntries(round, list)));
			result.add(new DivergentMeasurement(m, roundList));
		}
		return result;
	}

	/** A, B, ... Z, then AA, AB ... */
	static String label(int index) {
		String letter = String.valueOf((char) ('A' + (index % 26)));
		return (index < 26) ? letter : label(index / 26 - 1) + letter;
	}

	/** A measurement with the panel's anonymised entries per round. */
	record DivergentMeasurement(ReviewTaskSupport.MeasurementJson measurement, List<RoundEntries> rounds) {
	}

	/** One round's entries. */
	record RoundEntries(int round, List<AnonymousEntry> entries) {
	}

	/**
	 * One expert's entry, anonymised.
	 *
	 * @param expert "Expert A", "Expert B", ...
	 * @param letter "A", "B", ... (pages say "Expert A" in the reader's language)
	 * @param mine whether it is the viewer's own
	 */
	record AnonymousEntry(String expert, String letter, int score, String justification, boolean mine) {
	}

}
