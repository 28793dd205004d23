package org.learningcity.award.review.internal;

import java.time.Clock;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.testing.ReviewedNominations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Makes a fresh cycle with one eligible nomination of Cork, its panel, reviews and scores
 * by plain JDBC (no process), and removes them again.
 */
class ResultFixture extends ReviewedNominations {

	ResultFixture(JdbcClient jdbc, Cycles cycles, Network network, UserDetailsService users, Clock clock) {
		super(jdbc, cycles, network, users, clock);
	}

	/** A nomination of Cork in a new cycle, with a panel of these experts. */
	long nomination(String... panel) {
		return nomination(cycle("Result test cycle"), "cork", "ELIGIBLE", panel);
	}

	/** Scores of a review in a round, given as code, score, code, score ... */
	void scores(long review, int round, Object... codesAndScores) {
		for (int i = 0; i < codesAndScores.length; i += 2) {
			score(review, round, (String) codesAndScores[i], (Integer) codesAndScores[i + 1], "Because.");
		}
	}

}
