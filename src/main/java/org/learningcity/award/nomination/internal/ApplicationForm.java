package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.nomination.ApplicationContent;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's application form as typed: every value a text, so that what could not be
 * read (a letter in a number, a malformed date) is shown again exactly as typed. Figures
 * are keyed by measurement code ({@code 1.1.1.a}) or by code and breakdown
 * ({@code 1.1.1.a/FEMALE}).
 */
public class ApplicationForm {

	/** Separates a measurement code from a breakdown code in {@link #figures}' keys. */
	static final String PART = "/";

	private Map<String, String> narratives = new LinkedHashMap<>();

	private Map<String, String> figures = new LinkedHashMap<>();

	private Map<String, String> years = new LinkedHashMap<>();

	private String consentSignatory;

	private String consentPosition;

	private String consentSignedOn;

	private String endorsementName;

	private String endorsementStatement;

	private String endorsementDate;

	private Long version;

	private MultipartFile file;

	private String action;

	private String removeAttachment;

	/** The form filled with what is stored. */
	static ApplicationForm of(ApplicationContent content, long version) {
		ApplicationForm form = new ApplicationForm();
		form.narratives.putAll(content.narratives());
		content.indicators().forEach((code, indicator) -> {
			if (indicator.value() != null) {
				form.figures.put(code, plain(indicator.value()));
			}
			indicator.breakdown().forEach((part, figure) -> form.figures.put(code + PART + part, plain(figure)));
			if (indicator.year() != null) {
				form.years.put(code, indicator.year().toString());
			}
		});
		if (content.consent() != null) {
			form.consentSignatory = content.consent().signatory();
			form.consentPosition = content.consent().position();
			form.consentSignedOn = (content.consent().signedOn() != null) ? content.consent().signedOn().toString()
					: null;
		}
		if (content.endorsement() != null) {
			form.endorsementName = content.endorsement().name();
			form.endorsementStatement = content.endorsement().statement();
			form.endorsementDate = (content.endorsement().endorsedOn() != null)
					? content.endorsement().endorsedOn().toString() : null;
		}
		form.version = version;
		return form;
	}

	/** A figure as people write it: {@code 12.5}, not {@code 12.5000}. */
	static String plain(BigDecimal figure) {
		return (figure == null) ? "" : figure.stripTrailingZeros().toPlainString();
	}

	/**
	 * The content as typed, what could not be read, and which narratives and indicators
	 * the form was about (so that a blank field clears what was stored).
	 * @param statistics the statistical measurements the form shows
	 */
	Read read(List<Measurement> statistics) {
		List<ApplicationRules.Problem> problems = new ArrayList<>();
		Map<String, ApplicationContent.Indicator> indicators = new LinkedHashMap<>();
		Set<String> indicatorCodes = new LinkedHashSet<>();
		for (Measurement measurement : statistics) {
			String code = measurement.code().value();
			indicatorCodes.add(code);
			String field = "indicators." + code;
			BigDecimal value = number(field + ".value", this.figures.get(code), problems);
			Map<String, BigDecimal> parts = new LinkedHashMap<>();
			for (Breakdown breakdown : measurement.breakdowns()) {
				BigDecimal part = number(field + ".breakdown." + breakdown.code(),
						this.figures.get(code + PART + breakdown.code()), problems);
				if (part != null) {
					parts.put(breakdown.code(), part);
				}
			}
			Integer year = year(field + ".year", this.years.get(code), problems);
			indicators.put(code, new ApplicationContent.Indicator(value, parts, year));
		}
		ApplicationContent.Consent consent = new ApplicationContent.Consent(this.consentSignatory, this.consentPosition,
				date("consent.signedOn", this.consentSignedOn, problems));
		ApplicationContent.Endorsement endorsement = new ApplicationContent.Endorsement(this.endorsementName,
				this.endorsementStatement, date("endorsement.endorsedOn", this.endorsementDate, problems));
		return new Read(new ApplicationContent(this.narratives, indicators, consent, endorsement), problems,
				new LinkedHashSet<>(this.narratives.keySet()), indicatorCodes);
	}

