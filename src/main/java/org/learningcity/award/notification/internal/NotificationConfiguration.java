package org.learningcity.award.notification.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class NotificationConfiguration {

	/**
	 * Runs the outbox worker every few seconds on every node. Off where
	 * {@code award.mail.worker.enabled=false} (the tests call the worker themselves).
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableScheduling
	@ConditionalOnProperty(name = "award.mail.worker.enabled", havingValue = "true", matchIfMissing = true)
	static class OutboxPoller {

		private final OutboxWorker worker;

		OutboxPoller(OutboxWorker worker) {
			this.worker = worker;
		}

		@Scheduled(initialDelayString = "${award.mail.worker.initial-delay:PT10S}",
				fixedDelayString = "${award.mail.worker.interval:PT5S}")
		void deliver() {
			this.worker.deliverDue();
		}

	}

}
