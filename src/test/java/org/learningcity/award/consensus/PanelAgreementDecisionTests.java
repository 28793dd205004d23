package org.learningcity.award.consensus;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins each row of {@code processes/PanelAgreement.dmn} (hit policy UNIQUE): the inputs
 * that reach it, the row that matched and what it decides.
 */
class PanelAgreementDecisionTests {

	private static final Path DMN = Path.of("processes/PanelAgreement.dmn");

	private final List<String> matched = new ArrayList<>();

	private DmnEngine engine;

	private DmnDecision decision;

	@BeforeEach
	void engine() throws Exception {
		DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
			.createDefaultDmnEngineConfiguration();
		configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
			@Override
			public void notify(DmnDecisionTableEvaluationEvent event) {
				event.getMatchingRules().stream().map(DmnEvaluatedDecisionRule::getId).forEach(matched::add);
			}
		}));
		this.engine = configuration.buildEngine();
		try (InputStream in = Files.newInputStream(DMN)) {
			this.decision = this.engine.parseDecision(PanelAgreement.DECISION_KEY, in);
		}
	}

	@Test
	void theDecisionIsAUniqueDecisionTableNamedLikeItsFile() {
		assertThat(this.decision.getKey()).isEqualTo("PanelAgreement");
		assertThat(this.decision.isDecisionTable()).isTrue();
		DmnModelInstance model = Dmn.readModelFromFile(DMN.toFile());
		DecisionTable table = model.getModelElementById("DecisionTable_PanelAgreement");
		assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
		assertThat(table.getRules()).extracting(Rule::getId)
			.containsExactly("Rule_SpreadReachesThreshold", "Rule_SpreadBelowThreshold");
	}

	@Test
	void aSpreadReachingTheThresholdIsDivergent() {
		assertThat(decide(2, 2)).containsEntry("divergent", true);
		assertThat(this.matched).containsExactly("Rule_SpreadReachesThreshold");
	}

	@Test
	void aSpreadBeyondTheThresholdIsDivergent() {
		assertThat(decide(4, 2)).containsEntry("divergent", true);
		assertThat(this.matched).containsExactly("Rule_SpreadReachesThreshold");
	}

	@Test
	void aSpreadJustBelowTheThresholdAgrees() {
		assertThat(decide(1, 2)).containsEntry("divergent", false);
		assertThat(this.matched).containsExactly("Rule_SpreadBelowThreshold");
	}

	@Test
	void identicalScoresAgree() {
		assertThat(decide(0, 1)).containsEntry("divergent", false);
		assertThat(this.matched).containsExactly("Rule_SpreadBelowThreshold");
	}

	@Test
	void withTheStrictestThresholdAnyDifferenceIsDivergent() {
		assertThat(decide(1, 1)).containsEntry("divergent", true);
		assertThat(this.matched).containsExactly("Rule_SpreadReachesThreshold");
	}

	@Test
	void withTheLaxestThresholdOnlyOneAgainstFiveIsDivergent() {
		assertThat(decide(3, 4)).containsEntry("divergent", false);
		assertThat(decide(4, 4)).containsEntry("divergent", true);
		assertThat(this.matched).containsExactly("Rule_SpreadBelowThreshold", "Rule_SpreadReachesThreshold");
	}

	@ParameterizedTest(name = "spread {0}, threshold {1}")
	@CsvSource({ "0,1", "1,1", "2,1", "3,1", "4,1", "0,2", "1,2", "2,2", "3,2", "4,2", "0,3", "1,3", "2,3", "3,3",
			"4,3", "0,4", "1,4", "2,4", "3,4", "4,4" })
	void everySpreadOfTheScaleWithEveryValidThresholdHasExactlyOneRow(int spread, int threshold) {
		assertThat(decide(spread, threshold)).containsEntry("divergent", spread >= threshold);
		assertThat(this.matched).hasSize(1);
	}

	@Test
	void aThresholdOutsideOneToFourIsDecidedByNoRow() {
		assertThat(this.engine.evaluateDecision(this.decision, variables(3, 0))).isEmpty();
		assertThat(this.engine.evaluateDecision(this.decision, variables(3, 5))).isEmpty();
		assertThat(this.matched).isEmpty();
	}

	@Test
	void aMissingSpreadIsDecidedByNoRow() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("spread", null);
		variables.put("divergenceThreshold", 2);
		assertThat(this.engine.evaluateDecision(this.decision, variables)).isEmpty();
	}

	private Map<String, Object> decide(int spread, int threshold) {
		DmnDecisionResult result = this.engine.evaluateDecision(this.decision, variables(spread, threshold));
		assertThat(result).hasSize(1);
		return result.getSingleResult().getEntryMap();
	}

	private static Map<String, Object> variables(int spread, int threshold) {
		return Map.of("spread", spread, "divergenceThreshold", threshold);
	}

}
