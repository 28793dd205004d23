package org.learningcity.award.jury.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.RuntimeService;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.identity.Accounts;
import org.learningcity.award.identity.CurrentUser;
import org.learningcity.award.jury.Decision;
import org.learningcity.award.jury.internal.JuryService.BallotView;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.NotFoundException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/**
 * The jury process's tasks in the inbox and in {@code /api/tasks/{id}/draft|complete}:
 * {@code JURY_VOTE} (the juror's own ballot: the shortlisted cities with their dossier,
 * consensus scores, overall score and alpha; a juror never sees another juror's votes)
 * and {@code FINALIZE_DECISION} (the tally with the ties and who has not voted, and the
 * cycle's limits).
 */
@Component
class JuryTaskSupport implements TaskTypeSupport, TaskCompletion {

	static final String JURY_VOTE = OpenTask.typeOf(JuryProcess.TASK_JURY_VOTE);

	static final String FINALIZE_DECISION = OpenTask.typeOf(JuryProcess.TASK_FINALIZE_DECISION);

	private final JuryService jury;

	private final JuryDecisions decisions;

	private final JuryViews views;

	private final Cycles cycles;

	private final RuntimeService runtime;

	JuryTaskSupport(JuryService jury, JuryDecisions decisions, JuryViews views, Cycles cycles, RuntimeService runtime) {
		this.jury = jury;
		this.decisions = decisions;
		this.views = views;
		this.cycles = cycles;
		this.runtime = runtime;
	}

	@Override
	public boolean supports(String type) {
		return JURY_VOTE.equals(type) || FINALIZE_DECISION.equals(type);
	}

	@Override
	public boolean completes(String type) {
		return supports(type);
	}

	@Override
	public String link(OpenTask task) {
		if (JURY_VOTE.equals(task.type())) {
			return JuryLinks.votePage(task.id());
		}
		return JuryLinks.finalizePage(cycleId(task));
	}

	@Override
	public Map<String, Object> details(OpenTask task) {
		long cycleId = cycleId(task);
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("cycleId", Long.toString(cycleId));
		details.put("cycleTitle", this.cycles.get(cycleId).settings().title());
		if (JURY_VOTE.equals(task.type())) {
			BallotView ballot = this.jury.ballot(cycleId, juror(task));
			details.put("status", ballot.status());
			details.put("due", ballot.due());
			details.put("comment", ballot.comment());
			details.put("cities", this.views.cities(ballot));
		}
		else {
			details.put("tally", JuryViews.tally(this.jury.tally(cycleId)));
			details.put("limits", JuryViews.limits(this.cycles.settings(cycleId)));
		}
		return details;
	}

	@Override
	public Object draft(OpenTask task, JsonNode body) {
		if (JURY_VOTE.equals(task.type())) {
			long cycleId = cycleId(task);
			BallotView ballot = this.jury.saveDraft(cycleId, juror(task), votes(body), text(body.path("comment")));
			return ballotJson(ballot);
		}
		throw new RuleViolationException("jury.no-draft", "A task of type " + task.type() + " has no draft.");
	}

	@Override
	public Object complete(OpenTask task, JsonNode body) {
		long cycleId = cycleId(task);
		if (JURY_VOTE.equals(task.type())) {
			return ballotJson(this.jury.cast(cycleId, juror(task), votes(body), text(body.path("comment"))));
		}
		Decision decision = this.decisions.finalizeDecision(cycleId, ids(body.path("awardeeNominationIds")),
				text(body.path("statement")));
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", Long.toString(cycleId));
		json.put("awardeeNominationIds", decision.awardeeNominationIds().stream().map(String::valueOf).toList());
		json.put("statement", decision.statement());
		json.put("decidedBy", decision.decidedBy());
		json.put("decidedAt", decision.decidedAt());
		return json;
	}

	private Map<String, Object> ballotJson(BallotView ballot) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("cycleId", Long.toString(ballot.cycleId()));
		json.put("juror", ballot.juror());
		json.put("status", ballot.status());
		json.put("comment", ballot.comment());
		json.put("castAt", ballot.castAt());
		Map<String, String> votes = new LinkedHashMap<>();
		ballot.lines()
			.forEach(l -> votes.put(Long.toString(l.nomination().id()), (l.vote() != null) ? l.vote().name() : null));
		json.put("votes", votes);
		return json;
	}

	long cycleId(OpenTask task) {
		Object value = this.runtime.getVariable(task.processInstanceId(), JuryProcess.CYCLE_ID);
		if (value instanceof Number number) {
			return number.longValue();
		}
		throw new NotFoundException("Task", task.id());
	}

	/** The juror who holds the task: the caller, who must be its assignee. */
	static String juror(OpenTask task) {
		String caller = Accounts.current().map(CurrentUser::username).orElse(null);
		if (caller == null || !caller.equals(task.assignee())) {
			throw new NotFoundException("Task", task.id());
		}
		return caller;
	}

	/** {@code {votes: {"<nominationId>": "FOR"}}}. */
	static Map<String, String> votes(JsonNode body) {
		JsonNode votes = body.path("votes");
		if (votes.isMissingNode() || votes.isNull()) {
			return Map.of();
		}
		if (!votes.isObject()) {
			throw new InvalidInputException("votes",
					"Send the votes as an object: {\"<nominationId>\": \"FOR\" | \"AGAINST\" | \"ABSTAIN\" | \"RECUSED\"}.");
		}
		Map<String, String> result = new LinkedHashMap<>();
		Iterator<Map.Entry<String, JsonNode>> fields = votes.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> entry = fields.next();
			result.put(entry.getKey(), text(entry.getValue()));
		}
		return result;
	}

	static List<String> ids(JsonNode node) {
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			throw new InvalidInputException("awardeeNominationIds", "Send the awardees as an array of nomination ids.");
		}
		List<String> ids = new ArrayList<>();
		node.forEach(n -> ids.add(n.asText()));
		return ids;
	}

	private static String text(JsonNode node) {
		if (node == null || node.isMissingNode() || node.isNull()) {
			return null;
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

}
