package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.nomination.ApplicationContent;

/**
 * The rules of an application's content, field by field: which measurement codes exist,
 * how long a narrative may be, the range of each statistic (percentages 0–100, a scale
 * 1–5, counts and amounts non-negative), the plausible years of data, the dates of the
 * consent and of the endorsement. Also normalises what it accepts (trimmed texts, Unix
 * line ends, blank parts dropped, figures rounded to four decimals) and tells what is
 * still missing before submission. Pure: the catalogue and today's date are given.
 */
final class ApplicationRules {

	/** The earliest plausible year of data. */
	static final int FIRST_YEAR = 2000;

	/** The longest short text (names, positions). */
	static final int MAX_SHORT_TEXT = 200;

	/** The longest endorsement statement. */
	static final int MAX_STATEMENT = 3000;

	/** Figures beyond this are not plausible for a city. */
	static final BigDecimal MAX_FIGURE = new BigDecimal("1000000000000");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final Map<String, Measurement> measurements;

	private final LocalDate today;

	ApplicationRules(List<Measurement> measurements, LocalDate today) {
		this.measurements = measurements.stream()
			.collect(Collectors.toMap(m -> m.code().value(), m -> m, (a, b) -> a, LinkedHashMap::new));
		this.today = today;
	}

	/** The expert-review measurements, whose narratives are required, in order. */
	List<Measurement> expertMeasurements() {
		return this.measurements.values().stream().filter(Measurement::isExpertReview).toList();
	}

	/** The statistical measurements, all optional, in order. */
	List<Measurement> statisticalMeasurements() {
		return this.measurements.values().stream().filter(m -> !m.isExpertReview()).toList();
	}

	/**
	 * The content with its narratives, statistics and breakdowns in the catalogue's
	 * order.
	 */
	ApplicationContent ordered(ApplicationContent content) {
		Map<String, String> narratives = new LinkedHashMap<>();
		Map<String, ApplicationContent.Indicator> indicators = new LinkedHashMap<>();
		for (Measurement measurement : this.measurements.values()) {
			String code = measurement.code().value();
			if (content.narratives().containsKey(code)) {
				narratives.put(code, content.narratives().get(code));
			}
			ApplicationContent.Indicator indicator = content.indicators().get(code);
			if (indicator != null) {
				Map<String, BigDecimal> parts = new LinkedHashMap<>();
				measurement.breakdowns()
					.stream()
					.map(Breakdown::code)
					.filter(indicator.breakdown()::containsKey)
					.forEach(b -> parts.put(b, indicator.breakdown().get(b)));
				indicator.breakdown().forEach(parts::putIfAbsent);
				indicators.put(code, new ApplicationContent.Indicator(indicator.value(), parts, indicator.year()));
			}
		}
		content.narratives().forEach(narratives::putIfAbsent);
		content.indicators().forEach(indicators::putIfAbsent);
		return new ApplicationContent(narratives, indicators, content.consent(), content.endorsement());
	}

	/** The normalised content and every problem with it. */
	Checked check(ApplicationContent content) {
		List<Problem> problems = new ArrayList<>();
		Map<String, String> narratives = new LinkedHashMap<>();
		content.narratives().forEach((code, text) -> {
			String field = "narratives." + code;
			String normalised = normaliseLong(text);
			if (normalised == null) {
				return;
			}
			Measurement measurement = this.measurements.get(code);
			if (measurement == null || !measurement.isExpertReview()) {
				problems.add(new Problem(field, "nomination.error.narrative.unknown", code));
				return;
			}
			if (normalised.length() > ApplicationContent.MAX_NARRATIVE) {
				problems.add(new Problem(field, "nomination.error.narrative.tooLong", normalised.length(),
						ApplicationContent.MAX_NARRATIVE));
				return;
			}
			narratives.put(code, normalised);
		});
		Map<String, ApplicationContent.Indicator> indicators = new LinkedHashMap<>();
		content.indicators().forEach((code, indicator) -> {
			ApplicationContent.Indicator checked = checkIndicator(code, indicator, problems);
			if (checked != null) {
				indicators.put(code, checked);
			}
		});
		ApplicationContent.Consent consent = content.consent();
		if (consent != null) {
			String signatory = shortText("consent.signatory", consent.signatory(), problems);
			String position = shortText("consent.position", consent.position(), problems);
			LocalDate signedOn = date("consent.signedOn", consent.signedOn(), problems);
			consent = (signatory == null && position == null && signedOn == null) ? null
					: new ApplicationContent.Consent(signatory, position, signedOn);
		}
		ApplicationContent.Endorsement endorsement = content.endorsement();
		if (endorsement != null) {
			String name = shortText("endorsement.name", endorsement.name(), problems);
			String statement = normaliseLong(endorsement.statement());
			if (statement != null && statement.length() > MAX_STATEMENT) {
				problems.add(new Problem("endorsement.statement", "nomination.error.text.tooLong", MAX_STATEMENT));
				statement = null;
			}
			LocalDate endorsedOn = date("endorsement.endorsedOn", endorsement.endorsedOn(), problems);
			endorsement = (name == null && statement == null && endorsedOn == null) ? null
					: new ApplicationContent.Endorsement(name, statement, endorsedOn);
		}
		return new Checked(new ApplicationContent(narratives, indicators, consent, endorsement), problems);
	}

