package org.learningcity.award.shortlist.internal;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.learningcity.award.shortlist.ConfirmedShortlist;
import org.learningcity.award.shortlist.RankedNomination;
import org.learningcity.award.shortlist.Suggestion;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * UIL staff's shortlisting API: the ranking, the suggested shortlist with its reasons,
 * the latest confirmed shortlist, and the confirmation (the API twin of the shortlist
 * page; the {@code CONFIRM_SHORTLIST} task completes through
 * {@code /api/tasks/{id}/complete} with the same body).
 */
@RestController
@RequestMapping("/api/cycles/{id}")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class ShortlistApiController {

	private final ShortlistService shortlists;

	ShortlistApiController(ShortlistService shortlists) {
		this.shortlists = shortlists;
	}

	@GetMapping("/ranking")
	List<RankedNomination> ranking(@PathVariable String id) {
		return this.shortlists.ranking(ShortlistInput.cycleId(id));
	}

	@GetMapping("/shortlist/suggestion")
	Suggestion suggestion(@PathVariable String id) {
		return this.shortlists.suggestion(ShortlistInput.cycleId(id));
	}

	@GetMapping("/shortlist")
	ConfirmedShortlist confirmed(@PathVariable String id) {
		long cycleId = ShortlistInput.cycleId(id);
		return this.shortlists.confirmed(cycleId).orElseThrow(() -> new NotFoundException("Shortlist", cycleId));
	}

	@PostMapping("/shortlist")
	ConfirmedShortlist confirm(@PathVariable String id, @RequestBody(required = false) JsonNode body) {
		long cycleId = ShortlistInput.cycleId(id);
		this.shortlists.requireCycle(cycleId);
		ShortlistInput input = ShortlistInput.of((body != null) ? body : NullNode.getInstance());
		return this.shortlists.confirm(cycleId, input.nominationIds(), input.rationale());
	}

}
