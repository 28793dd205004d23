package org.learningcity.award.workflow.internal;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's history keeps every process, activity, task and variable instance — each
 * variable with its last value — but no detail row per value a variable took.
 */
@SpringBootTest
@ActiveProfiles("test")
class VariableHistoryWithoutDetailsTests {

	static final String PROCESS = "VariableHistoryTest";

	@Autowired
	RepositoryService repository;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService taskService;

	@Autowired
	HistoryService history;

	String deployment;

	@BeforeEach
	void deploy() {
		this.deployment = this.repository.createDeployment()
			.addModelInstance(PROCESS + ".bpmn",
					Bpmn.createExecutableProcess(PROCESS)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.userTask("Task_Decide")
						.endEvent()
						.done())
			.deploy()
			.getId();
	}

	@AfterEach
	void undeploy() {
		this.repository.deleteDeployment(this.deployment, true, true);
	}

	@Test
	void variablesKeepTheirLastValueInTheHistoryWithoutADetailPerValue() {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS, Map.of("decision", "PENDING"));
		this.runtime.setVariable(instance.getId(), "decision", "EXTEND");
		String task = this.taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
		this.taskService.complete(task, Map.of("decision", "REASSIGN"));

		HistoricVariableInstance decision = this.history.createHistoricVariableInstanceQuery()
			.processInstanceId(instance.getId())
			.variableName("decision")
			.singleResult();
		assertThat(decision.getValue()).isEqualTo("REASSIGN");
		assertThat(this.history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
		assertThat(this.history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).count())
			.isEqualTo(3);
		assertThat(this.history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).count())
			.isEqualTo(1);
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(instance.getId())
			.finished()
			.count()).isEqualTo(1);
	}

}
