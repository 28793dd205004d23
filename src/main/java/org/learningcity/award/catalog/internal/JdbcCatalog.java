package org.learningcity.award.catalog.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.learningcity.award.audit.AuditTrail;
import org.learningcity.award.catalog.Area;
import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Focus;
import org.learningcity.award.catalog.KeyFeature;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.catalog.RubricChange;
import org.learningcity.award.catalog.RubricLevel;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The catalogue read from its tables with {@link JdbcClient}. The key features are
 * reference data that only a migration changes: they are read once and kept. Rubric texts
 * change at run time and are always read from the database.
 */
@Service
class JdbcCatalog implements Catalog {

	static final String SUBJECT_TYPE = "MEASUREMENT";

	static final String RUBRIC_CHANGED = "RUBRIC_CHANGED";

	private static final RowMapper<RubricLevel> RUBRIC_LEVEL = (rs, row) -> {
		Timestamp updatedAt = rs.getTimestamp("updated_at");
		return new RubricLevel(MeasurementCode.of(rs.getString("measurement_code")), rs.getInt("score_level"),
				rs.getString("description"), rs.getLong("version"), (updatedAt != null) ? updatedAt.toInstant() : null,
				rs.getString("updated_by"));
	};

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private volatile Snapshot snapshot;

	/** Every rubric by measurement code; null until read, and after a change. */
	private volatile Map<String, List<RubricLevel>> rubrics;

