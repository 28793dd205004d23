package org.learningcity.award.review.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cycles/{id}/reliability} for UIL staff: Krippendorff's alpha (ordinal)
 * over the final-round scores of every panel of the cycle, and each expert's severity
 * across the cycle with the number of scores it rests on, flagged {@code LENIENT} or
 * {@code HARSH} from half a point away from the consensus.
 */
@RestController
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class ReliabilityApiController {

	private final CycleReliabilityService reliability;

	ReliabilityApiController(CycleReliabilityService reliability) {
		this.reliability = reliability;
	}

	@GetMapping("/api/cycles/{id}/reliability")
	Map<String, Object> reliability(@PathVariable String id) {
		long cycleId;
		try {
			cycleId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Cycle", id);
		}
		CycleReliability cycle = this.reliability.of(cycleId);
		List<Map<String, Object>> experts = cycle.experts().stream().map(e -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("username", e.username());
			json.put("severity", e.severity());
			json.put("scores", e.scores());
			json.put("panels", e.panels());
			json.put("leaning", e.leaning().name());
			return json;
		}).toList();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", Long.toString(cycle.cycleId()));
		json.put("alpha", cycle.alpha().isDefined() ? cycle.alpha().valueOrNaN() : null);
		json.put("alphaStatus", cycle.alpha().status().name());
		json.put("pairableUnits", cycle.alpha().pairableUnits());
		json.put("pairableValues", cycle.alpha().pairableValues());
		json.put("panels", cycle.panels());
		json.put("notableSeverity", CycleReliability.NOTABLE);
		json.put("experts", experts);
		return json;
	}

}
