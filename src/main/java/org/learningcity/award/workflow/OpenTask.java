package org.learningcity.award.workflow;

import java.time.Instant;

/**
 * A user task waiting for someone, as the inbox shows it.
 *
 * @param id the engine's task id
 * @param type the task's type, from its id in the BPMN ({@code Task_NatcomReview} is
 * {@code NATCOM_REVIEW})
 * @param name the task's name in the BPMN
 * @param processInstanceId the process instance it belongs to
 * @param applicationId the application it is about, if any
 * @param nominationId the nomination it is about, if any
 * @param cityId the city it is about, if any
 * @param cityName that city's name
 * @param assignee who holds it, if someone does
 * @param created when it was created
 * @param due when it is due, if it has a due date
 * @param overdue whether it is past its due date now
 */
public record OpenTask(String id, String type, String name, String processInstanceId, Long applicationId,
		Long nominationId, Long cityId, String cityName, String assignee, Instant created, Instant due,
		boolean overdue) {

	/**
	 * Task ids whose type (API.md) is not their name in upper snake case.
	 */
	private static final java.util.Map<String, String> ALIASES = java.util.Map.of("Task_AnswerInvitation",
			"REVIEW_INVITATION", "Task_HandleOverdueReview", "REVIEW_OVERDUE");

	/**
	 * The type of a user task with this id in the BPMN: {@code Task_ScoreReport} is
	 * {@code SCORE_REPORT}.
	 */
	public static String typeOf(String taskDefinitionKey) {
		String alias = ALIASES.get(taskDefinitionKey);
		if (alias != null) {
			return alias;
		}
		String name = taskDefinitionKey.startsWith("Task_") ? taskDefinitionKey.substring("Task_".length())
				: taskDefinitionKey;
		StringBuilder type = new StringBuilder();
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c) && i > 0 && name.charAt(i - 1) != '_') {
				type.append('_');
			}
			type.append(Character.toUpperCase(c));
		}
		return type.toString();
	}

}
