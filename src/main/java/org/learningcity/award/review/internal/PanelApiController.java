package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.PanelView;
import org.learningcity.award.review.Panels;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.InvalidInputException.FieldError;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The panels API for UIL staff: {@code POST /api/cycles/{id}/panels} forms every panel,
 * {@code GET/PUT /api/nominations/{id}/panel} reads or changes one.
 */
@RestController
@RequestMapping("/api")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class PanelApiController {

	private final Panels panels;

	private final Nominations nominations;

	PanelApiController(Panels panels, Nominations nominations) {
		this.panels = panels;
		this.nominations = nominations;
	}

	@PostMapping("/cycles/{id}/panels")
	List<PanelJson> form(@PathVariable String id) {
		return this.panels.formAll(parse("Cycle", id)).stream().map(PanelJson::of).toList();
	}

	@GetMapping("/nominations/{id}/panel")
	PanelJson panel(@PathVariable String id) {
		return PanelJson.of(this.panels.panel(parse("Nomination", id)));
	}

	@PutMapping("/nominations/{id}/panel")
	PanelJson replace(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long nominationId = parse("Nomination", id);
		List<FieldError> errors = new ArrayList<>();
		List<String> experts = usernames(body, "experts", true, errors);
		List<String> reserves = usernames(body, "reserves", false, errors);
		if (!errors.isEmpty()) {
			this.nominations.get(nominationId);
			throw new InvalidInputException(errors);
		}
		return PanelJson.of(this.panels.replace(nominationId, experts, reserves));
	}

	/** A list of usernames, or of objects with a {@code username}. */
	private static List<String> usernames(JsonNode body, String field, boolean required, List<FieldError> errors) {
		JsonNode list = (body != null) ? body.get(field) : null;
		if (list == null || list.isNull()) {
			if (required) {
				errors.add(new FieldError(field, "A list of expert usernames is required."));
			}
			return List.of();
		}
		if (!list.isArray()) {
			errors.add(new FieldError(field, "A list of expert usernames is expected."));
			return List.of();
		}
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < list.size(); i++) {
			JsonNode item = list.get(i);
			JsonNode username = item.isObject() ? item.get("username") : item;
			if (username == null || !username.isTextual() || username.asText().isBlank()) {
				errors.add(new FieldError(field + "[" + i + "]", "An expert's username is expected."));
			}
			else {
				usernames.add(username.asText());
			}
		}
		return usernames;
	}

	private static long parse(String what, String id) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(what, id);
		}
	}

	/** A panel as API.md has it. */
	record PanelJson(String nominationId, List<MemberJson> experts, List<MemberJson> reserves) {

		static PanelJson of(PanelView panel) {
			return new PanelJson(Long.toString(panel.nominationId()),
					panel.experts().stream().map((m) -> new MemberJson(m.username(), m.countryCode())).toList(),
					panel.reserves().stream().map((m) -> new MemberJson(m.username(), m.countryCode())).toList());
		}

	}

	/** An expert on a panel. */
	record MemberJson(String username, String countryCode) {

	}

}
