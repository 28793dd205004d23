package org.learningcity.award.nomination.internal;

import java.util.List;

import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/nominations} for UIL staff: a cycle's nominations, one nomination, and the
 * eligibility decision where the rules could not decide ({@code POST
 * /api/nominations/{id}/eligibility {eligible, reason}}). Jurors read the nominations
 * before the jury (SHORTLISTED or AWARDED) only: any other does not exist for them (404).
 */
@RestController
@RequestMapping("/api/nominations")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN','JURY')")
class NominationApiController {

	private final Nominations nominations;

	NominationApiController(Nominations nominations) {
		this.nominations = nominations;
	}

	@GetMapping
	List<NominationView> inCycle(@RequestParam String cycle) {
		List<NominationView> all = this.nominations.inCycle(NominationIds.parse("Award cycle", cycle));
		return staff() ? all : all.stream().filter((n) -> n.status().isBeforeTheJury()).toList();
	}

	@GetMapping("/{id}")
	NominationView one(@PathVariable String id) {
		NominationView nomination = this.nominations.get(NominationIds.parse("Nomination", id));
		if (!staff() && !nomination.status().isBeforeTheJury()) {
			throw new NotFoundException("Nomination", id);
		}
		return nomination;
	}

	private static boolean staff() {
		return Accounts.current().map(CurrentUser::isStaff).orElse(false);
	}

	@PostMapping("/{id}/eligibility")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	NominationView decideEligibility(@PathVariable String id, @RequestBody(required = false) Eligibility body) {
		long nominationId = NominationIds.parse("Nomination", id);
		this.nominations.get(nominationId);
		if (body == null || body.eligible() == null) {
			throw new InvalidInputException("eligible", "Say whether the nomination is eligible: true or false.");
		}
		return this.nominations.decideEligibility(nominationId, body.eligible(), body.reason());
	}

	/** A staff member's eligibility decision. */
	record Eligibility(Boolean eligible, String reason) {
	}

}
