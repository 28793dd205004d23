package org.learningcity.award.shortlist.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.OpenTask;
import org.learningcity.award.workflow.TaskCompletion;
import org.learningcity.award.workflow.TaskTypeSupport;
import org.springframework.stereotype.Component;

/**
 * The cycle process's {@code CONFIRM_SHORTLIST} task in the inbox and in
 * {@code /api/tasks/{id}/complete} ({@code {nominationIds: [...], rationale}}): staff
 * confirm the cycle's shortlist on its shortlist page or through the API.
 */
@Component
class ShortlistTaskSupport implements TaskTypeSupport, TaskCompletion {

	static final String CONFIRM_SHORTLIST = OpenTask.typeOf(ShortlistService.TASK_CONFIRM_SHORTLIST);

	private final ShortlistService shortlists;

	ShortlistTaskSupport(ShortlistService shortlists) {
		this.shortlists = shortlists;
	}

	@Override
	public boolean supports(String type) {
		return CONFIRM_SHORTLIST.equals(type);
	}

	@Override
	public String link(OpenTask task) {
		Long cycleId = this.shortlists.cycleOf(task.processInstanceId());
		return (cycleId != null) ? ShortlistPageController.shortlistPage(cycleId) : "/tasks/" + task.id();
	}

	@Override
	public Map<String, Object> details(OpenTask task) {
		Map<String, Object> details = new LinkedHashMap<>();
		Long cycleId = this.shortlists.cycleOf(task.processInstanceId());
		if (cycleId != null) {
			details.put("cycleId", Long.toString(cycleId));
			details.put("suggestion", this.shortlists.suggestion(cycleId));
		}
		return details;
	}

	@Override
	public boolean completes(String type) {
		return CONFIRM_SHORTLIST.equals(type);
	}

	@Override
	public Object draft(OpenTask task, JsonNode body) {
		throw new RuleViolationException("shortlist.no-draft", "A task of type " + task.type() + " has no draft.");
	}

	@Override
	public Object complete(OpenTask task, JsonNode body) {
		Long cycleId = this.shortlists.cycleOf(task.processInstanceId());
		if (cycleId == null) {
			throw new RuleViolationException("shortlist.no-cycle", "This task is not about a cycle.");
		}
		ShortlistInput input = ShortlistInput.of(body);
		return this.shortlists.confirm(cycleId, input.nominationIds(), input.rationale(), task.id());
	}

}
