package org.learningcity.award.workflow;

import java.util.List;

/**
 * The user tasks of every process, for the people who do them. A person's tasks are the
 * open tasks assigned to them, offered to them by name, or offered to a group of one of
 * their roles ({@link TaskGroups}).
 */
public interface Tasks {

	/** The signed-in person's open tasks, the most urgent first. */
	List<OpenTask> mine();

	/**
	 * One of the signed-in person's open tasks.
	 * @throws org.learningcity.award.support.NotFoundException if there is no such task
	 * or it is someone else's
	 */
	OpenTask mine(String taskId);

	/** Every open task past its due date, whoever holds it, the oldest first (staff). */
	List<OpenTask> overdue();

	/**
	 * Tasks that a deadline closed before anyone did them (an interrupting timer ended
	 * them after their due date), the latest first (staff).
	 * @param limit at most this many
	 */
	List<ClosedTask> closedByDeadline(int limit);

	/**
	 * A task that ended unfinished at its deadline.
	 *
	 * @param id the engine's task id
	 * @param type the task's type
	 * @param name its name in the BPMN
	 * @param applicationId the application it was about, if any
	 * @param nominationId the nomination it was about, if any
	 * @param cityName the city it was about, if any
	 * @param due when it was due
	 * @param closed when the deadline closed it
	 */
	record ClosedTask(String id, String type, String name, Long applicationId, Long nominationId, String cityName,
			java.time.Instant due, java.time.Instant closed) {
	}

}
