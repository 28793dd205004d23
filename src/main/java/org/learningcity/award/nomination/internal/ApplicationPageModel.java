package org.learningcity.award.nomination.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.KeyFeature;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.AttachmentView;
import org.learningcity.award.nomination.MissingPart;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the application pages show, for every page that shows an application: the city's
 * form, its read-only view, and other pages of the module (the National Commission's
 * review) that include the fragments {@code nomination/application-show :: summary} and
 * {@code :: content}. Model attributes: {@code applicationView}, {@code cycle},
 * {@code applicationContent}, {@code attachments}, {@code missing},
 * {@code missingFields}, {@code narrativeRows}, {@code statisticRows} (and for the form
 * {@code maxNarrative}, {@code guideNarrative}, {@code maxFileMegabytes}). The names
 * avoid {@code application} and {@code content}, which mean something else in templates
 * (Thymeleaf's servlet-context variable, the layout's content fragment).
 */
@Component
class ApplicationPageModel {

	private final ApplicationService applications;

	private final Cycles cycles;

	private final Catalog catalog;

	ApplicationPageModel(ApplicationService applications, Cycles cycles, Catalog catalog) {
		this.applications = applications;
		this.cycles = cycles;
		this.catalog = catalog;
	}

	/**
	 * Everything the read-only view of the application needs (access-checked: 404 for
	 * whoever may not see it).
	 */
	void readOnly(ApplicationView application, Model model) {
		common(application, model);
		ApplicationContent content = this.applications.content(application.id());
		model.addAttribute("applicationContent", content);
		model.addAttribute("narrativeRows", narrativeRows());
		model.addAttribute("statisticRows",
				statisticRows().stream().filter(row -> content.indicators().containsKey(row.code())).toList());
	}

	/** Everything the city's form needs, besides the form object itself. */
	void form(ApplicationView application, Model model) {
		common(application, model);
		model.addAttribute("narrativeRows", narrativeRows());
		model.addAttribute("statisticRows", statisticRows());
		model.addAttribute("maxNarrative", ApplicationContent.MAX_NARRATIVE);
		model.addAttribute("guideNarrative", ApplicationContent.GUIDE_NARRATIVE);
		model.addAttribute("maxFileMegabytes", this.applications.attachmentLimits().maxSize().toMegabytes());
	}

	private void common(ApplicationView application, Model model) {
		model.addAttribute("applicationView", application);
		model.addAttribute("cycle", this.cycles.get(application.cycleId()));
		List<AttachmentView> attachments = this.applications.attachments(application.id());
		model.addAttribute("attachments", attachments);
		List<MissingPart> missing = this.applications.missingParts(application.id());
		model.addAttribute("missing", missing);
		model.addAttribute("missingFields", missing.stream().map(MissingPart::field).collect(Collectors.toSet()));
	}

	/** The 18 expert-review measurements with their key feature, in order. */
	List<NarrativeRow> narrativeRows() {
		Map<String, KeyFeature> features = new LinkedHashMap<>();
		this.catalog.features().forEach(f -> features.put(f.code(), f));
		return this.applications.rules()
			.expertMeasurements()
			.stream()
			.map(m -> new NarrativeRow(m.code().value(), m.name(), m.definition(),
					features.containsKey(m.featureCode()) ? features.get(m.featureCode()).title() : ""))
			.toList();
	}

	/** The statistical measurements, the rows of the statistics table, in order. */
	List<StatisticRow> statisticRows() {
		return this.applications.rules()
			.statisticalMeasurements()
			.stream()
			.map(m -> new StatisticRow(m.code().value(), m.name(), m.definition(), m.unit(), m.scale(),
					m.source().name(), m.breakdowns()))
			.toList();
	}

	/** An expert-review measurement, whose narrative the city writes. */
	record NarrativeRow(String code, String name, String definition, String featureTitle) {
	}

	/** A statistical measurement, a row of the statistics table. */
	record StatisticRow(String code, String name, String definition, String unit, boolean scale, String source,
			List<Breakdown> breakdowns) {
	}

}