	private ApplicationContent.Indicator checkIndicator(String code, ApplicationContent.Indicator indicator,
			List<Problem> problems) {
		String field = "indicators." + code;
		if (indicator == null || (indicator.isBlank() && indicator.year() == null)) {
			return null;
		}
		Measurement measurement = this.measurements.get(code);
		if (measurement == null || measurement.isExpertReview()) {
			problems.add(new Problem(field, "nomination.error.indicator.unknown", code));
			return null;
		}
		int before = problems.size();
		BigDecimal value = figure(field + ".value", measurement, indicator.value(), problems);
		Set<String> breakdowns = measurement.breakdowns().stream().map(Breakdown::code).collect(Collectors.toSet());
		Map<String, BigDecimal> parts = new LinkedHashMap<>();
		indicator.breakdown().forEach((breakdown, number) -> {
			if (number == null) {
				return;
			}
			String partField = field + ".breakdown." + breakdown;
			if (!breakdowns.contains(breakdown)) {
				problems.add(new Problem(partField, "nomination.error.indicator.breakdown", breakdown));
				return;
			}
			parts.put(breakdown, figure(partField, measurement, number, problems));
		});
		Integer year = indicator.year();
		if (year != null && (year < FIRST_YEAR || year > this.today.getYear())) {
			problems
				.add(new Problem(field + ".year", "nomination.error.indicator.year", FIRST_YEAR, this.today.getYear()));
		}
		if (problems.size() > before) {
			return null;
		}
		if (value == null && parts.isEmpty()) {
			// a year without any figure says nothing
			return null;
		}
		return new ApplicationContent.Indicator(value, parts, year);
	}

	private static BigDecimal figure(String field, Measurement measurement, BigDecimal number, List<Problem> problems) {
		if (number == null) {
			return null;
		}
		if (measurement.scale()) {
			if (number.compareTo(BigDecimal.ONE) < 0 || number.compareTo(BigDecimal.valueOf(5)) > 0) {
				problems.add(new Problem(field, "nomination.error.indicator.scale"));
			}
		}
		else if (isPercentage(measurement)) {
			if (number.signum() < 0 || number.compareTo(HUNDRED) > 0) {
				problems.add(new Problem(field, "nomination.error.indicator.percentage"));
			}
		}
		else if (number.signum() < 0) {
			problems.add(new Problem(field, "nomination.error.indicator.negative"));
		}
		else if (number.compareTo(MAX_FIGURE) > 0) {
			problems.add(new Problem(field, "nomination.error.indicator.tooLarge"));
		}
		return number.setScale(Math.min(Math.max(number.scale(), 0), 4), RoundingMode.HALF_UP);
	}

	/**
	 * Whether the measurement's figure is a percentage (unit {@code %} or
	 * {@code % (year)}).
	 */
	static boolean isPercentage(Measurement measurement) {
		return measurement.unit() != null && measurement.unit().startsWith("%");
	}

	private static String shortText(String field, String text, List<Problem> problems) {
		String normalised = normaliseShort(text);
		if (normalised != null && normalised.length() > MAX_SHORT_TEXT) {
			problems.add(new Problem(field, "nomination.error.text.tooLong", MAX_SHORT_TEXT));
			return null;
		}
		return normalised;
	}

	private LocalDate date(String field, LocalDate date, List<Problem> problems) {
		if (date == null) {
			return null;
		}
		if (date.isAfter(this.today)) {
			problems.add(new Problem(field, "nomination.error.date.future"));
			return null;
		}
		if (date.getYear() < FIRST_YEAR) {
			problems.add(new Problem(field, "nomination.error.date.tooOld", FIRST_YEAR));
			return null;
		}
		return date;
	}

