package org.learningcity.award.jury.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.jury.internal.JuryService.Jury;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.support.InvalidInputException;
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
 * The decision and the jury of a cycle. {@code GET /api/cycles/{id}/decision} is public
 * (anonymous too) once the cycle is DECIDED or CLOSED; before, only staff see a recorded
 * decision and everyone else gets 404. The public tally counts the votes on each awardee
 * only (FOR, AGAINST, ABSTAIN, RECUSED) and how many jurors voted; never who voted what
 * nor the counts of the cities not chosen. Staff also read and set the jury
 * ({@code GET|PUT /api/cycles/{id}/jury}) and, like the chair, may finalize through
 * {@code POST /api/cycles/{id}/decision} (the same as completing FINALIZE_DECISION).
 */
@RestController
@RequestMapping("/api/cycles/{id}")
class DecisionApiController {

	private final JuryDecisions decisions;

	private final JuryService jury;

	private final Cycles cycles;

	private final Nominations nominations;

	DecisionApiController(JuryDecisions decisions, JuryService jury, Cycles cycles, Nominations nominations) {
		this.decisions = decisions;
		this.jury = jury;
		this.cycles = cycles;
		this.nominations = nominations;
	}

	@GetMapping("/decision")
	Map<String, Object> decision(@PathVariable long id) {
		Cycle cycle = this.cycles.find(id).orElseThrow(() -> new NotFoundException("Decision of cycle", id));
		boolean staff = Accounts.current().map(CurrentUser::isStaff).orElse(false);
		if (!staff && !this.decisions.isPublic(id)) {
			throw new NotFoundException("Decision of cycle", id);
		}
		Decision decision = this.decisions.of(id).orElseThrow(() -> new NotFoundException("Decision of cycle", id));
		return publicJson(cycle, decision, this.nominations);
	}

	@PostMapping("/decision")
	Map<String, Object> finalizeDecision(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
		JsonNode input = (body != null) ? body : NullNode.getInstance();
		JsonNode statement = input.path("statement");
		Decision decision = this.decisions.finalizeDecision(id, JuryTaskSupport.ids(input.path("awardeeNominationIds")),
				statement.isValueNode() ? statement.asText() : null);
		return publicJson(this.cycles.get(id), decision, this.nominations);
	}

	@GetMapping("/jury")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	Map<String, Object> jury(@PathVariable long id) {
		return juryJson(this.jury.jury(id));
	}

	@PutMapping("/jury")
	@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
	Map<String, Object> chooseJury(@PathVariable long id, @RequestBody(required = false) JsonNode body) {
		JsonNode input = (body != null) ? body : NullNode.getInstance();
		JsonNode jurors = input.path("jurors");
		if (!jurors.isMissingNode() && !jurors.isNull() && !jurors.isArray()) {
			throw new InvalidInputException("jurors", "Send the jurors as an array of usernames.");
		}
		List<String> usernames = new ArrayList<>();
		jurors.forEach(j -> usernames.add(j.asText()));
		JsonNode chair = input.path("chair");
		return juryJson(this.jury.choose(id, usernames, chair.isValueNode() ? chair.asText() : null));
	}

	static Map<String, Object> juryJson(Jury jury) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", Long.toString(jury.cycleId()));
		json.put("jurors", jury.usernames());
		json.put("chair", jury.chair());
		json.put("chosen", jury.chosen());
		json.put("seated", jury.seated());
		json.put("due", jury.seated() ? jury.session().dueAt() : null);
		return json;
	}

	/** The decision as anyone may read it once public: see the class comment. */
	static Map<String, Object> publicJson(Cycle cycle, Decision decision, Nominations nominations) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", Long.toString(cycle.id()));
		json.put("cycleTitle", cycle.settings().title());
		List<Map<String, Object>> awardees = new ArrayList<>();
		for (Long nominationId : decision.awardeeNominationIds()) {
			NominationView n = nominations.get(nominationId);
			Map<String, Object> awardee = new LinkedHashMap<>();
			awardee.put("nominationId", Long.toString(n.id()));
			awardee.put("cityId", Long.toString(n.cityId()));
			awardee.put("cityName", n.cityName());
			awardee.put("countryCode", n.countryCode());
			awardee.put("region", n.region());
			awardees.add(awardee);
		}
		json.put("awardees", awardees);
		json.put("tally", publicTally(decision));
		json.put("statement", decision.statement());
		json.put("decidedAt", decision.decidedAt());
		return json;
	}

	/** Per awardee, its counts; how many jurors sat and voted. No names. */
	static Map<String, Object> publicTally(Decision decision) {
		Tally tally = decision.tally();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("jurors", tally.jurors().size());
		json.put("votesCast", tally.jurors().size() - tally.notVoted().size() - tally.closedUnfinished().size());
		json.put("awardees",
				tally.cities()
					.stream()
					.filter(c -> decision.isAwardee(c.nominationId()))
					.map(JuryViews::cityCounts)
					.toList());
		return json;
	}

}
