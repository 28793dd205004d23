/**
 * The process engine's integration: start order against Flyway, the shared clock, the
 * task inbox of every process ({@link org.learningcity.award.workflow.Tasks},
 * {@code /api/tasks}, {@code /tasks}) and the demo clock ({@code /api/admin/clock}, demo
 * and test profiles only). Processes themselves live in the top-level {@code processes/}
 * folder.
 *
 * <p>
 * Conventions every process follows so that its user tasks appear in the inbox: a user
 * task's id is {@code Task_<Name>} and its type is the name in upper snake case
 * ({@code Task_NatcomReview} is {@code NATCOM_REVIEW}); people are named by
 * {@code camunda:assignee}, {@code camunda:candidateUsers} (usernames) or
 * {@code camunda:candidateGroups} (see
 * {@link org.learningcity.award.workflow.TaskGroups}); the process variables
 * {@code applicationId}, {@code nominationId} and {@code cityId} (numbers) say what a
 * task is about; a module describes its own task types with a
 * {@link org.learningcity.award.workflow.TaskTypeSupport} bean.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow engine")
package org.learningcity.award.workflow;
