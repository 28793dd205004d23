package org.learningcity.award.catalog.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

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
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Key Features catalogue and the experts' rubric as JSON. */
@RestController
@RequestMapping("/api/catalog")
@Tag(name = "Catalogue",
		description = "The Key Features of Learning Cities (3 areas, 12 areas of focus, 42 key features and their "
				+ "possible measurements) and the rubric experts score with. Any signed-in account reads; "
				+ "UIL staff change the rubric.")
class CatalogApiController {

	private final Catalog catalog;

	CatalogApiController(Catalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/features")
	@Operation(summary = "The 42 key features with their measurements",
			description = "In the framework's order. `area` and `focus` are objects `{code, title}`.")
	List<FeatureJson> features() {
		return this.catalog.features().stream().map(FeatureJson::of).toList();
	}

	@GetMapping("/measurements")
	@Operation(summary = "The possible measurements, optionally of one source of data",
			description = "`?source=EXPERT_REVIEW` gives the 18 measurements scored by experts.")
	List<MeasurementJson> measurements(@Parameter(
			description = "only measurements with this source of data") @RequestParam(required = false) Source source) {
		List<Measurement> measurements = (source != null) ? this.catalog.measurements(source)
				: this.catalog.measurements();
		return measurements.stream().map(MeasurementJson::of).toList();
	}

	@GetMapping("/measurements/{code}")
	@Operation(summary = "One measurement", responses = { @ApiResponse(responseCode = "200"),
			@ApiResponse(responseCode = "404", description = "no measurement has this code") })
	MeasurementJson measurement(@Parameter(example = "2.1.4.a") @PathVariable String code) {
		return MeasurementJson.of(this.catalog.measurement(parse(code)));
	}

	@GetMapping("/measurements/{code}/rubric")
	@Operation(summary = "The rubric of a measurement: what evidence earns each level 5 Excellent ... 1 Poor",
			description = "`levels` is empty for a measurement that experts do not score.",
			responses = { @ApiResponse(responseCode = "200"),
					@ApiResponse(responseCode = "404", description = "no measurement has this code") })
	RubricJson rubric(@Parameter(example = "2.1.4.a") @PathVariable String code) {
		MeasurementCode measurement = parse(code);
		return RubricJson.of(this.catalog.measurement(measurement), this.catalog.rubric(measurement));
	}

	@PutMapping("/measurements/{code}/rubric")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	@Operation(summary = "Change the text of one or more levels of a rubric (UIL staff)",
			description = "All or nothing. Each level sent needs the `version` it was read at; levels not sent "
					+ "are left alone. The change is recorded in the audit trail.",
			responses = { @ApiResponse(responseCode = "200", description = "the whole rubric as stored now"),
					@ApiResponse(responseCode = "403", description = "not UIL staff"),
					@ApiResponse(responseCode = "404", description = "no expert-review measurement has this code"),
					@ApiResponse(responseCode = "409",
							description = "someone changed a level since it was read (stale `version`)"),
					@ApiResponse(responseCode = "422",
							description = "a text is empty or longer than 2000 characters, a level is not 1-5 or "
									+ "sent twice, or a version is missing: `errors` names the fields, "
									+ "e.g. `levels[0].description`") })
	RubricJson updateRubric(@Parameter(example = "2.1.4.a") @PathVariable String code,
			@RequestBody RubricUpdateJson update) {
		MeasurementCode measurement = parse(code);
		List<RubricChange> changes = (update.levels() != null) ? update.levels()
			.stream()
			.map(l -> (l != null) ? new RubricChange(l.level(), l.description(), l.version()) : null)
			.toList() : List.of();
		List<RubricLevel> rubric = this.catalog.updateRubric(measurement, changes);
		return RubricJson.of(this.catalog.measurement(measurement), rubric);
	}

	private static MeasurementCode parse(String code) {
		if (!MeasurementCode.isValid(code)) {
			throw new NotFoundException("Measurement", code);
		}
		return MeasurementCode.of(code);
	}

	@Schema(name = "CatalogHeading", description = "An area (`2`) or an area of focus (`2.1`)")
	record HeadingJson(@Schema(example = "2.1") String code,
			@Schema(example = "Promoting inclusive learning in the education system") String title) {

		static HeadingJson of(Area area) {
			return new HeadingJson(area.code(), area.title());
		}

		static HeadingJson of(Focus focus) {
			return new HeadingJson(focus.code(), focus.title());
		}

	}

	@Schema(name = "KeyFeature")
	record FeatureJson(@Schema(example = "2.1.4") String code, @Schema(
			description = "the area, e.g. `{code: \"2\", title: \"2. Major building blocks of a learning city\"}`") HeadingJson area,
			@Schema(description = "the area of focus, e.g. `{code: \"2.1\", title: \"Promoting inclusive learning in the education system\"}`") HeadingJson focus,
			String title, List<MeasurementJson> measurements) {

		static FeatureJson of(KeyFeature feature) {
			return new FeatureJson(feature.code(), HeadingJson.of(feature.area()), HeadingJson.of(feature.focus()),
					feature.title(), feature.measurements().stream().map(MeasurementJson::of).toList());
		}

	}

	@Schema(name = "Measurement")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record MeasurementJson(@Schema(example = "2.1.4.a") String code, @Schema(example = "2.1.4") String feature,
			@Schema(example = "Support for disadvantaged groups") String name, String definition, Source source,
			@Schema(description = "present and true when judged on the scale 5 Excellent ... 1 Poor",
					nullable = true) Boolean scale,
			@Schema(description = "the unit of the figure (`%`, `US$`, `years`, `hours`, `per 100,000 inhabitants` "
					+ "...); absent for a judgement on the scale", nullable = true) String unit,
			@ArraySchema(arraySchema = @Schema(
					description = "the parts the figure is reported by; absent when one " + "figure",
					nullable = true)) List<BreakdownJson> breakdowns) {

		static MeasurementJson of(Measurement m) {
			return new MeasurementJson(m.code().value(), m.featureCode(), m.name(), m.definition(), m.source(),
					m.scale() ? Boolean.TRUE : null, m.unit(),
					m.breakdowns().isEmpty() ? null : m.breakdowns().stream().map(BreakdownJson::of).toList());
		}

	}

	@Schema(name = "Breakdown")
	record BreakdownJson(@Schema(example = "FEMALE") String code, @Schema(example = "Female") String label) {

		static BreakdownJson of(Breakdown breakdown) {
			return new BreakdownJson(breakdown.code(), breakdown.label());
		}

	}

	@Schema(name = "Rubric")
	record RubricJson(@Schema(example = "2.1.4.a") String code, String name, List<RubricLevelJson> levels) {

		static RubricJson of(Measurement measurement, List<RubricLevel> levels) {
			return new RubricJson(measurement.code().value(), measurement.name(),
					levels.stream().map(RubricLevelJson::of).toList());
		}

	}

	@Schema(name = "RubricLevel")
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record RubricLevelJson(@Schema(example = "5") int level, @Schema(example = "Excellent") String label,
			String description, @Schema(description = "send it back when changing the text") long version,
			@Schema(nullable = true) Instant updatedAt, @Schema(nullable = true) String updatedBy) {

		static RubricLevelJson of(RubricLevel level) {
			return new RubricLevelJson(level.level(), level.label(), level.description(), level.version(),
					level.updatedAt(), level.updatedBy());
		}

	}

	@Schema(name = "RubricUpdate")
	record RubricUpdateJson(List<LevelUpdateJson> levels) {
	}

	@Schema(name = "RubricLevelUpdate")
	record LevelUpdateJson(@Schema(example = "5") Integer level,
			@Schema(maxLength = RubricLevel.MAX_DESCRIPTION) String description, @Schema(example = "0") Long version) {
	}

}
