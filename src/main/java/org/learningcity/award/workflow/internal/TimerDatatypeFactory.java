package org.learningcity.award.workflow.internal;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the XML datatype factory once, so that timers and due dates do not search the
 * class path for it every time. The engine reads every ISO 8601 duration and cycle
 * ({@code P3D}, the reminders' {@code R2/…/P6D}) with a new {@code DurationHelper}, which
 * calls {@link DatatypeFactory#newInstance()}: without the system property
 * {@value #PROPERTY}, that call looks the factory up with a {@code ServiceLoader} over
 * every jar of the class path (a few percent of an expert's accept in the benchmark's
 * profile). The property is set to the factory that very lookup finds, so nothing changes
 * but the search; a value set already (on the command line) is left alone.
 */
@Component
class TimerDatatypeFactory extends AbstractProcessEnginePlugin {

	static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		pin();
	}

	static void pin() {
		if (System.getProperty(PROPERTY) != null) {
			return;
		}
		try {
			System.setProperty(PROPERTY, DatatypeFactory.newInstance().getClass().getName());
		}
		catch (DatatypeConfigurationException ex) {
			// none to be found: the engine's own lookup reports it where it is needed
		}
	}

}
