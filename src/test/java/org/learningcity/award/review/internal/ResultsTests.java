package org.learningcity.award.review.internal;

import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.Alpha;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.Results;
import org.learningcity.award.support.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The result of a nomination from the submitted reviews' scores, checked against values
 * computed by hand for three experts and four measurements.
 */
@SpringBootTest
@ActiveProfiles("test")
class ResultsTests {

	@Autowired
	Results results;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Cycles cycles;

	@Autowired
	Network network;

	@Autowired
	UserDetailsService users;

	@Autowired
	Clock clock;

	ResultFixture fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new ResultFixture(this.jdbc, this.cycles, this.network, this.users, this.clock);
	}

	@AfterEach
	void cleanUp() {
		this.fixture.cleanUp();
	}

	/**
	 * Three experts; expert-02 revises 3.1.1.a from 1 to 2 in the moderation round;
	 * expert-05 was replaced after scoring 5 everywhere.
	 */
	static long scored(ResultFixture fixture) {
		long nomination = fixture.nomination("expert-02", "expert-03", "expert-04");
		long a = fixture.review(nomination, "expert-02", "SUBMITTED");
		long b = fixture.review(nomination, "expert-03", "SUBMITTED");
		long c = fixture.review(nomination, "expert-04", "SUBMITTED");
		long replaced = fixture.review(nomination, "expert-05", "REPLACED");
		fixture.scores(a, 1, "2.1.4.a", 3, "2.1.4.b", 2, "2.5.1.a", 5, "3.1.1.a", 1);
		fixture.scores(b, 1, "2.1.4.a", 4, "2.1.4.b", 2, "2.5.1.a", 4, "3.1.1.a", 3);
		fixture.scores(c, 1, "2.1.4.a", 5, "2.1.4.b", 3, "2.5.1.a", 4, "3.1.1.a", 2);
		fixture.scores(replaced, 1, "2.1.4.a", 5, "2.1.4.b", 5, "2.5.1.a", 5, "3.1.1.a", 5);
		fixture.scores(a, 2, "3.1.1.a", 2);
		return nomination;
	}

	@Test
	void consensusSpreadBlocksOverallAndAlphaOfTheFinalRound() {
		NominationResult result = this.results.of(scored(this.fixture));

		assertThat(result.isFinal()).isTrue();
		assertThat(result.rounds()).isEqualTo(2);
		assertThat(result.experts()).containsExactly("expert-02", "expert-03", "expert-04");
		NominationResult.MeasurementResult first = result.measurements().get(MeasurementCode.of("2.1.4.a"));
		assertThat(first.scores()).containsExactly(3, 4, 5);
		assertThat(first.consensus()).isEqualTo(4.0);
		assertThat(first.spread()).isEqualTo(2);
		assertThat(result.measurements().get(MeasurementCode.of("2.1.4.b")).consensus()).isEqualTo(2.0);
		assertThat(result.measurements().get(MeasurementCode.of("2.5.1.a")).consensus()).isEqualTo(4.0);
		assertThat(result.blocks()).containsEntry("2.1", 3.0).containsEntry("2.5", 4.0).doesNotContainKey("3.1");
		assertThat(result.focusAverages()).containsEntry("3.1", 2.0);
		assertThat(result.overall().getAsDouble()).isEqualTo(3.0);
		// ordinal alpha of the units {3,4,5} {2,2,3} {5,4,4} {2,3,2}, by hand
		assertThat(result.alpha().status()).isEqualTo(Alpha.Status.DEFINED);
		assertThat(result.alpha().valueOrNaN()).isCloseTo(0.63265, within(0.00001));
		// severity from the first round: (-1 + 0 + 1 - 1) / 4, (0 + 0 + 0 + 1) / 4, (1 +
		// 1 + 0 + 0) / 4
		assertThat(result.severity().get("expert-02").meanDeviation()).isEqualTo(-0.25);
		assertThat(result.severity().get("expert-03").meanDeviation()).isEqualTo(0.25);
		assertThat(result.severity().get("expert-04").meanDeviation()).isEqualTo(0.5);
	}

	@Test
	void theModerationRoundRevisesTheFirstRoundScore() {
		NominationResult result = this.results.of(scored(this.fixture));

		NominationResult.MeasurementResult revised = result.measurements().get(MeasurementCode.of("3.1.1.a"));
		assertThat(revised.scores()).containsExactly(2, 3, 2);
		assertThat(revised.consensus()).isEqualTo(2.0);
		assertThat(revised.spread()).isEqualTo(1);
	}

	@Test
	void replacedReviewsNeverCount() {
		NominationResult result = this.results.of(scored(this.fixture));

		assertThat(result.experts()).doesNotContain("expert-05");
		assertThat(result.severity()).doesNotContainKey("expert-05");
		assertThat(result.measurements().values()).allSatisfy((m) -> assertThat(m.scores()).hasSize(3));
	}

	@Test
	void theResultIsPartialUntilEveryPanelMemberHasSubmitted() {
		long nomination = this.fixture.nomination("expert-02", "expert-03", "expert-04");
		this.fixture.scores(this.fixture.review(nomination, "expert-02", "SUBMITTED"), 1, "2.1.4.a", 3, "2.1.4.b", 4);
		this.fixture.scores(this.fixture.review(nomination, "expert-03", "SUBMITTED"), 1, "2.1.4.a", 4, "2.1.4.b", 4);
		this.fixture.scores(this.fixture.review(nomination, "expert-04", "DRAFTED"), 1, "2.1.4.a", 1);

		NominationResult result = this.results.of(nomination);

		assertThat(result.isFinal()).isFalse();
		assertThat(result.rounds()).isEqualTo(1);
		assertThat(result.experts()).containsExactly("expert-02", "expert-03");
		assertThat(result.measurements().get(MeasurementCode.of("2.1.4.a")).consensus()).isEqualTo(3.5);
		assertThat(result.overall().getAsDouble()).isEqualTo(3.75);
	}

	@Test
	void aNominationWithoutScoresHasAnEmptyResult() {
		long nomination = this.fixture.nomination("expert-02", "expert-03", "expert-04");
		this.fixture.review(nomination, "expert-02", "ACCEPTED");

		NominationResult result = this.results.of(nomination);

		assertThat(result.isFinal()).isFalse();
		assertThat(result.rounds()).isZero();
		assertThat(result.measurements()).isEmpty();
		assertThat(result.overall()).isEmpty();
		assertThat(result.alpha().status()).isEqualTo(Alpha.Status.NO_PAIRABLE_VALUES);
	}

	@Test
	void anUnknownNominationIsNotFound() {
		assertThatThrownBy(() -> this.results.of(Long.MAX_VALUE)).isInstanceOf(NotFoundException.class);
	}

}
