package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationStatus;
import org.learningcity.award.network.CityView;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.support.RuleViolationException;

/**
 * A city's application to one cycle. It owns its status: the city edits it only while
 * DRAFT or RETURNED, submits it from there, and the National Commission's decisions move
 * it only from SUBMITTED. A refused move throws {@link RuleViolationException} whose code
 * is a message key of the nomination bundle.
 */
@Entity
@Table(name = "application")
class CityApplication {

	static final String NOT_EDITABLE = "nomination.rule.notEditable";

	static final String WRONG_STATE = "nomination.rule.wrongState";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private long cycleId;

	@Column(nullable = false)
	private long cityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private ApplicationStatus status;

	private String consentSignatory;

	private String consentPosition;

	private LocalDate consentSignedOn;

	private String endorsementName;

	private String endorsementStatement;

	private LocalDate endorsementDate;

	private String natcomEndorsement;

	private String lastComment;

	@Column(nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private String createdBy;

	@Column(nullable = false)
	private Instant updatedAt;

	@Column(nullable = false)
	private String updatedBy;

	private Instant submittedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "application_narrative", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "measurement_code")
	@Column(name = "body", nullable = false)
	private Map<String, String> narratives = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "application_indicator", joinColumns = @JoinColumn(name = "application_id"))
	@MapKeyColumn(name = "measurement_code")
	private Map<String, Figure> figures = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "application_indicator_part", joinColumns = @JoinColumn(name = "application_id"))
	private Set<Part> parts = new HashSet<>();

	protected CityApplication() {
	}

	CityApplication(long cycleId, long cityId, Instant now, String by) {
		this.cycleId = cycleId;
		this.cityId = cityId;
		this.status = ApplicationStatus.DRAFT;
		this.createdAt = Objects.requireNonNull(now);
		this.createdBy = Objects.requireNonNull(by);
		this.updatedAt = now;
		this.updatedBy = by;
	}

	Long getId() {
		return this.id;
	}

	long getCycleId() {
		return this.cycleId;
	}

	long getCityId() {
		return this.cityId;
	}

	ApplicationStatus getStatus() {
		return this.status;
	}

	long getVersion() {
		return this.version;
	}

	String getNatcomEndorsement() {
		return this.natcomEndorsement;
	}

	/** What the city has written, in the catalogue's order of codes. */
	ApplicationContent content() {
		Map<String, String> texts = new TreeMap<>(CityApplication::byCode);
		texts.putAll(this.narratives);
		Map<String, Map<String, BigDecimal>> byMeasurement = new HashMap<>();
		for (Part part : this.parts) {
			byMeasurement.computeIfAbsent(part.measurementCode, k -> new LinkedHashMap<>())
				.put(part.breakdownCode, plain(part.figure));
		}
		Set<String> codes = new HashSet<>(this.figures.keySet());
		codes.addAll(byMeasurement.keySet());
		Map<String, ApplicationContent.Indicator> indicators = new TreeMap<>(CityApplication::byCode);
		for (String code : codes) {
			Figure figure = this.figures.get(code);
			indicators.put(code, new ApplicationContent.Indicator((figure != null) ? plain(figure.figure) : null,
					byMeasurement.getOrDefault(code, Map.of()), (figure != null) ? figure.dataYear : null));
		}
		ApplicationContent.Consent consent = (this.consentSignatory == null && this.consentPosition == null
				&& this.consentSignedOn == null) ? null
						: new ApplicationContent.Consent(this.consentSignatory, this.consentPosition,
								this.consentSignedOn);
		ApplicationContent.Endorsement endorsement = (this.endorsementName == null && this.endorsementStatement == null
				&& this.endorsementDate == null) ? null
						: new ApplicationContent.Endorsement(this.endorsementName, this.endorsementStatement,
								this.endorsementDate);
		return new ApplicationContent(texts, indicators, consent, endorsement);
	}

	/**
	 * Replaces what the city has written (already checked and normalised by
	 * {@link ApplicationRules}); only while the city may edit it.
	 */
	void replaceContent(ApplicationContent content, Instant now, String by) {
		requireEditable();
		this.narratives.clear();
		this.narratives.putAll(content.narratives());
		this.figures.clear();
		this.parts.clear();
		content.indicators().forEach((code, indicator) -> {
			if (indicator.value() != null || indicator.year() != null) {
				this.figures.put(code, new Figure(indicator.value(), indicator.year()));
			}
			indicator.breakdown().forEach((breakdown, figure) -> {
				if (figure != null) {
					this.parts.add(new Part(code, breakdown, figure));
				}
			});
		});
		ApplicationContent.Consent consent = content.consent();
		this.consentSignatory = (consent != null) ? consent.signatory() : null;
		this.consentPosition = (consent != null) ? consent.position() : null;
		this.consentSignedOn = (consent != null) ? consent.signedOn() : null;
		ApplicationContent.Endorsement endorsement = content.endorsement();
		this.endorsementName = (endorsement != null) ? endorsement.name() : null;
		this.endorsementStatement = (endorsement != null) ? endorsement.statement() : null;
		this.endorsementDate = (endorsement != null) ? endorsement.endorsedOn() : null;
		touch(now, by);
	}

	/** Marks a change made outside the content (an attachment added or removed). */
	void touch(Instant now, String by) {
		this.updatedAt = now;
		this.updatedBy = by;
	}

	void requireEditable() {
		if (!this.status.editableByCity()) {
			throw new RuleViolationException(NOT_EDITABLE, "The application is " + this.status
					+ ": the city can change it only while it is a draft or returned for revision.");
		}
	}

	/** DRAFT or RETURNED → SUBMITTED (completeness and deadlines are checked before). */
	void submit(Instant now, String by) {
		if (!this.status.editableByCity()) {
			throw new RuleViolationException(WRONG_STATE, "The application is " + this.status
					+ ": only a draft or an application returned for revision can be submitted.");
		}
		this.status = ApplicationStatus.SUBMITTED;
		this.submittedAt = now;
		touch(now, by);
	}

	/** SUBMITTED → RETURNED, with the National Commission's comment. */
	void returnForRevision(String comment, Instant now, String by) {
		move(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED);
		this.lastComment = comment;
		touch(now, by);
	}

	/** SUBMITTED → DECLINED, with the National Commission's comment. */
	void decline(String comment, Instant now, String by) {
		move(ApplicationStatus.SUBMITTED, ApplicationStatus.DECLINED);
		this.lastComment = comment;
		touch(now, by);
	}

	/** SUBMITTED → NOMINATED, with the National Commission's endorsement. */
	void nominate(String endorsement, Instant now, String by) {
		move(ApplicationStatus.SUBMITTED, ApplicationStatus.NOMINATED);
		this.natcomEndorsement = endorsement;
		this.lastComment = endorsement;
		touch(now, by);
	}

	/** DRAFT, RETURNED or SUBMITTED → CLOSED, with the reason. */
	void close(String reason, Instant now, String by) {
		if (this.status != ApplicationStatus.DRAFT && this.status != ApplicationStatus.RETURNED
				&& this.status != ApplicationStatus.SUBMITTED) {
			throw wrongMove(ApplicationStatus.CLOSED);
		}
		this.status = ApplicationStatus.CLOSED;
		this.lastComment = reason;
		touch(now, by);
	}

	private void move(ApplicationStatus from, ApplicationStatus to) {
		if (this.status != from) {
			throw wrongMove(to);
		}
		this.status = to;
	}

	private RuleViolationException wrongMove(ApplicationStatus to) {
		return new RuleViolationException(WRONG_STATE,
				"An application in " + this.status + " cannot move to " + to + ".");
	}

	boolean consentGiven() {
		return present(this.consentSignatory) && present(this.consentPosition) && this.consentSignedOn != null;
	}

	boolean endorsementGiven() {
		return present(this.endorsementName) && present(this.endorsementStatement) && this.endorsementDate != null;
	}

	ApplicationView toView(CityView city) {
		return new ApplicationView(this.id, this.cycleId, this.cityId, (city != null) ? city.name() : null,
				(city != null) ? city.countryCode() : null, this.status, consentGiven(), endorsementGiven(),
				this.submittedAt, this.lastComment, this.version);
	}

	/** The figure without the zeros the column adds ({@code 96}, not {@code 96.0000}). */
	static BigDecimal plain(BigDecimal figure) {
		if (figure == null) {
			return null;
		}
		BigDecimal stripped = figure.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

	private static boolean present(String text) {
		return text != null && !text.isBlank();
	}

	/** Measurement codes in the framework's order (2.1.10.a after 2.1.9.a). */
	static int byCode(String a, String b) {
		if (MeasurementCode.isValid(a) && MeasurementCode.isValid(b)) {
			return MeasurementCode.of(a).compareTo(MeasurementCode.of(b));
		}
		return a.compareTo(b);
	}

	/** A statistic as a whole, with the year of its data. */
	@Embeddable
	static class Figure {

		@Column(name = "figure")
		private BigDecimal figure;

		@Column(name = "data_year")
		private Integer dataYear;

		protected Figure() {
		}

		Figure(BigDecimal figure, Integer dataYear) {
			this.figure = figure;
			this.dataYear = dataYear;
		}

	}

	/** A statistic for one breakdown (female, schools ...). */
	@Embeddable
	static class Part {

		@Column(name = "measurement_code", nullable = false)
		private String measurementCode;

		@Column(name = "breakdown_code", nullable = false)
		private String breakdownCode;

		@Column(name = "figure", nullable = false)
		private BigDecimal figure;

		protected Part() {
		}

		Part(String measurementCode, String breakdownCode, BigDecimal figure) {
			this.measurementCode = measurementCode;
			this.breakdownCode = breakdownCode;
			this.figure = figure;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Part part && this.measurementCode.equals(part.measurementCode)
					&& this.breakdownCode.equals(part.breakdownCode) && this.figure.compareTo(part.figure) == 0;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.measurementCode, this.breakdownCode);
		}

	}

}
