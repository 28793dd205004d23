package org.learningcity.award.consensus.internal;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.learningcity.award.consensus.PanelAgreement;
import org.learningcity.award.consensus.PanelScores;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The decision deploys in a process engine (standard DMN 1.3 with a history time to live)
 * and the engine's deployed version decides like the file, keeping each evaluation in the
 * history.
 */
class DeployedAgreementDecisionTests {

	private static ProcessEngine engine;

	@BeforeAll
	static void deploy() {
		engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:consensus-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
			.setProcessEngineName("consensus-" + UUID.randomUUID())
			.setJobExecutorActivate(false)
			.setHistory(ProcessEngineConfiguration.HISTORY_FULL)
			.buildProcessEngine();
		engine.getRepositoryService()
			.createDeployment()
			.addClasspathResource(AgreementDecision.RESOURCE)
			.name("consensus")
			.deploy();
	}

	@AfterAll
	static void close() {
		engine.close();
	}

	@Test
	void theDeployedDecisionIsTheOneNamedLikeTheFile() {
		assertThat(engine.getRepositoryService()
			.createDecisionDefinitionQuery()
			.decisionDefinitionKey(PanelAgreement.DECISION_KEY)
			.singleResult()
			.getHistoryTimeToLive()).isEqualTo(730);
	}

	@Test
	void theDeployedDecisionDecidesLikeTheFile() {
		AgreementDecision deployed = new DeployedAgreementDecision(engine.getDecisionService());
		AgreementDecision file = StandaloneAgreementDecision.fromClasspath();
		for (int threshold = 1; threshold <= 4; threshold++) {
			for (int spread = 0; spread <= 4; spread++) {
				assertThat(deployed.divergent(spread, threshold)).isEqualTo(file.divergent(spread, threshold))
					.isEqualTo(spread >= threshold);
			}
		}
		assertThatThrownBy(() -> deployed.divergent(1, 5)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("threshold must be 1..4");
	}

	@Test
	void everyEvaluationIsKeptInTheHistory() {
		PanelAgreement agreement = new PanelAgreement(new DeployedAgreementDecision(engine.getDecisionService()));
		long before = engine.getHistoryService().createHistoricDecisionInstanceQuery().count();
		PanelScores round = PanelScores.builder()
			.score("ana", "2.1.4.a", 1)
			.score("ben", "2.1.4.a", 4)
			.score("ana", "3.1.1.a", 3)
			.score("ben", "3.1.1.a", 3)
			.build();
		assertThat(agreement.divergentMeasurements(round, 2)).extracting(Object::toString).containsExactly("2.1.4.a");
		assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count()).isEqualTo(before + 2);
	}

}
