package org.learningcity.award.dossier.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.learningcity.award.catalog.Breakdown;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.CountryView;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.ApplicationContent.Indicator;
import org.learningcity.award.nomination.Applications;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.NominationResult.MeasurementResult;
import org.learningcity.award.review.ResultCharts;
import org.learningcity.award.review.ReviewStatus;
import org.learningcity.award.review.ReviewView;
import org.learningcity.award.review.Reviews;
import org.learningcity.award.review.Results;
import org.learningcity.award.review.ScoreInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a nomination's dossier together from the modules that own its parts. No access
 * checks: {@link DossierAccess} decides who reads it.
 */
@Service
@Transactional(readOnly = true)
class DossierService {

	private final Cycles cycles;

	private final Network network;

	private final Catalog catalog;

	private final Applications applications;

	private final Results results;

	private final Reviews reviews;

	private final ResultCharts charts;

	private final MessageSource messages;

	DossierService(Cycles cycles, Network network, Catalog catalog, Applications applications, Results results,
			Reviews reviews, ResultCharts charts, MessageSource messages) {
		this.cycles = cycles;
		this.network = network;
		this.catalog = catalog;
		this.applications = applications;
		this.results = results;
		this.reviews = reviews;
		this.charts = charts;
		this.messages = messages;
	}

	/** The dossier of the nomination, with texts (the chart's label) in this language. */
	Dossier dossier(NominationView nomination, Locale locale) {
		CycleSettings settings = this.cycles.settings(nomination.cycleId());
		NominationResult result = this.results.of(nomination.id());
		ApplicationContent content = this.applications.findContent(nomination.applicationId())
			.orElse(ApplicationContent.empty());
		List<String> experts = new ArrayList<>();
		for (int i = 0; i < result.experts().size(); i++) {
			experts.add(label(i));
		}
		Map<String, Map<String, ScoreInput>> entriesByExpert = new HashMap<>();
		for (ReviewView review : this.reviews.ofNomination(nomination.id())) {
			if (review.status() == ReviewStatus.SUBMITTED) {
				entriesByExpert.put(review.username(), review.scores());
			}
		}
		int threshold = settings.divergenceThreshold();
		List<Dossier.Entry> entries = new ArrayList<>();
		List<String> divergent = new ArrayList<>();
		for (Measurement measurement : this.catalog.measurements(Source.EXPERT_REVIEW)) {
			String code = measurement.code().value();
			MeasurementResult scored = result.measurements().get(measurement.code());
			List<Dossier.Judgement> judgements = new ArrayList<>();
			for (int i = 0; i < result.experts().size(); i++) {
				Integer score = (scored != null) ? scored.scores().get(i) : null;
				ScoreInput entry = entriesByExpert.getOrDefault(result.experts().get(i), Map.of()).get(code);
				String justification = (entry != null && entry.justification() != null) ? entry.justification() : "";
				judgements.add(new Dossier.Judgement(experts.get(i), score, justification));
			}
			// as the review process decided its last round (recorded), not evaluated
			// again
			boolean isDivergent = scored != null && scored.divergent();
			if (isDivergent) {
				divergent.add(code);
			}
			entries.add(new Dossier.Entry(code, measurement.name(), measurement.definition(),
					content.narratives().getOrDefault(code, ""), (scored != null) ? scored.consensus() : null,
					(scored != null) ? scored.spread() : null, isDivergent, judgements));
		}
		String overall = result.overall().isPresent() ? String.format(locale, "%.2f", result.overall().getAsDouble())
				: "–";
		String chartLabel = this.messages.getMessage("dossier.chart.label", new Object[] { overall }, locale);
		return new Dossier(nomination, settings.title(),
				this.network.country(nomination.countryCode()).map(CountryView::name).orElse(nomination.countryCode()),
				result, experts, entries, indicators(content), attachments(nomination.applicationId()), divergent,
				threshold, this.charts.radarSvg(result, chartLabel));
	}

	/** The anonymous label of the i-th expert: A, B, C ... Z, then A2, B2 ... */
	static String label(int index) {
		char letter = (char) ('A' + index % 26);
		return (index < 26) ? String.valueOf(letter) : letter + Integer.toString(index / 26 + 1);
	}

	private List<Dossier.IndicatorLine> indicators(ApplicationContent content) {
		List<Dossier.IndicatorLine> lines = new ArrayList<>();
		for (Measurement measurement : this.catalog.measurements()) {
			Indicator indicator = content.indicators().get(measurement.code().value());
			if (indicator == null || indicator.isBlank() || measurement.isExpertReview()) {
				continue;
			}
			List<Dossier.Part> parts = new ArrayList<>();
			indicator.breakdown().forEach((part, value) -> {
				if (value != null) {
					String label = measurement.breakdowns()
						.stream()
						.filter((b) -> b.code().equals(part))
						.map(Breakdown::label)
						.findFirst()
						.orElse(part);
					parts.add(new Dossier.Part(label, value));
				}
			});
			lines.add(new Dossier.IndicatorLine(measurement.code().value(), measurement.name(), measurement.unit(),
					indicator.value(), parts, indicator.year()));
		}
		return lines;
	}

	private List<Dossier.Attachment> attachments(long applicationId) {
		return this.applications.findAttachments(applicationId)
			.stream()
			.map((a) -> new Dossier.Attachment(applicationId, a.id(), a.filename(), a.bytes()))
			.toList();
	}

}
