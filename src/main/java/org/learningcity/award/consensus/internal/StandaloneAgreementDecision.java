package org.learningcity.award.consensus.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import org.springframework.core.io.ClassPathResource;

/**
 * The agreement decision evaluated by Camunda's standalone DMN engine from the file on
 * the class path, without a process engine (for batch computations and tests).
 */
public final class StandaloneAgreementDecision implements AgreementDecision {

	private final DmnEngine engine;

	private final DmnDecision decision;

	private StandaloneAgreementDecision(DmnEngine engine, DmnDecision decision) {
		this.engine = engine;
		this.decision = decision;
	}

	/** Parses {@value AgreementDecision#RESOURCE} from the class path. */
	public static StandaloneAgreementDecision fromClasspath() {
		DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
			return new StandaloneAgreementDecision(engine, engine.parseDecision(DECISION_KEY, in));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
		}
	}

	@Override
	public boolean divergent(int spread, int divergenceThreshold) {
		return AgreementDecision.divergent(
				this.engine.evaluateDecision(this.decision, AgreementDecision.variables(spread, divergenceThreshold)),
				spread, divergenceThreshold);
	}

}
