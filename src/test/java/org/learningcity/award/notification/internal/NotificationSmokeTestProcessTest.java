package org.learningcity.award.notification.internal;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

/**
 * The notification smoke-test process (a test resource): a BPMN service task sends a
 * notification through {@code notifyDelegate} behind an async boundary with a retry
 * cycle.
 */
class NotificationSmokeTestProcessTest extends MailTestSupport {

	static final String PROCESS = "NotificationSmokeTest";

	static final String TASK_SEND_NOTICE = "Task_SendNotice";

	@Autowired
	ProcessEngine engine;

	@Autowired
	RuntimeService runtime;

	@Autowired
	ManagementService management;

	@BeforeEach
	void engine() {
		init(this.engine);
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
	}

	@Test
	void theServiceTaskStoresTheNotificationInTheJobsTransaction() throws Exception {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS, Map.of("username", "notify-en",
				"taskName", "Score Cork", "taskId", "42", "due", Date.from(Instant.parse("2030-06-15T12:00:00Z"))));
		assertThat(instance).isWaitingAt(TASK_SEND_NOTICE);
		assertThat(outbox()).isEmpty();

		execute(job());

		assertThat(instance).hasPassed(TASK_SEND_NOTICE).isEnded();
		assertThat(outbox()).singleElement().satisfies(message -> {
			assertThat(message.subject()).isEqualTo("New task: Score Cork");
			assertThat(message.link()).isEqualTo("/tasks/42");
			assertThat(message.recipientUsername()).isEqualTo("notify-en");
		});
		assertThat(this.worker.deliverDue()).isEqualTo(1);
		assertThat(NotificationDeliveryTests.attachment(received()[0], MailComposer.ICS_FILENAME))
			.contains("DTSTART:20300615T120000Z");
	}

	@Test
	void aFailingNotificationIsRetriedAndExhaustedRetriesBecomeAnIncident() {
		ProcessInstance instance = this.runtime.startProcessInstanceByKey(PROCESS, Map.of("username", "nobody-at-all",
				"taskName", "Score Cork", "taskId", "42", "due", Date.from(Instant.parse("2030-06-15T12:00:00Z"))));
		Job job = job(instance);
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasMessageContaining("nobody-at-all");
		assertThat(job(instance).getRetries()).as("R5/PT10M: four more tries").isEqualTo(4);
		assertThat(job(instance).getDuedate()).isNotNull();
		assertThat(outbox()).isEmpty();

		this.management.setJobRetries(job.getId(), 1);
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).hasMessageContaining("nobody-at-all");
		assertThat(job(instance).getRetries()).isZero();
		assertThat(this.runtime.createIncidentQuery().processInstanceId(instance.getId()).singleResult())
			.satisfies(incident -> assertThat(incident.getActivityId()).isEqualTo(TASK_SEND_NOTICE));
		assertThat(instance).isWaitingAt(TASK_SEND_NOTICE);
		this.runtime.deleteProcessInstance(instance.getId(), "test done");
	}

}
