package org.learningcity.award.nomination.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.nomination.ApplicationView;
import org.learningcity.award.nomination.AttachmentView;
import org.learningcity.award.nomination.MissingPart;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's application in the API: start it in a cycle, save the draft, attach PDFs,
 * submit; read it (the city, its National Commission, UIL staff). Refusals are problem
 * details: 422 with the fields, 409 for a rule, 404 for what is unknown or foreign.
 */
@RestController
class ApplicationApiController {

	private final ApplicationService applications;

	private final Cycles cycles;

	private final NominationMessages messages;

	ApplicationApiController(ApplicationService applications, Cycles cycles, NominationMessages messages) {
		this.applications = applications;
		this.cycles = cycles;
		this.messages = messages;
	}

	/**
	 * Starts the city's application; {@code cityId} may be left out by a city's
	 * coordinator.
	 */
	@PostMapping("/api/cycles/{cycleId}/applications")
	@PreAuthorize("hasAnyRole('CITY','UIL_STAFF','ADMIN')")
	ResponseEntity<ApplicationView> start(@PathVariable String cycleId,
			@RequestBody(required = false) Map<String, Object> body) {
		long cycle = parse(cycleId, "Award cycle");
		this.cycles.get(cycle);
		Object city = (body != null) ? body.get("cityId") : null;
		long cityId;
		if (city == null) {
			CurrentUser user = Accounts.current().orElse(null);
			if (user == null || user.cityId() == null) {
				throw new InvalidInputException("cityId", this.messages.text("nomination.error.cityId"));
			}
			cityId = user.cityId();
		}
		else {
			cityId = parse(city.toString(), "City");
		}
		ApplicationView started = this.applications.start(cycle, cityId);
		return ResponseEntity.created(URI.create("/api/applications/" + started.id())).body(started);
	}

	@GetMapping("/api/applications")
	@PreAuthorize("hasAnyRole('CITY','NATCOM','UIL_STAFF','ADMIN')")
	List<ApplicationView> inCycle(@RequestParam("cycle") String cycleId) {
		long cycle = parse(cycleId, "Award cycle");
		this.cycles.get(cycle);
		return this.applications.inCycle(cycle);
	}

	@GetMapping("/api/applications/{id}")
	ApplicationJson one(@PathVariable String id) {
		return full(parse(id, "Application"));
	}

	@GetMapping("/api/applications/{id}/missing")
	List<MissingPart> missing(@PathVariable String id) {
		return this.applications.missingParts(parse(id, "Application"));
	}

	/**
	 * Saves the draft: each section present replaces the stored one, an absent section is
	 * kept. All or nothing: any invalid field and nothing is stored (422 listing them
	 * all).
	 */
	@PutMapping("/api/applications/{id}")
	@PreAuthorize("hasRole('CITY')")
	ApplicationJson save(@PathVariable String id, @RequestBody ApplicationInput input) {
		long applicationId = parse(id, "Application");
		this.applications.requireEditable(applicationId);
		ApplicationInput.Read read = input.read(this.applications.content(applicationId));
		if (!read.problems().isEmpty()) {
			List<InvalidInputException.FieldError> errors = new ArrayList<>(
					read.problems().stream().map(this.messages::error).toList());
			errors.addAll(this.applications.problems(read.content()));
			throw new InvalidInputException(errors);
		}
		this.applications.saveDraft(applicationId, read.content());
		return full(applicationId);
	}

	@PostMapping("/api/applications/{id}/submit")
	@PreAuthorize("hasRole('CITY')")
	ApplicationView submit(@PathVariable String id) {
		return this.applications.submit(parse(id, "Application"));
	}

	@GetMapping("/api/applications/{id}/attachments")
	List<AttachmentView> attachments(@PathVariable String id) {
		return this.applications.attachments(parse(id, "Application"));
	}

	@PostMapping(path = "/api/applications/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasRole('CITY')")
	ResponseEntity<AttachmentView> attach(@PathVariable String id,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		long applicationId = parse(id, "Application");
		if (file == null || file.isEmpty()) {
			this.applications.requireEditable(applicationId);
			throw new InvalidInputException("file", this.messages.text("nomination.error.file.empty"));
		}
		AttachmentView attached = this.applications.attach(applicationId, file.getOriginalFilename(), file.getBytes());
		return ResponseEntity
			.created(URI.create("/api/applications/" + applicationId + "/attachments/" + attached.id()))
			.body(attached);
	}

	@GetMapping("/api/applications/{id}/attachments/{attachmentId}")
	@PreAuthorize("isAuthenticated()")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String attachmentId) {
		return pdf(this.applications.download(parse(id, "Application"), parse(attachmentId, "Attachment")));
	}

	@DeleteMapping("/api/applications/{id}/attachments/{attachmentId}")
	@PreAuthorize("hasRole('CITY')")
	ResponseEntity<Void> detach(@PathVariable String id, @PathVariable String attachmentId) {
		this.applications.detach(parse(id, "Application"), parse(attachmentId, "Attachment"));
		return ResponseEntity.noContent().build();
	}

	private ApplicationJson full(long id) {
		return ApplicationJson.of(this.applications.get(id), this.applications.content(id),
				this.applications.attachments(id), this.applications.missingParts(id));
	}

	/** The PDF as a download, never shown inline, under its sanitized name. */
	static ResponseEntity<byte[]> pdf(ApplicationService.Download download) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(download.content());
	}

	/** Ids are opaque: one that cannot be an object's is simply not found. */
	static long parse(String id, String what) {
		try {
			return Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException(what, id);
		}
	}

}
