package org.learningcity.award.dossier.internal;

import java.math.BigDecimal;
import java.util.List;

import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult;

/**
 * Everything the jury reads about one nomination, as the dossier page and its PDF show
 * it.
 *
 * @param nomination the nomination (city, country, region, status)
 * @param cycleTitle the title of its cycle
 * @param countryName the country's English name
 * @param result the expert review's result (final round)
 * @param experts the experts' anonymous labels (A, B, C ...) in the order of the result's
 * scores
 * @param measurements the expert-review measurements in the framework's order, each with
 * the city's narrative, the consensus and the experts' judgements
 * @param indicators the statistics the city gave, in the framework's order
 * @param attachments the city's attached files
 * @param divergent the measurements the review process found divergent (final-round
 * spread at or above the cycle's divergence threshold) in the last round it decided, as
 * recorded then
 * @param divergenceThreshold that threshold
 * @param radarSvg the radar chart of the consensus scores, SVG markup drawn by the review
 * module from codes and numbers only
 */
record Dossier(NominationView nomination, String cycleTitle, String countryName, NominationResult result,
		List<String> experts, List<Entry> measurements, List<IndicatorLine> indicators, List<Attachment> attachments,
		List<String> divergent, int divergenceThreshold, String radarSvg) {

	/**
	 * One expert-review measurement.
	 *
	 * @param code e.g. {@code 2.1.4.a}
	 * @param name its short name
	 * @param definition what is measured
	 * @param narrative the city's evidence, empty if it wrote none
	 * @param consensus the consensus score, {@code null} if not scored
	 * @param spread the final round's spread, {@code null} if not scored
	 * @param divergent whether the review process found it divergent (recorded)
	 * @param judgements each expert's final score and justification
	 */
	record Entry(String code, String name, String definition, String narrative, Double consensus, Integer spread,
			boolean divergent, List<Judgement> judgements) {

		/** Whether any expert wrote a justification or gave a score. */
		public boolean judged() {
			return this.judgements.stream().anyMatch((j) -> j.score() != null || !j.justification().isBlank());
		}

	}

	/**
	 * One expert's judgement of a measurement, anonymised.
	 *
	 * @param expert the expert's label (A, B, C ...)
	 * @param score the final-round score, {@code null} if none
	 * @param justification the justification of the latest round, empty if none
	 */
	record Judgement(String expert, Integer score, String justification) {

	}

	/**
	 * A statistic the city gave.
	 *
	 * @param code the measurement
	 * @param name its name
	 * @param unit its unit, {@code null} if none
	 * @param value the figure as a whole, {@code null} if only by breakdown
	 * @param breakdown the figure by part
	 * @param year the year of the data, {@code null} if not given
	 */
	record IndicatorLine(String code, String name, String unit, BigDecimal value, List<Part> breakdown, Integer year) {

	}

	/** A part of a statistic's breakdown, with its label. */
	record Part(String label, BigDecimal value) {

	}

	/**
	 * An attached file of the application.
	 *
	 * @param applicationId the application
	 * @param id the attachment
	 * @param filename its (sanitised) name
	 * @param bytes its size
	 */
	record Attachment(long applicationId, long id, String filename, long bytes) {

	}

}
