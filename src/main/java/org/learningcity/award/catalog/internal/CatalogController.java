package org.learningcity.award.catalog.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Catalog.AreaNode;
import org.learningcity.award.catalog.Catalog.FocusNode;
import org.learningcity.award.catalog.KeyFeature;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.catalog.RubricLevel;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue pages: every key feature, one measurement with its rubric, the rubric
 * form.
 */
@Controller
class CatalogController {

	static final String FEATURES_VIEW = "catalog/features";

	static final String MEASUREMENT_VIEW = "catalog/measurement";

	static final String RUBRIC_FORM_VIEW = "catalog/rubric-form";

	private static final String FORM = "rubricForm";

	private final Catalog catalog;

	CatalogController(Catalog catalog) {
		this.catalog = catalog;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/catalog")
	String features(@RequestParam(required = false) Source source, Model model) {
		model.addAttribute("areas", (source != null) ? only(source) : this.catalog.tree());
		model.addAttribute("sources", Source.values());
		model.addAttribute("source", source);
		return FEATURES_VIEW;
	}

	@GetMapping("/catalog/measurements/{code}")
	String measurement(@PathVariable String code, Model model) {
		MeasurementCode measurement = parse(code);
		model.addAttribute("measurement", this.catalog.measurement(measurement));
		model.addAttribute("feature", this.catalog.featureOf(measurement));
		model.addAttribute("rubric", this.catalog.rubric(measurement));
		return MEASUREMENT_VIEW;
	}

	@GetMapping("/catalog/measurements/{code}/rubric")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	String editRubric(@PathVariable String code, Model model) {
		MeasurementCode measurement = parse(code);
		List<RubricLevel> rubric = rubricOf(measurement);
		model.addAttribute(FORM, RubricForm.of(rubric));
		return showForm(measurement, rubric, false, model);
	}

	@PostMapping("/catalog/measurements/{code}/rubric")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	String saveRubric(@PathVariable String code, @ModelAttribute(FORM) RubricForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		MeasurementCode measurement = parse(code);
		List<RubricLevel> stored = rubricOf(measurement);
		if (!result.hasErrors()) {
			try {
				this.catalog.updateRubric(measurement, form.changes());
				redirect.addFlashAttribute("flash", "catalog.rubric.saved");
				return "redirect:/catalog/measurements/" + measurement.value();
			}
			catch (InvalidInputException ex) {
				ex.getErrors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			}
			catch (OptimisticLockingFailureException ex) {
				result.reject("catalog.rubric.stale");
				stored = rubricOf(measurement);
				// keep what the person typed, on top of the versions stored now: sending
				// again overwrites the other change on purpose, after seeing it
				Map<Integer, RubricLevel> byLevel = stored.stream()
					.collect(Collectors.toMap(RubricLevel::level, Function.identity()));
				form.getLevels()
					.stream()
					.filter(l -> l.getLevel() != null && byLevel.containsKey(l.getLevel()))
					.forEach(l -> l.setVersion(byLevel.get(l.getLevel()).version()));
				return showForm(measurement, stored, true, model);
			}
		}
		return showForm(measurement, stored, false, model);
	}

	private String showForm(MeasurementCode code, List<RubricLevel> stored, boolean stale, Model model) {
		model.addAttribute("measurement", this.catalog.measurement(code));
		model.addAttribute("stored",
				stored.stream().collect(Collectors.toMap(RubricLevel::level, Function.identity())));
		model.addAttribute("stale", stale);
		model.addAttribute("maxDescription", RubricLevel.MAX_DESCRIPTION);
		return RUBRIC_FORM_VIEW;
	}

	private List<RubricLevel> rubricOf(MeasurementCode code) {
		List<RubricLevel> rubric = this.catalog.rubric(code);
		if (rubric.isEmpty()) {
			throw new NotFoundException("Rubric of measurement", code);
		}
		return rubric;
	}

	/** The tree cut down to the key features that have a measurement of this source. */
	private List<AreaNode> only(Source source) {
		return this.catalog.tree()
			.stream()
			.map(area -> new AreaNode(area.area(),
					area.focuses()
						.stream()
						.map(focus -> new FocusNode(focus.focus(),
								focus.features()
									.stream()
									.map(f -> new KeyFeature(f.code(), f.area(), f.focus(), f.title(),
											f.measurements().stream().filter(m -> m.source() == source).toList()))
									.filter(f -> !f.measurements().isEmpty())
									.toList()))
						.filter(focus -> !focus.features().isEmpty())
						.toList()))
			.filter(area -> !area.focuses().isEmpty())
			.toList();
	}

	private static MeasurementCode parse(String code) {
		if (!MeasurementCode.isValid(code)) {
			throw new NotFoundException("Measurement", code);
		}
		return MeasurementCode.of(code);
	}

}
