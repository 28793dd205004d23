package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The result page of a nomination for UIL staff, and for jurors while it is before the
 * jury, anonymised ({@link ResultAccess}): the table per measurement, the building
 * blocks, the overall score, alpha, the consensus rule and a radar chart of the consensus
 * scores (inline SVG, the table being its text alternative).
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
class ResultPageController {

	static final String PAGE = "review/result";

	private final Results results;

	private final Nominations nominations;

	private final Catalog catalog;

	private final ResultAccess access;

	ResultPageController(Results results, Nominations nominations, Catalog catalog, ResultAccess access) {
		this.results = results;
		this.nominations = nominations;
		this.catalog = catalog;
		this.access = access;
	}

	@GetMapping("/nominations/{id}/result")
	String result(@PathVariable String id, Model model) {
		long nominationId;
		try {
			nominationId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Nomination", id);
		}
		NominationView nomination = this.access.readableNomination(nominationId);
		NominationResult result = this.results.of(nominationId);
		TreeSet<MeasurementCode> codes = new TreeSet<>(result.measurements().keySet());
		this.catalog.measurements(Source.EXPERT_REVIEW).stream().map(Measurement::code).forEach(codes::add);
		List<MeasurementCode> spokes = new ArrayList<>(codes);
		Map<MeasurementCode, Double> consensus = new TreeMap<>();
		result.measurements().forEach((code, m) -> consensus.put(code, m.consensus()));
		model.addAttribute("nomination", nomination);
		model.addAttribute("seesExperts", this.access.seesExperts());
		model.addAttribute("result", result);
		model.addAttribute("radar", RadarChart.of(spokes, consensus));
		return PAGE;
	}

}
