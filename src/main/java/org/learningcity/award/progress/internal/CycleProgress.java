package org.learningcity.award.progress.internal;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.Panels;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress of a cycle, for the fragment on the cycle's page (UIL staff only): the
 * stages where the cycle process waits, and the stage of each nomination.
 */
@Component("cycleProgress")
public class CycleProgress {

	static final String NOMINATION_PROCESS = "NominationProcess";

	static final String REVIEW_PROCESS = "ReviewProcess";

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final TaskService taskService;

	private final HistoryService history;

	private final Nominations nominations;

	private final Panels panels;

	CycleProgress(RuntimeService runtime, RepositoryService repository, TaskService taskService, HistoryService history,
			Nominations nominations, Panels panels) {
		this.runtime = runtime;
		this.repository = repository;
		this.taskService = taskService;
		this.history = history;
		this.nominations = nominations;
		this.panels = panels;
	}

	/** The cycle's progress now. */
	@Transactional(readOnly = true)
	public Progress of(long cycleId) {
		ProcessInstance instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CycleProcessNames.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.singleResult();
		List<Step> steps = (instance != null) ? steps(instance) : List.of();
		boolean ended = instance == null && this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(CycleProcessNames.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.finished()
			.count() > 0;
		List<Row> rows = this.nominations.inCycle(cycleId).stream().map(this::row).toList();
		return new Progress((instance != null) ? instance.getId() : null, ended, steps, rows);
	}

	private List<Step> steps(ProcessInstance instance) {
		var model = this.repository.getBpmnModelInstance(instance.getProcessDefinitionId());
		return this.runtime.getActiveActivityIds(instance.getId())
			.stream()
			.map((id) -> id.replace("#multiInstanceBody", ""))
			.distinct()
			.map((id) -> {
				FlowElement element = model.getModelElementById(id);
				return new Step(id, (element != null && element.getName() != null) ? element.getName() : id);
			})
			.toList();
	}

	private Row row(NominationView nomination) {
		return new Row(nomination.id(), nomination.cityName(), nomination.countryCode(), nomination.status().name(),
				stage(nomination));
	}

	/** The nomination's stage (a message key's last part). */
	Stage stage(NominationView nomination) {
		NominationStatus status = nomination.status();
		if (status == NominationStatus.NOMINATED) {
			boolean withStaff = this.taskService.createTaskQuery()
				.processDefinitionKey(NOMINATION_PROCESS)
				.processInstanceBusinessKey(Long.toString(nomination.applicationId()))
				.taskDefinitionKey("Task_EligibilityCheck")
				.count() > 0;
			return withStaff ? Stage.ELIGIBILITY : Stage.NOMINATED;
		}
		if (status == NominationStatus.INELIGIBLE) {
			return Stage.INELIGIBLE;
		}
		String key = Long.toString(nomination.id());
		if (this.history.createHistoricProcessInstanceQuery()
			.processDefinitionKey(REVIEW_PROCESS)
			.processInstanceBusinessKey(key)
			.completed()
			.count() > 0) {
			return Stage.RESULT_FINAL;
		}
		Set<String> open = Set.copyOf(this.taskService.createTaskQuery()
			.processDefinitionKey(REVIEW_PROCESS)
			.processInstanceBusinessKey(key)
			.list()
			.stream()
			.map((task) -> task.getTaskDefinitionKey())
			.toList());
		if (open.contains("Task_ResolveDivergence")) {
			return Stage.RESOLUTION;
		}
		if (open.contains("Task_ModerateScores")) {
			return Stage.MODERATION;
		}
		if (open.contains("Task_ScoreReport") || open.contains("Task_HandleOverdueReview")) {
			return Stage.SCORING;
		}
		if (open.contains("Task_AnswerInvitation")) {
			return Stage.INVITATION;
		}
		return this.panels.find(nomination.id()).isPresent() ? Stage.REVIEW : Stage.PANEL;
	}

	/** How far a nomination got. */
	public enum Stage {

		/** Nominated; the eligibility rules are being applied. */
		NOMINATED,
		/** A staff member decides the eligibility. */
		ELIGIBILITY,
		/** Not eligible: final. */
		INELIGIBLE,
		/** Eligible, waiting for its panel. */
		PANEL,
		/** Its panel is formed; the review is starting. */
		REVIEW,
		/** Experts answer their invitations. */
		INVITATION,
		/** Experts score the report. */
		SCORING,
		/** The panel moderates divergent scores. */
		MODERATION,
		/** Staff resolve a lasting divergence. */
		RESOLUTION,
		/** The review ended: the result is final. */
		RESULT_FINAL

	}

	/** One stage where the cycle process waits: the element's id and its BPMN name. */
	public record Step(String id, String name) {
	}

	/** One nomination's line. */
	public record Row(long nominationId, String cityName, String countryCode, String status, Stage stage) {
	}

	/**
	 * A cycle's progress.
	 *
	 * @param processInstanceId the cycle process's instance, {@code null} if none runs
	 * @param ended whether the cycle process has ended
	 * @param steps where the cycle process waits
	 * @param nominations each nomination's stage
	 */
	public record Progress(String processInstanceId, boolean ended, List<Step> steps, List<Row> nominations) {
	}

}
