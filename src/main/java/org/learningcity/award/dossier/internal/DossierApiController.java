package org.learningcity.award.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.learningcity.award.dossier.internal.Downloads.Kind;
import org.learningcity.award.nomination.NominationView;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/nominations/{id}/dossier.pdf}: the dossier page as a PDF, rendered from
 * the same template, for UIL staff and, while the nomination is before the jury, for
 * jurors (404 otherwise).
 */
@RestController
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
class DossierApiController {

	static final String PRINT = "dossier/dossier-print";

	private final DossierAccess access;

	private final DossierService dossiers;

	private final PdfRenderer renderer;

	private final Clock clock;

	DossierApiController(DossierAccess access, DossierService dossiers, PdfRenderer renderer, Clock clock) {
		this.access = access;
		this.dossiers = dossiers;
		this.renderer = renderer;
		this.clock = clock;
	}

	@GetMapping("/api/nominations/{id}/dossier.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String id, Locale locale) {
		NominationView nomination = this.access.readableNomination(Ids.parse(id, "Nomination"));
		Dossier dossier = this.dossiers.dossier(nomination, locale);
		byte[] pdf = this.renderer.pdf(PRINT,
				Map.of("dossier", dossier, "generatedAt", LocalDate.now(this.clock).toString()), locale);
		return Downloads.of(Kind.PDF, "dossier-" + Downloads.slug(nomination.cityName()) + "-" + nomination.id(), pdf);
	}

}