	JdbcCatalog(JdbcClient jdbc, AuditTrail audit, Clock clock, MessageSource messages) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
		this.messages = messages;
	}

	@Override
	public List<KeyFeature> features() {
		return snapshot().features();
	}

	@Override
	public List<AreaNode> tree() {
		return snapshot().tree();
	}

	@Override
	public List<Measurement> measurements() {
		return snapshot().measurements();
	}

	@Override
	public List<Measurement> measurements(Source source) {
		return measurements().stream().filter(m -> m.source() == source).toList();
	}

	@Override
	public Optional<Measurement> findMeasurement(MeasurementCode code) {
		return Optional.ofNullable(snapshot().measurementsByCode().get(code));
	}

	@Override
	public Measurement measurement(MeasurementCode code) {
		return findMeasurement(code).orElseThrow(() -> new NotFoundException("Measurement", code));
	}

	@Override
	public KeyFeature featureOf(MeasurementCode code) {
		Measurement measurement = measurement(code);
		return snapshot().features()
			.stream()
			.filter(f -> f.code().equals(measurement.featureCode()))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Key feature", measurement.featureCode()));
	}

	/**
	 * The rubric of a measurement, from a cache of every rubric (reference data read on
	 * every scoring page, 18 at a time; changed only by staff, which empties the cache).
	 */
	@Override
	public List<RubricLevel> rubric(MeasurementCode code) {
		measurement(code);
		Map<String, List<RubricLevel>> all = this.rubrics;
		if (all == null) {
			all = loadRubrics();
			this.rubrics = all;
		}
		return all.getOrDefault(code.value(), List.of());
	}

	private Map<String, List<RubricLevel>> loadRubrics() {
		Map<String, List<RubricLevel>> all = new HashMap<>();
		this.jdbc.sql("select * from rubric_level order by measurement_code, score_level desc")
			.query(RUBRIC_LEVEL)
			.list()
			.forEach(level -> all.computeIfAbsent(level.measurement().value(), k -> new ArrayList<>()).add(level));
		all.replaceAll((code, levels) -> List.copyOf(levels));
		return Map.copyOf(all);
	}

	/** The rubric as the database has it now, in the caller's transaction. */
	private List<RubricLevel> freshRubric(MeasurementCode code) {
		return this.jdbc.sql("select * from rubric_level where measurement_code = ? order by score_level desc")
			.param(code.value())
			.query(RUBRIC_LEVEL)
			.list();
	}

	/**
	 * Empties the rubric cache now and when the changing transaction ends (committed or
	 * rolled back), so that no reader keeps what it read in between.
	 */
	private void forgetRubrics() {
		this.rubrics = null;
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					JdbcCatalog.this.rubrics = null;
				}
			});
		}
	}

	@Override
	@Transactional
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	public RubricLevel updateRubric(MeasurementCode code, int level, String description, long version) {
		requireRubric(code);
		List<FieldError> errors = new ArrayList<>();
		validate("", new RubricChange(level, description, version), new HashSet<>(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		apply(code, new RubricChange(level, description, version));
		return freshRubric(code).stream().filter(l -> l.level() == level).findFirst().orElseThrow();
	}

	@Override
	@Transactional
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	public List<RubricLevel> updateRubric(MeasurementCode code, List<RubricChange> changes) {
		requireRubric(code);
		List<FieldError> errors = new ArrayList<>();
		if (changes == null || changes.isEmpty()) {
			errors.add(new FieldError("levels", message("catalog.rubric.error.noLevels")));
		}
		else {
			Set<Integer> seen = new HashSet<>();
			for (int i = 0; i < changes.size(); i++) {
				validate("levels[" + i + "].", changes.get(i), seen, errors);
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		for (RubricChange change : changes) {
			apply(code, change);
		}
		return freshRubric(code);
	}

	private Measurement requireRubric(MeasurementCode code) {
		Measurement measurement = measurement(code);
		if (!measurement.isExpertReview()) {
			throw new NotFoundException("Rubric of measurement", code);
		}
		return measurement;
	}

	private void validate(String prefix, RubricChange change, Set<Integer> seen, List<FieldError> errors) {
		if (change == null) {
			errors.add(new FieldError(prefix + "level", message("catalog.rubric.error.level")));
			return;
		}
		Integer level = change.level();
		if (level == null || level < RubricLevel.POOR || level > RubricLevel.EXCELLENT) {
			errors.add(new FieldError(prefix + "level", message("catalog.rubric.error.level")));
		}
		else if (!seen.add(level)) {
			errors.add(new FieldError(prefix + "level", message("catalog.rubric.error.duplicateLevel", level)));
		}
		String description = change.description();
		if (description == null || description.isBlank()) {
			errors.add(new FieldError(prefix + "description", message("catalog.rubric.error.required")));
		}
		else if (description.strip().length() > RubricLevel.MAX_DESCRIPTION) {
			errors.add(new FieldError(prefix + "description", message("catalog.rubric.error.tooLong",
					RubricLevel.MAX_DESCRIPTION, description.strip().length())));
		}
		if (change.version() == null || change.version() < 0) {
			errors.add(new FieldError(prefix + "version", message("catalog.rubric.error.version")));
		}
	}

	private void apply(MeasurementCode code, RubricChange change) {
		Measurement measurement = requireRubric(code);
		RubricLevel current = this.jdbc.sql("select * from rubric_level where measurement_code = ? and score_level = ?")
			.params(code.value(), change.level())
			.query(RUBRIC_LEVEL)
			.optional()
			.orElseThrow(() -> new NotFoundException("Rubric of measurement", code));
		if (current.version() != change.version()) {
			throw new OptimisticLockingFailureException("Level " + change.level() + " of the rubric of " + code
					+ " is at version " + current.version() + ", not " + change.version() + ".");
		}
		String description = change.description().strip();
		if (description.equals(current.description())) {
			return;
		}
		int updated = this.jdbc
			.sql("update rubric_level set description = ?, updated_at = ?, updated_by = ?, version = version + 1 "
					+ "where measurement_code = ? and score_level = ? and version = ?")
			.params(description, Timestamp.from(Instant.now(this.clock)), Accounts.currentUsername(), code.value(),
					change.level(), change.version())
			.update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException(
					"Level " + change.level() + " of the rubric of " + code + " was changed meanwhile.");
		}
		forgetRubrics();
		this.audit.record(RUBRIC_CHANGED, SUBJECT_TYPE, code.value(), "Rubric of " + code + " (" + measurement.name()
				+ "), level " + change.level() + " " + RubricLevel.label(change.level()) + ": " + description);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	private Snapshot snapshot() {
		Snapshot current = this.snapshot;
		if (current == null) {
			current = load();
			this.snapshot = current;
		}
		return current;
	}

	private Snapshot load() {
		Map<String, Area> areas = new LinkedHashMap<>();
		this.jdbc.sql("select code, title from catalog_area order by sort_order")
			.query((rs, row) -> new Area(rs.getString("code"), rs.getString("title")))
			.list()
			.forEach(a -> areas.put(a.code(), a));
		Map<String, String> areaOfFocus = new LinkedHashMap<>();
		Map<String, Focus> focuses = new LinkedHashMap<>();
		this.jdbc.sql("select code, area_code, title from catalog_focus order by sort_order").query((rs, row) -> {
			areaOfFocus.put(rs.getString("code"), rs.getString("area_code"));
			return new Focus(rs.getString("code"), rs.getString("title"));
		}).list().forEach(f -> focuses.put(f.code(), f));
		Map<String, List<Breakdown>> breakdowns = new LinkedHashMap<>();
		this.jdbc
			.sql("select measurement_code, code, label from catalog_breakdown order by measurement_code, sort_order")
			.query((rs, row) -> {
				breakdowns.computeIfAbsent(rs.getString("measurement_code"), c -> new ArrayList<>())
					.add(new Breakdown(rs.getString("code"), rs.getString("label")));
				return row;
			})
			.list();
		List<Measurement> measurements = this.jdbc
			.sql("select m.* from catalog_measurement m join catalog_feature f on f.code = m.feature_code "
					+ "order by f.sort_order, m.sort_order")
			.query((rs, row) -> new Measurement(MeasurementCode.of(rs.getString("code")), rs.getString("feature_code"),
					rs.getString("name"), rs.getString("definition"), Source.valueOf(rs.getString("source")),
					rs.getBoolean("scale"), rs.getString("unit"),
					breakdowns.getOrDefault(rs.getString("code"), List.of())))
			.list();
		Map<String, List<Measurement>> byFeature = measurements.stream()
			.collect(Collectors.groupingBy(Measurement::featureCode, LinkedHashMap::new, Collectors.toList()));
		List<KeyFeature> features = this.jdbc
			.sql("select code, focus_code, title from catalog_feature order by sort_order")
			.query((rs, row) -> {
				Focus focus = focuses.get(rs.getString("focus_code"));
				Area area = areas.get(areaOfFocus.get(focus.code()));
				return new KeyFeature(rs.getString("code"), area, focus, rs.getString("title"),
						byFeature.getOrDefault(rs.getString("code"), List.of()));
			})
			.list();
		List<AreaNode> tree = areas.values()
			.stream()
			.map(area -> new AreaNode(area,
					focuses.values()
						.stream()
						.filter(focus -> areaOfFocus.get(focus.code()).equals(area.code()))
						.map(focus -> new FocusNode(focus,
								features.stream().filter(f -> f.focus().code().equals(focus.code())).toList()))
						.toList()))
			.toList();
		Map<MeasurementCode, Measurement> byCode = new LinkedHashMap<>();
		measurements.forEach(m -> byCode.put(m.code(), m));
		return new Snapshot(List.copyOf(features), tree, List.copyOf(measurements), Map.copyOf(byCode));
	}

	private record Snapshot(List<KeyFeature> features, List<AreaNode> tree, List<Measurement> measurements,
			Map<MeasurementCode, Measurement> measurementsByCode) {
	}

}
