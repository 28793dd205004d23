package org.learningcity.award.consensus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import org.learningcity.award.catalog.MeasurementCode;

/**
 * One round of one panel's scores: for each expert (an opaque id), the score they gave
 * each measurement. An expert may have left a measurement unscored (a missing value);
 * experts keep the order in which they were given.
 *
 * @param byExpert expert id → measurement → score (copied, unmodifiable)
 */
public record PanelScores(Map<String, Map<MeasurementCode, Score>> byExpert) {

	public PanelScores {
		Objects.requireNonNull(byExpert, "byExpert");
		Map<String, Map<MeasurementCode, Score>> copy = new LinkedHashMap<>();
		byExpert.forEach((expert, scores) -> {
			Objects.requireNonNull(expert, "expert");
			Objects.requireNonNull(scores, "scores");
			scores.forEach((code, score) -> {
				Objects.requireNonNull(code, "measurement code");
				Objects.requireNonNull(score, "score");
			});
			copy.put(expert, Collections.unmodifiableSortedMap(new TreeMap<>(scores)));
		});
		byExpert = Collections.unmodifiableMap(copy);
	}

	/** No scores at all. */
	public static PanelScores empty() {
		return new PanelScores(Map.of());
	}

	/** A builder that collects scores one by one. */
	public static Builder builder() {
		return new Builder();
	}

	/** The experts, in the order given. */
	public List<String> experts() {
		return List.copyOf(this.byExpert.keySet());
	}

	/** Every measurement at least one expert scored, in the framework's order. */
	public SortedSet<MeasurementCode> measurements() {
		SortedSet<MeasurementCode> codes = new TreeSet<>();
		this.byExpert.values().forEach(scores -> codes.addAll(scores.keySet()));
		return Collections.unmodifiableSortedSet(codes);
	}

	/** The score an expert gave a measurement, if they scored it. */
	public Optional<Score> score(String expert, MeasurementCode code) {
		return Optional.ofNullable(this.byExpert.getOrDefault(expert, Map.of()).get(code));
	}

	/**
	 * The scores given to a measurement, in the experts' order; missing ones left out.
	 */
	public List<Score> scores(MeasurementCode code) {
		List<Score> scores = new ArrayList<>();
		this.byExpert.values().forEach(byCode -> {
			Score score = byCode.get(code);
			if (score != null) {
				scores.add(score);
			}
		});
		return List.copyOf(scores);
	}

	/** For each measurement someone scored, its scores in the experts' order. */
	public SortedMap<MeasurementCode, List<Score>> byMeasurement() {
		SortedMap<MeasurementCode, List<Score>> result = new TreeMap<>();
		for (MeasurementCode code : measurements()) {
			result.put(code, scores(code));
		}
		return Collections.unmodifiableSortedMap(result);
	}

	/**
	 * These scores with a later round's on top: where the later round has a score of an
	 * expert for a measurement, it replaces this one. The first round revised by the
	 * moderation round is the final round.
	 */
	public PanelScores revisedBy(PanelScores later) {
		Map<String, Map<MeasurementCode, Score>> merged = new LinkedHashMap<>();
		this.byExpert.forEach((expert, scores) -> merged.put(expert, new TreeMap<>(scores)));
		later.byExpert.forEach((expert, scores) -> merged.computeIfAbsent(expert, e -> new TreeMap<>()).putAll(scores));
		return new PanelScores(merged);
	}

	/** Collects a round's scores one by one. */
	public static final class Builder {

		private final Map<String, Map<MeasurementCode, Score>> byExpert = new LinkedHashMap<>();

		private Builder() {
		}

		/** Adds an expert without scores yet (keeps the experts' order). */
		public Builder expert(String expert) {
			this.byExpert.computeIfAbsent(expert, e -> new TreeMap<>());
			return this;
		}

		/** Adds (or replaces) an expert's score of a measurement. */
		public Builder score(String expert, MeasurementCode code, Score score) {
			this.byExpert.computeIfAbsent(expert, e -> new TreeMap<>()).put(code, score);
			return this;
		}

		/** Adds (or replaces) an expert's score of a measurement. */
		public Builder score(String expert, String code, int score) {
			return score(expert, MeasurementCode.of(code), Score.of(score));
		}

		public PanelScores build() {
			return new PanelScores(this.byExpert);
		}

	}

}
