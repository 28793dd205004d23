package org.learningcity.award.nomination.internal;

import java.net.URI;

import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.NominationView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A National Commission's decisions on its country's submitted applications: {@code POST
 * /api/applications/{id}/nominate {endorsement}}, {@code /return {comment}},
 * {@code /decline {comment}}. Another country's application is not found (404); past the
 * quota, after the deadline or in the wrong state: 409.
 */
@RestController
@PreAuthorize("hasRole('NATCOM')")
class NationalCommissionApiController {

	private final NationalCommissionService service;

	NationalCommissionApiController(NationalCommissionService service) {
		this.service = service;
	}

	@PostMapping("/api/applications/{id}/nominate")
	ResponseEntity<NominationView> nominate(@PathVariable String id, @RequestBody(required = false) Nominate body) {
		NominationView nomination = this.service.nominate(NominationIds.parse("Application", id),
				(body != null) ? body.endorsement() : null);
		return ResponseEntity.created(URI.create("/api/nominations/" + nomination.id())).body(nomination);
	}

	@PostMapping("/api/applications/{id}/return")
	ApplicationView returnForRevision(@PathVariable String id, @RequestBody(required = false) Comment body) {
		return this.service.returnForRevision(NominationIds.parse("Application", id),
				(body != null) ? body.comment() : null);
	}

	@PostMapping("/api/applications/{id}/decline")
	ApplicationView decline(@PathVariable String id, @RequestBody(required = false) Comment body) {
		return this.service.decline(NominationIds.parse("Application", id), (body != null) ? body.comment() : null);
	}

	/** The body of a nomination. */
	record Nominate(String endorsement) {
	}

	/** The body of a return or a decline. */
	record Comment(String comment) {
	}

}
