package org.learningcity.award.workflow.internal;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.CompletionRetries;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Task completion with retry on collisions: each attempt runs in a new transaction; an
 * attempt that failed on Camunda's {@link OptimisticLockingException}, a Spring
 * {@link ConcurrencyFailureException} (JPA version clash, lock timeout, deadlock) or a
 * database's lock or serialization failure is rolled back and run again after a short,
 * growing, random pause (so that the colliding attempts do not meet again), at most
 * {@code award.tasks.completion.max-attempts} times. Each retry counts in
 * {@value CompletionRetries#RETRIES_METRIC}.
 */
@Component
class RetryingCompletions implements CompletionRetries {

	private static final Logger log = LoggerFactory.getLogger(RetryingCompletions.class);

	/**
	 * SQL states of a lock or serialization failure that a new attempt may not meet:
	 * serialization failure / H2 deadlock (40001), PostgreSQL deadlock (40P01) and lock
	 * not available (55P03), H2 lock timeout (HYT00) and concurrent update (90131).
	 */
	private static final Set<String> COLLISION_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "90131");

	/**
	 * How a module says "someone else changed this at the same moment" when it turned the
	 * engine's optimistic locking into a rule violation (e.g.
	 * {@code review.concurrent-change}).
	 */
	private static final String CONCURRENT_CHANGE = ".concurrent-change";

	private final TransactionTemplate transactions;

	private final MeterRegistry meters;

	private final int maxAttempts;

	private final long backoffMillis;

	RetryingCompletions(PlatformTransactionManager transactionManager, MeterRegistry meters,
			@Value("${award.tasks.completion.max-attempts:6}") int maxAttempts,
			@Value("${award.tasks.completion.backoff-millis:15}") long backoffMillis) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.meters = meters;
		this.maxAttempts = Math.max(1, maxAttempts);
		this.backoffMillis = Math.max(0, backoffMillis);
	}

	@Override
	public <T> T run(Supplier<String> type, Supplier<T> completion) {
		for (int attempt = 1;; attempt++) {
			try {
				return this.transactions.execute((status) -> completion.get());
			}
			catch (RuntimeException ex) {
				if (!isCollision(ex)) {
					throw ex;
				}
				if (attempt >= this.maxAttempts) {
					log.warn("Task completion ({}) still collided after {} attempts: {}", type.get(), attempt,
							ex.toString());
					throw new RuleViolationException("task.concurrent-change",
							"Others acted on this task's process at the same moment. Try again in a moment.");
				}
				retries(type.get()).increment();
				log.debug("Task completion ({}) collided with a concurrent one, attempt {}: {}", type.get(), attempt,
						ex.toString());
				pause(attempt);
			}
		}
	}

	private Counter retries(String type) {
		return Counter.builder(RETRIES_METRIC)
			.description("Task completions run again after colliding with a concurrent one")
			.tag("type", (type != null) ? type : "UNKNOWN")
			.register(this.meters);
	}

	private void pause(int attempt) {
		long ceiling = this.backoffMillis << Math.min(attempt - 1, 5);
		long millis = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
		if (millis <= 0) {
			return;
		}
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RuleViolationException("task.concurrent-change", "Interrupted while trying again.");
		}
	}

	/**
	 * Whether the exception, or one of its causes, is a collision with a concurrent
	 * change.
	 */
	static boolean isCollision(Throwable ex) {
		for (Throwable t = ex; t != null; t = (t.getCause() != t) ? t.getCause() : null) {
			if (t instanceof OptimisticLockingException || t instanceof ConcurrencyFailureException
					|| t instanceof jakarta.persistence.OptimisticLockException
					|| t instanceof jakarta.persistence.PessimisticLockException
					|| t instanceof jakarta.persistence.LockTimeoutException
					|| t instanceof org.hibernate.StaleStateException) {
				return true;
			}
			if (t instanceof RuleViolationException rule && rule.getCode() != null
					&& rule.getCode().endsWith(CONCURRENT_CHANGE) && !"task.concurrent-change".equals(rule.getCode())) {
				return true;
			}
			if (t instanceof SQLException sql) {
				for (SQLException e = sql; e != null; e = e.getNextException()) {
					if (e.getSQLState() != null && COLLISION_STATES.contains(e.getSQLState())) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