	/**
	 * What is still missing before submission: the narrative of every expert-review
	 * measurement, the consent and the endorsement. Statistics are optional.
	 */
	List<Problem> missing(ApplicationContent content) {
		List<Problem> missing = new ArrayList<>();
		for (Measurement measurement : expertMeasurements()) {
			String text = content.narratives().get(measurement.code().value());
			if (text == null || text.isBlank()) {
				missing.add(new Problem("narratives." + measurement.code().value(), "nomination.missing.narrative",
						measurement.code().value(), measurement.name()));
			}
		}
		if (content.consent() == null || !content.consent().isComplete()) {
			missing.add(new Problem("consent", "nomination.missing.consent"));
		}
		if (content.endorsement() == null || !content.endorsement().isComplete()) {
			missing.add(new Problem("endorsement", "nomination.missing.endorsement"));
		}
		return missing;
	}

	/**
	 * The content to store when some of {@code typed} was refused: every part without a
	 * problem as typed, every part with one as it was stored before (so that valid work
	 * is saved and nothing stored is lost).
	 * @param stored the content as stored
	 * @param typed the content as typed, normalised ({@link Checked#content()})
	 * @param problems the problems found in what was typed
	 */
	static ApplicationContent acceptedPart(ApplicationContent stored, ApplicationContent typed, List<Problem> problems,
			Set<String> typedNarratives, Set<String> typedIndicators) {
		Map<String, String> narratives = new LinkedHashMap<>(stored.narratives());
		for (String code : typedNarratives) {
			if (!hasProblem(problems, "narratives." + code)) {
				if (typed.narratives().containsKey(code)) {
					narratives.put(code, typed.narratives().get(code));
				}
				else {
					narratives.remove(code);
				}
			}
		}
		Map<String, ApplicationContent.Indicator> indicators = new LinkedHashMap<>(stored.indicators());
		for (String code : typedIndicators) {
			if (!hasProblem(problems, "indicators." + code)) {
				if (typed.indicators().containsKey(code)) {
					indicators.put(code, typed.indicators().get(code));
				}
				else {
					indicators.remove(code);
				}
			}
		}
		ApplicationContent.Consent was = stored.consent();
		ApplicationContent.Consent now = typed.consent();
		ApplicationContent.Consent consent = new ApplicationContent.Consent(
				pick(problems, "consent.signatory", was, now, ApplicationContent.Consent::signatory),
				pick(problems, "consent.position", was, now, ApplicationContent.Consent::position),
				pick(problems, "consent.signedOn", was, now, ApplicationContent.Consent::signedOn));
		ApplicationContent.Endorsement wasE = stored.endorsement();
		ApplicationContent.Endorsement nowE = typed.endorsement();
		ApplicationContent.Endorsement endorsement = new ApplicationContent.Endorsement(
				pick(problems, "endorsement.name", wasE, nowE, ApplicationContent.Endorsement::name),
				pick(problems, "endorsement.statement", wasE, nowE, ApplicationContent.Endorsement::statement),
				pick(problems, "endorsement.endorsedOn", wasE, nowE, ApplicationContent.Endorsement::endorsedOn));
		return new ApplicationContent(narratives, indicators,
				(consent.signatory() == null && consent.position() == null && consent.signedOn() == null) ? null
						: consent,
				(endorsement.name() == null && endorsement.statement() == null && endorsement.endorsedOn() == null)
						? null : endorsement);
	}

	private static <T, V> V pick(List<Problem> problems, String field, T stored, T typed,
			java.util.function.Function<T, V> part) {
		if (hasProblem(problems, field)) {
			return (stored != null) ? part.apply(stored) : null;
		}
		return (typed != null) ? part.apply(typed) : null;
	}

	/** Whether a problem concerns this field or a part of it. */
	static boolean hasProblem(List<Problem> problems, String field) {
		return problems.stream().anyMatch(p -> p.field().equals(field) || p.field().startsWith(field + "."));
	}

	/**
	 * Trimmed, Unix line ends, no control characters but line feeds and tabs; null if
	 * blank.
	 */
	static String normaliseLong(String text) {
		if (text == null) {
			return null;
		}
		String normalised = text.replace("\r\n", "\n")
			.replace('\r', '\n')
			.replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
			.strip();
		return normalised.isEmpty() ? null : normalised;
	}

	/** Trimmed, one line, no control characters; null if blank. */
	static String normaliseShort(String text) {
		if (text == null) {
			return null;
		}
		String normalised = text.replaceAll("\\p{Cntrl}", " ").replaceAll("\\s+", " ").strip();
		return normalised.isEmpty() ? null : normalised;
	}

	/**
	 * A problem with one field, as a message key of the nomination bundle and its
	 * arguments.
	 */
	record Problem(String field, String key, Object... args) {
	}

	/** The normalised content and the problems found. */
	record Checked(ApplicationContent content, List<Problem> problems) {

		boolean valid() {
			return this.problems.isEmpty();
		}

	}

}
