package org.learningcity.award.workflow.internal;

import java.time.Clock;

import javax.xml.datatype.DatatypeFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class WorkflowConfiguration {

	/**
	 * The JDK's own {@link DatatypeFactory}, named so that JAXP need not look for one.
	 * The engine makes a new factory for every ISO-8601 duration it reads (each timer of
	 * a review, each due date): without the name, each lookup scanned the class path's
	 * jars for a service provider (a profile of the benchmark showed it on every accepted
	 * invitation and every review start).
	 */
	static final String JDK_DATATYPE_FACTORY = "com.sun.org.apache.xerces.internal.jaxp.datatype.DatatypeFactoryImpl";

	static {
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, JDK_DATATYPE_FACTORY);
		}
	}

	@Bean
	Clock clock() {
		return EngineClock.utc();
	}

}
