package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.learningcity.award.nomination.ApplicationContent;

/**
 * The body of {@code PUT /api/applications/{id}} as sent, before any rule is applied:
 * every section that is present replaces that section, an absent one ({@code null}) keeps
 * what is stored. Numbers and dates that cannot be read are problems of their field, not
 * a malformed request.
 *
 * @param narratives per expert-review measurement code, the text
 * @param indicators per statistical measurement code, a number, an object {@code {value,
 * breakdown: {code: number}, year}}, or an object of breakdown codes to numbers (with an
 * optional {@code year})
 * @param consent {@code {signatory, position, signedOn}}
 * @param endorsement {@code {name, statement, endorsedOn}}
 */
record ApplicationInput(Map<String, String> narratives, Map<String, JsonNode> indicators, ConsentInput consent,
		EndorsementInput endorsement) {

	record ConsentInput(String signatory, String position, String signedOn) {
	}

	record EndorsementInput(String name, String statement, String endorsedOn) {
	}

	/**
	 * The content to store (absent sections from {@code stored}) and what could not be
	 * read.
	 */
	Read read(ApplicationContent stored) {
		List<ApplicationRules.Problem> problems = new ArrayList<>();
		Map<String, String> texts = (this.narratives != null) ? this.narratives : stored.narratives();
		Map<String, ApplicationContent.Indicator> figures = stored.indicators();
		if (this.indicators != null) {
			figures = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> entry : this.indicators.entrySet()) {
				ApplicationContent.Indicator indicator = indicator(entry.getKey(), entry.getValue(), problems);
				if (indicator != null) {
					figures.put(entry.getKey(), indicator);
				}
			}
		}
		ApplicationContent.Consent consentRead = stored.consent();
		if (this.consent != null) {
			consentRead = new ApplicationContent.Consent(this.consent.signatory(), this.consent.position(),
					date("consent.signedOn", this.consent.signedOn(), problems));
		}
		ApplicationContent.Endorsement endorsementRead = stored.endorsement();
		if (this.endorsement != null) {
			endorsementRead = new ApplicationContent.Endorsement(this.endorsement.name(), this.endorsement.statement(),
					date("endorsement.endorsedOn", this.endorsement.endorsedOn(), problems));
		}
		return new Read(new ApplicationContent(texts, figures, consentRead, endorsementRead), problems);
	}

	private static ApplicationContent.Indicator indicator(String code, JsonNode node,
			List<ApplicationRules.Problem> problems) {
		String field = "indicators." + code;
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			return new ApplicationContent.Indicator(number(field + ".value", node, problems), Map.of(), null);
		}
		BigDecimal value = null;
		Integer year = null;
		Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> entry = fields.next();
			switch (entry.getKey()) {
				case "value" -> value = number(field + ".value", entry.getValue(), problems);
				case "year" -> year = year(field + ".year", entry.getValue(), problems);
				case "breakdown" -> {
					if (entry.getValue().isObject()) {
						entry.getValue()
							.fields()
							.forEachRemaining(part -> breakdown.put(part.getKey(),
									number(field + ".breakdown." + part.getKey(), part.getValue(), problems)));
					}
					else if (!entry.getValue().isNull()) {
						problems
							.add(new ApplicationRules.Problem(field + ".breakdown", "nomination.error.breakdownShape"));
					}
				}
				default -> breakdown.put(entry.getKey(),
						number(field + ".breakdown." + entry.getKey(), entry.getValue(), problems));
			}
		}
		return new ApplicationContent.Indicator(value, breakdown, year);
	}

	private static BigDecimal number(String field, JsonNode node, List<ApplicationRules.Problem> problems) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.isNumber()) {
			return node.decimalValue();
		}
		if (node.isTextual()) {
			BigDecimal parsed = FormNumbers.parse(node.asText());
			if (parsed != null || node.asText().isBlank()) {
				return parsed;
			}
		}
		problems.add(new ApplicationRules.Problem(field, "nomination.error.number"));
		return null;
	}

	private static Integer year(String field, JsonNode node, List<ApplicationRules.Problem> problems) {
		if (node == null || node.isNull()) {
			return null;
		}
		if (node.canConvertToInt() && (node.isIntegralNumber() || node.isTextual())) {
			return node.asInt();
		}
		if (node.isTextual()) {
			try {
				return Integer.valueOf(node.asText().strip());
			}
			catch (NumberFormatException ex) {
				// below
			}
		}
		problems.add(new ApplicationRules.Problem(field, "nomination.error.year"));
		return null;
	}

	private static LocalDate date(String field, String text, List<ApplicationRules.Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new ApplicationRules.Problem(field, "nomination.error.date"));
			return null;
		}
	}

	/** The content as read, and the fields that could not be read. */
	record Read(ApplicationContent content, List<ApplicationRules.Problem> problems) {
	}

}