	private static BigDecimal number(String field, String text, List<ApplicationRules.Problem> problems) {
		BigDecimal number = FormNumbers.parse(text);
		if (number == null && text != null && !text.isBlank()) {
			problems.add(new ApplicationRules.Problem(field, "nomination.error.number"));
		}
		return number;
	}

	private static Integer year(String field, String text, List<ApplicationRules.Problem> problems) {
		if (text == null || text.isBlank()) {
			return null;
		}
		if (!text.strip().matches("\\d{1,4}")) {
			problems.add(new ApplicationRules.Problem(field, "nomination.error.year"));
			return null;
		}
		return Integer.valueOf(text.strip());
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

	/**
	 * The form's property path of a problem's field ({@code narratives.2.1.4.a} →
	 * {@code narratives[2.1.4.a]}), for showing the message beside it.
	 */
	static String path(String field) {
		if (field.startsWith("narratives.")) {
			return "narratives[" + field.substring("narratives.".length()) + "]";
		}
		if (field.startsWith("indicators.")) {
			String rest = field.substring("indicators.".length());
			// the code has four parts: n.n.n.x
			String[] parts = rest.split("\\.");
			if (parts.length < 4) {
				return "figures[" + rest + "]";
			}
			String code = String.join(".", parts[0], parts[1], parts[2], parts[3]);
			if (parts.length >= 6 && parts[4].equals("breakdown")) {
				return "figures[" + code + PART + parts[5] + "]";
			}
			if (parts.length == 5 && parts[4].equals("year")) {
				return "years[" + code + "]";
			}
			return "figures[" + code + "]";
		}
		return switch (field) {
			case "consent.signatory" -> "consentSignatory";
			case "consent.position" -> "consentPosition";
			case "consent.signedOn" -> "consentSignedOn";
			case "endorsement.name" -> "endorsementName";
			case "endorsement.statement" -> "endorsementStatement";
			case "endorsement.endorsedOn" -> "endorsementDate";
			case "file" -> "file";
			default -> null;
		};
	}

	/** What the form says, what could not be read, and which parts it was about. */
	record Read(ApplicationContent content, List<ApplicationRules.Problem> problems, Set<String> narrativeCodes,
			Set<String> indicatorCodes) {
	}

	public Map<String, String> getNarratives() {
		return this.narratives;
	}

	public void setNarratives(Map<String, String> narratives) {
		this.narratives = narratives;
	}

	public Map<String, String> getFigures() {
		return this.figures;
	}

	public void setFigures(Map<String, String> figures) {
		this.figures = figures;
	}

	public Map<String, String> getYears() {
		return this.years;
	}

	public void setYears(Map<String, String> years) {
		this.years = years;
	}

	public String getConsentSignatory() {
		return this.consentSignatory;
	}

	public void setConsentSignatory(String consentSignatory) {
		this.consentSignatory = consentSignatory;
	}

	public String getConsentPosition() {
		return this.consentPosition;
	}

	public void setConsentPosition(String consentPosition) {
		this.consentPosition = consentPosition;
	}

	public String getConsentSignedOn() {
		return this.consentSignedOn;
	}

	public void setConsentSignedOn(String consentSignedOn) {
		this.consentSignedOn = consentSignedOn;
	}

	public String getEndorsementName() {
		return this.endorsementName;
	}

	public void setEndorsementName(String endorsementName) {
		this.endorsementName = endorsementName;
	}

	public String getEndorsementStatement() {
		return this.endorsementStatement;
	}

	public void setEndorsementStatement(String endorsementStatement) {
		this.endorsementStatement = endorsementStatement;
	}

	public String getEndorsementDate() {
		return this.endorsementDate;
	}

	public void setEndorsementDate(String endorsementDate) {
		this.endorsementDate = endorsementDate;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

	public String getAction() {
		return this.action;
	}

	public void setAction(String action) {
		this.action = action;
	}

	public String getRemoveAttachment() {
		return this.removeAttachment;
	}

	public void setRemoveAttachment(String removeAttachment) {
		this.removeAttachment = removeAttachment;
	}

}
