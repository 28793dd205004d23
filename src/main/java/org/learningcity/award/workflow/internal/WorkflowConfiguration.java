package org.learningcity.award.workflow.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

	@Bean
	Clock clock() {
		return EngineClock.utc();
	}

}
