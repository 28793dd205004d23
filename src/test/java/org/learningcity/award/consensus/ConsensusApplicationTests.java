package org.learningcity.award.consensus;

import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the application: the agreement service evaluates the decision the process engine
 * deployed, the consensus messages are part of the message source, and the catalogue's
 * expert-review measurements fall into the areas of focus the averages expect.
 */
@SpringBootTest
@ActiveProfiles("test")
class ConsensusApplicationTests {

	@Autowired
	PanelAgreement agreement;

	@Autowired
	HistoryService history;

	@Autowired
	MessageSource messages;

	@Autowired
	Catalog catalog;

	@Test
	void theAgreementServiceEvaluatesTheDeployedDecision() {
		long before = this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(PanelAgreement.DECISION_KEY)
			.count();
		assertThat(this.agreement.isDivergent(3, 2)).isTrue();
		assertThat(this.agreement.isDivergent(1, 2)).isFalse();
		assertThat(this.history.createHistoricDecisionInstanceQuery()
			.decisionDefinitionKey(PanelAgreement.DECISION_KEY)
			.count()).isEqualTo(before + 2);
	}

	@Test
	void theScoreLabelsAndTheConsensusRuleSpeakEnglishAndFrench() {
		assertThat(this.messages.getMessage(Score.of(4).messageKey(), null, Locale.ENGLISH)).isEqualTo("Very good");
		assertThat(this.messages.getMessage(Score.of(4).messageKey(), null, Locale.FRENCH)).isEqualTo("Très bien");
		assertThat(this.messages.getMessage(Consensus.RULE_KEY, null, Locale.ENGLISH)).contains("median");
		assertThat(this.messages.getMessage(Consensus.RULE_KEY, null, Locale.FRENCH)).contains("médiane");
	}

	@Test
	void theEighteenExpertReviewMeasurementsCoverFiveOfTheSixBuildingBlocks() {
		assertThat(this.catalog.measurements(Source.EXPERT_REVIEW)).hasSize(18)
			.extracting(Measurement::code)
			.extracting(Consensus::focusCode)
			.filteredOn(Consensus.BUILDING_BLOCKS::contains)
			.containsOnly("2.1", "2.2", "2.3", "2.5", "2.6");
	}

}
