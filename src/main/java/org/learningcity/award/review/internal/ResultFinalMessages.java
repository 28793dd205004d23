package org.learningcity.award.review.internal;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.learningcity.award.cycle.CycleProcessNames;
import org.learningcity.award.workflow.ProcessMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Tells the cycle process (message {@code ResultFinal}, business key: the cycle's id)
 * when a review process of its own ends with its result final, so that it checks whether
 * every result of the cycle is final. An engine plugin adds the end listener to the
 * review process as it is deployed, so the process model stays as the review module draws
 * it. A cancelled review sends nothing, nor does a review the cycle process called: its
 * end moves the cycle process on through the call activity, and the cycle checks every
 * result when the last of them ends (the message found nobody waiting, in a transaction
 * of its own, once per review).
 */
@Component
class ResultFinalMessages extends AbstractProcessEnginePlugin {

	private final ObjectProvider<ProcessMessages> messages;

	ResultFinalMessages(ObjectProvider<ProcessMessages> messages) {
		this.messages = messages;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element element, ProcessDefinitionEntity definition) {
				if (ReviewProcess.KEY.equals(definition.getKey())) {
					definition.addListener(ExecutionListener.EVENTNAME_END, resultFinal());
				}
			}
		});
	}

	private ExecutionListener resultFinal() {
		return (execution) -> {
			if (execution.isCanceled() || execution.getSuperExecution() != null) {
				return;
			}
			Object cycleId = execution.getVariable(ReviewProcess.CYCLE_ID);
			if (cycleId == null) {
				return;
			}
			this.messages.getObject().nudgeAfterCommit(cycleId.toString(), CycleProcessNames.MESSAGE_RESULT_FINAL);
		};
	}

}
