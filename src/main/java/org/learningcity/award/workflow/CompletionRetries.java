package org.learningcity.award.workflow;

import java.util.function.Supplier;

/**
 * Runs the completion of a task (the module's own changes and the engine's) in a
 * transaction of its own, and runs it again when it collided with a concurrent one: three
 * experts submitting in the same second make the engine's optimistic locking (or the
 * database's row locks) refuse all but one of them, and a fresh attempt then succeeds.
 * Only collisions are tried again; every other exception passes through at once.
 */
public interface CompletionRetries {

	/** The Micrometer counter of attempts run again after a collision. */
	String RETRIES_METRIC = "award.task.completion.retries";

	/**
	 * Runs the completion, again after a collision (bounded attempts, a short random
	 * pause between them).
	 * @param type the task's type, for the metric's tag
	 * @param completion the whole completion, run in a new transaction per attempt
	 * @return what the completion returned
	 * @throws org.learningcity.award.support.RuleViolationException (409) if every
	 * attempt collided
	 */
	default <T> T run(String type, Supplier<T> completion) {
		return run(() -> type, completion);
	}

	/**
	 * {@link #run(String, Supplier)} for a completion that looks its task up itself, in
	 * its transaction: the type is asked for only when an attempt collided.
	 * @param type the task's type once the completion looked the task up (null before)
	 * @param completion the whole completion, run in a new transaction per attempt
	 * @return what the completion returned
	 */
	<T> T run(Supplier<String> type, Supplier<T> completion);

}
