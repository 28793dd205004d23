package org.learningcity.award.workflow.internal;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.support.RuleViolationException;
import org.learningcity.award.workflow.CompletionRetries;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A task completion that collides with a concurrent one runs again in a new transaction,
 * a bounded number of times, and each retry is counted; any other failure passes through
 * at once.
 */
class RetryingCompletionsTests {

	final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	final CountingTransactions transactions = new CountingTransactions();

	final RetryingCompletions retries = new RetryingCompletions(this.transactions, this.meters, 4, 0);

	@Test
	void aCompletionThatCollidedTwiceSucceedsOnTheThirdAttemptInItsOwnTransaction() {
		AtomicInteger attempts = new AtomicInteger();
		String outcome = this.retries.run("SCORE_REPORT", () -> {
			if (attempts.incrementAndGet() < 3) {
				throw new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE ExecutionEntity' failed");
			}
			return "done";
		});
		assertThat(outcome).isEqualTo("done");
		assertThat(attempts).hasValue(3);
		assertThat(this.transactions.begun).hasValue(3);
		assertThat(this.transactions.rolledBack).hasValue(2);
		assertThat(this.transactions.committed).hasValue(1);
		assertThat(this.meters.get(CompletionRetries.RETRIES_METRIC).tag("type", "SCORE_REPORT").counter().count())
			.isEqualTo(2);
	}

	@Test
	void databaseLockFailuresAndAModulesConcurrentChangeAreCollisionsToo() {
		assertThat(RetryingCompletions.isCollision(new ProcessEngineException("wrapped",
				new OptimisticLockingException("Entity was updated by another transaction concurrently"))))
			.isTrue();
		assertThat(RetryingCompletions.isCollision(new CannotAcquireLockException("lock timeout"))).isTrue();
		assertThat(RetryingCompletions.isCollision(new ObjectOptimisticLockingFailureException("Review", 7L))).isTrue();
		assertThat(RetryingCompletions
			.isCollision(new ProcessEngineException("flush", new SQLException("deadlock detected", "40P01")))).isTrue();
		assertThat(RetryingCompletions.isCollision(new RuntimeException(new SQLException("Timeout", "HYT00"))))
			.isTrue();
		assertThat(RetryingCompletions
			.isCollision(new RuleViolationException("review.concurrent-change", "Someone else acted."))).isTrue();
		assertThat(RetryingCompletions.isCollision(new RuleViolationException("review.not-waiting", "No."))).isFalse();
		assertThat(RetryingCompletions.isCollision(new RuntimeException(new SQLException("syntax", "42000"))))
			.isFalse();
	}

	@Test
	void otherFailuresPassThroughAtOnce() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> this.retries.run("SCORE_REPORT", () -> {
			attempts.incrementAndGet();
			throw new InvalidInputException("scores", "A score is 1 to 5.");
		})).isInstanceOf(InvalidInputException.class);
		assertThat(attempts).hasValue(1);
		assertThat(this.transactions.rolledBack).hasValue(1);
		assertThat(this.meters.find(CompletionRetries.RETRIES_METRIC).counter()).isNull();
	}

	@Test
	void aCompletionThatKeepsCollidingEndsAsAConflictAfterTheLastAttempt() {
		AtomicInteger attempts = new AtomicInteger();
		assertThatThrownBy(() -> this.retries.run("MODERATE_SCORES", () -> {
			attempts.incrementAndGet();
			throw new OptimisticLockingException("again");
		})).isInstanceOfSatisfying(RuleViolationException.class,
				(ex) -> assertThat(ex.getCode()).isEqualTo("task.concurrent-change"));
		assertThat(attempts).hasValue(4);
		assertThat(this.meters.get(CompletionRetries.RETRIES_METRIC).counter().count()).isEqualTo(3);
	}

	/** A transaction manager that only counts. */
	static final class CountingTransactions extends AbstractPlatformTransactionManager {

		final AtomicInteger begun = new AtomicInteger();

		final AtomicInteger committed = new AtomicInteger();

		final AtomicInteger rolledBack = new AtomicInteger();

		@Override
		protected Object doGetTransaction() {
			return new Object();
		}

		@Override
		protected void doBegin(Object transaction, TransactionDefinition definition) {
			this.begun.incrementAndGet();
		}

		@Override
		protected void doCommit(DefaultTransactionStatus status) {
			this.committed.incrementAndGet();
		}

		@Override
		protected void doRollback(DefaultTransactionStatus status) {
			this.rolledBack.incrementAndGet();
		}

	}

}
