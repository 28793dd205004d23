package org.learningcity.award.workflow.internal;

import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway. Camunda creates its tables when it starts; if
 * it ran before Flyway, Flyway would find a non-empty schema without its history table
 * and refuse to migrate.
 */
public class ProcessEngineDependsOnDatabaseInitializationDetector implements DependsOnDatabaseInitializationDetector {

	@Override
	public Set<String> detect(ConfigurableListableBeanFactory beanFactory) {
		return Set.of(beanFactory.getBeanNamesForType(ProcessEngine.class, true, false));
	}

}
