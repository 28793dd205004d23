package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.review.NominationResult;

/**
 * What {@code GET /api/nominations/{id}/result} adds to API.md's fields about how the
 * consensus came about: {@code history} (every round: per measurement each expert's score
 * and justification), {@code resolutions} (the staff's final scores of measurements that
 * stayed divergent, with rationale, who and when), {@code resolved} (their codes) and the
 * experts' {@code comments}. Those who may not see who the experts are (jurors) read
 * "Expert 1", "Expert 2"... in the order of the result's experts.
 */
final class ResultHistoryJson {

	private ResultHistoryJson() {
	}

	static Map<String, Object> of(NominationResult result, boolean seesExperts) {
		Map<String, String> anonymous = new java.util.HashMap<>();
		result.experts().forEach((expert) -> anonymous.put(expert, "Expert " + (anonymous.size() + 1)));
		java.util.function.UnaryOperator<String> name = (expert) -> seesExperts ? expert
				: anonymous.computeIfAbsent(expert, (other) -> "Expert " + (anonymous.size() + 1));
		List<Object> history = new ArrayList<>();
		result.history().forEach((round) -> {
			Map<String, Object> measurements = new LinkedHashMap<>();
			round.entries()
				.forEach((code, entries) -> measurements.put(code.value(),
						entries.stream()
							.map((e) -> Map.of("expert", name.apply(e.expert()), "score", e.score(), "justification",
									e.justification()))
							.toList()));
			history.add(Map.of("round", round.number(), "measurements", measurements));
		});
		List<Object> resolutions = new ArrayList<>();
		result.resolutions().forEach((r) -> {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("measurement", r.code().value());
			json.put("score", r.score());
			json.put("justification", r.justification());
			json.put("rationale", r.rationale());
			json.put("resolvedBy", r.resolvedBy());
			json.put("resolvedAt", r.resolvedAt().toString());
			resolutions.add(json);
		});
		List<String> resolved = new ArrayList<>();
		result.measurements().forEach((code, m) -> {
			if (m.resolved()) {
				resolved.add(code.value());
			}
		});
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("history", history);
		json.put("resolutions", resolutions);
		json.put("resolved", resolved);
		json.put("comments",
				result.comments()
					.stream()
					.map((c) -> Map.of("expert", name.apply(c.expert()), "round", c.round(), "comment", c.body()))
					.toList());
		return json;
	}

}
