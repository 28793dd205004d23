package org.learningcity.award.nomination;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What a city writes in its application (the body of {@code PUT /api/applications/{id}}).
 *
 * @param narratives per expert-review measurement code ({@code 2.1.4.a}), the evidence in
 * the city's words
 * @param indicators per statistical measurement code, the figure (or its breakdown) and
 * the year of the data; all optional
 * @param consent the consent for the use and distribution of the materials
 * @param endorsement the mayor's endorsement
 */
public record ApplicationContent(Map<String, String> narratives, Map<String, Indicator> indicators, Consent consent,
		Endorsement endorsement) {

	/** The longest narrative, in characters. */
	public static final int MAX_NARRATIVE = 3000;

	/** A guide for the narrative's length, in characters. */
	public static final int GUIDE_NARRATIVE = 1500;

	public ApplicationContent {
		narratives = (narratives != null) ? new LinkedHashMap<>(narratives) : new LinkedHashMap<>();
		indicators = (indicators != null) ? new LinkedHashMap<>(indicators) : new LinkedHashMap<>();
	}

	/** Nothing written yet. */
	public static ApplicationContent empty() {
		return new ApplicationContent(Map.of(), Map.of(), null, null);
	}

	/**
	 * A statistical figure. In JSON either a plain number, or an object with
	 * {@code value}, {@code breakdown} ({@code {"FEMALE": 52.1}}) and {@code year}, or a
	 * plain object of breakdown codes to numbers.
	 *
	 * @param value the figure as a whole ({@code null} if only given by breakdown)
	 * @param breakdown the figure per breakdown code of the measurement
	 * @param year the year the data is from
	 */
	public record Indicator(BigDecimal value, Map<String, BigDecimal> breakdown, Integer year) {

		public Indicator {
			breakdown = (breakdown != null) ? new LinkedHashMap<>(breakdown) : new LinkedHashMap<>();
		}

		/** Whether no figure is given. */
		@JsonIgnore
		public boolean isBlank() {
			return this.value == null && this.breakdown.values().stream().allMatch(v -> v == null);
		}

	}

	/**
	 * The consent for the use and distribution of the materials submitted.
	 *
	 * @param signatory who signs it
	 * @param position their position
	 * @param signedOn the date
	 */
	public record Consent(String signatory, String position, LocalDate signedOn) {

		/** Whether every part is given. */
		@JsonIgnore
		public boolean isComplete() {
			return present(this.signatory) && present(this.position) && this.signedOn != null;
		}

	}

	/**
	 * The mayor's endorsement of the application.
	 *
	 * @param name the mayor's name
	 * @param statement the endorsement statement
	 * @param endorsedOn the date
	 */
	public record Endorsement(String name, String statement, LocalDate endorsedOn) {

		/** Whether every part is given. */
		@JsonIgnore
		public boolean isComplete() {
			return present(this.name) && present(this.statement) && this.endorsedOn != null;
		}

	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
