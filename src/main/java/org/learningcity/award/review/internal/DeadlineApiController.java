package org.learningcity.award.review.internal;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/nominations/{id}/reviews/{username}/extend {extendBy: "P7D"}}: staff
 * extend a running review's deadline by that much (before it is overdue too); answers the
 * review with its new {@code dueAt}. 404 without such a review, 409 if the expert is not
 * scoring now, 422 ({@code extendBy}) without a positive ISO-8601 duration.
 */
@RestController
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class DeadlineApiController {

	private final DeadlineService deadlines;

	DeadlineApiController(DeadlineService deadlines) {
		this.deadlines = deadlines;
	}

	@PostMapping("/api/nominations/{id}/reviews/{username}/extend")
	ReviewTaskSupport.ReviewJson extend(@PathVariable String id, @PathVariable String username,
			@RequestBody(required = false) JsonNode body) {
		JsonNode extendBy = (body != null) ? body.path("extendBy") : null;
		return ReviewTaskSupport.ReviewJson.of(this.deadlines.extend(DeadlineController.nomination(id), username,
				(extendBy != null && extendBy.isTextual()) ? extendBy.asText() : null));
	}

}
