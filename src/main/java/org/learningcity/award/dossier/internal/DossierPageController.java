package org.learningcity.award.dossier.internal;

import java.util.Locale;

import org.learningcity.award.nomination.NominationView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The dossier page of a nomination ({@code /nominations/{id}/dossier}) for UIL staff and,
 * while the nomination is before the jury, for jurors; with a link to its PDF.
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
class DossierPageController {

	static final String PAGE = "dossier/dossier";

	private final DossierAccess access;

	private final DossierService dossiers;

	DossierPageController(DossierAccess access, DossierService dossiers) {
		this.access = access;
		this.dossiers = dossiers;
	}

	@GetMapping("/nominations/{id}/dossier")
	String dossier(@PathVariable String id, Model model, Locale locale) {
		NominationView nomination = this.access.readableNomination(Ids.parse(id, "Nomination"));
		model.addAttribute("dossier", this.dossiers.dossier(nomination, locale));
		model.addAttribute("staff", DossierAccess.seesExperts(this.access.reader()));
		return PAGE;
	}

}
