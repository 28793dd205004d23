package org.learningcity.award.workflow;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a message to the instances of a process that wait for it, after the current
 * transaction commits and in a transaction of its own. For messages that only nudge a
 * waiting process to check again (its timer re-checks anyway): no instance waiting is
 * fine, and a failure (two nudges at once on the same instance) is logged, never undoes
 * the change that sent it.
 */
@Component
public class ProcessMessages {

	private static final Log logger = LogFactory.getLog(ProcessMessages.class);

	private final RuntimeService runtime;

	private final TransactionTemplate separately;

	ProcessMessages(RuntimeService runtime, PlatformTransactionManager transactions) {
		this.runtime = runtime;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Correlates the message to every process instance with this business key that waits
	 * for it, once the current transaction has committed (at once without one). Message
	 * names are unique to one process, so that the business key is enough.
	 */
	public void nudgeAfterCommit(String businessKey, String message) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					nudge(businessKey, message);
				}
			});
		}
		else {
			nudge(businessKey, message);
		}
	}

	private void nudge(String businessKey, String message) {
		try {
			this.separately.executeWithoutResult((status) -> this.runtime.createMessageCorrelation(message)
				.processInstanceBusinessKey(businessKey)
				.correlateAllWithResult());
		}
		catch (RuntimeException ex) {
			logger.info("Message " + message + " to the process of " + businessKey
					+ " not delivered; the process checks again by its timer: " + ex.getMessage());
		}
	}

}
