package org.learningcity.award.nomination.internal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An application's attachment as a download, for whoever may read the application: its
 * city, its National Commission, UIL staff, and the readers other modules name (the
 * experts who accepted to review it); 404 for anyone else. Apart from the application
 * pages, which only cities, National Commissions and staff open.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class AttachmentPageController {

	private final ApplicationService applications;

	AttachmentPageController(ApplicationService applications) {
		this.applications = applications;
	}

	@GetMapping("/applications/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId) {
		return ApplicationApiController
			.pdf(this.applications.download(ApplicationApiController.parse(id, "Application"),
					ApplicationApiController.parse(attachmentId, "Attachment")));
	}

}
