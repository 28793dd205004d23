package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.support.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/nominations/{id}/result} for UIL staff, and for jurors while the
 * nomination is before the jury (404 otherwise) without the experts' usernames and
 * severity ({@link ResultAccess}): the consensus per measurement, the building blocks,
 * the overall score, alpha and the rounds, as in API.md; plus {@code final} (every panel
 * member submitted), {@code consensusRule}, {@code alphaStatus}, {@code focusAreas},
 * {@code experts} and each expert's {@code severity}. A nomination without scores yet
 * answers 200 with an empty result ({@code final: false}, {@code rounds: 0},
 * {@code overall} and {@code alpha} null).
 */
@RestController
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
class ResultApiController {

	private final Results results;

	private final MessageSource messages;

	private final ResultAccess access;

	ResultApiController(Results results, MessageSource messages, ResultAccess access) {
		this.results = results;
		this.messages = messages;
		this.access = access;
	}

	@GetMapping("/api/nominations/{id}/result")
	Map<String, Object> result(@PathVariable String id) {
		long nominationId;
		try {
			nominationId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Nomination", id);
		}
		this.access.readableNomination(nominationId);
		return json(this.results.of(nominationId), this.access.seesExperts());
	}

	private Map<String, Object> json(NominationResult result, boolean seesExperts) {
		Map<String, Object> measurements = new LinkedHashMap<>();
		result.measurements()
			.forEach((code, m) -> measurements.put(code.value(),
					Map.of("scores", m.scores(), "consensus", m.consensus(), "spread", m.spread())));
		Map<String, Object> severity = new LinkedHashMap<>();
		result.severity()
			.forEach((expert, s) -> severity.put(expert,
					Map.of("meanDeviation", s.meanDeviation(), "scores", s.scores())));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("nominationId", Long.toString(result.nominationId()));
		json.put("final", result.isFinal());
		json.put("measurements", measurements);
		json.put("blocks", result.blocks());
		json.put("focusAreas", result.focusAverages());
		json.put("overall", result.overall().isPresent() ? result.overall().getAsDouble() : null);
		json.put("alpha", result.alpha().isDefined() ? result.alpha().valueOrNaN() : null);
		json.put("alphaStatus", result.alpha().status().name());
		json.put("rounds", result.rounds());
		if (seesExperts) {
			json.put("experts", result.experts());
			json.put("severity", severity);
		}
		else {
			List<String> anonymous = new ArrayList<>();
			for (int i = 1; i <= result.experts().size(); i++) {
				anonymous.add("Expert " + i);
			}
			json.put("experts", anonymous);
		}
		json.put("consensusRule", this.messages.getMessage(Consensus.RULE_KEY, null, Consensus.RULE_KEY,
				LocaleContextHolder.getLocale()));
		json.putAll(ResultHistoryJson.of(result, seesExperts));
		return json;
	}

}
