package org.learningcity.award.workflow.internal;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The engine keeps its full history (history level {@code full}: process, activity, task
 * and variable instances, identity links, incidents, job and user-operation logs,
 * decisions) except one record: the detail row ({@code ACT_HI_DETAIL}) written for every
 * value a variable ever takes. Each variable's history instance ({@code ACT_HI_VARINST})
 * still holds its last value.
 *
 * <p>
 * Nothing here reads those details: who scored what and every decision are in the
 * application's own audit trail, and the variables hold ids, usernames and durations.
 * They were a third of the rows written for each review started (a 3,000-city cycle
 * opened: 57,000 detail rows). The history level stored in the database stays
 * {@code full}, so a database written before needs nothing done.
 */
@Component
class VariableHistoryWithoutDetails extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		// the engine's own handler is replaced by the one below, not run beside it
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		if (configuration.getCustomHistoryEventHandlers() == null) {
			configuration.setCustomHistoryEventHandlers(new ArrayList<>());
		}
		configuration.getCustomHistoryEventHandlers().add(0, new Handler());
	}

	/** The engine's database history handler, without the variable details. */
	static final class Handler extends DbHistoryEventHandler {

		@Override
		protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
			return false;
		}

	}

}
