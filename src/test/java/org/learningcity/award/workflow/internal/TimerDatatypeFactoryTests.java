package org.learningcity.award.workflow.internal;

import javax.xml.datatype.DatatypeFactory;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Once the engine runs, the XML datatype factory its timers use is named, and it is the
 * one the class path search found.
 */
@SpringBootTest
@ActiveProfiles("test")
class TimerDatatypeFactoryTests {

	@Test
	void theDatatypeFactoryIsNamedOnceTheEngineStarted() throws Exception {
		String named = System.getProperty(TimerDatatypeFactory.PROPERTY);
		assertThat(named).isNotBlank();
		assertThat(DatatypeFactory.newInstance().getClass().getName()).isEqualTo(named);
	}

}
