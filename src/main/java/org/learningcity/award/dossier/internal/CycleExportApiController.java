package org.learningcity.award.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.learningcity.award.consensus.Consensus;
import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.dossier.internal.Downloads.Kind;
import org.learningcity.award.identity.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The cycle's exports: {@code GET /api/cycles/{id}/export.csv} (UIL staff every
 * nomination with the experts' accounts; jurors only the nominations before the jury,
 * anonymised; {@code ?bom=true} starts the file with a UTF-8 byte order mark for
 * spreadsheet programs) and {@code GET /api/cycles/{id}/report.pdf} (UIL staff).
 */
@RestController
class CycleExportApiController {

	static final String REPORT = "dossier/report-print";

	private final DossierAccess access;

	private final CycleScores scores;

	private final CycleReportService reports;

	private final PdfRenderer renderer;

	private final Clock clock;

	CycleExportApiController(DossierAccess access, CycleScores scores, CycleReportService reports, PdfRenderer renderer,
			Clock clock) {
		this.access = access;
		this.scores = scores;
		this.reports = reports;
		this.renderer = renderer;
		this.clock = clock;
	}

	@GetMapping("/api/cycles/{id}/export.csv")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
	ResponseEntity<byte[]> csv(@PathVariable String id, @RequestParam(defaultValue = "false") boolean bom) {
		CurrentUser user = this.access.reader();
		long cycleId = Ids.parse(id, "Cycle");
		List<NominationScores> rows = this.scores.of(cycleId, DossierAccess.rowFilter(user));
		CycleCsv csv = CycleCsv.forRows(this.scores.measurementCodes(), rows, DossierAccess.seesExperts(user));
		return Downloads.of(Kind.CSV, "cycle-" + cycleId, csv.bytes(rows, bom));
	}

	@GetMapping("/api/cycles/{id}/report.pdf")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	ResponseEntity<byte[]> report(@PathVariable String id, Locale locale) {
		long cycleId = Ids.parse(id, "Cycle");
		CycleReport report = this.reports.report(cycleId);
		Cycle cycle = report.cycle();
		byte[] pdf = this.renderer.pdf(REPORT, Map.of("report", report, "blocks", Consensus.BUILDING_BLOCKS,
				"generatedAt", LocalDate.now(this.clock).toString()), locale);
		return Downloads.of(Kind.PDF, "cycle-report-" + cycle.id(), pdf);
	}

}
