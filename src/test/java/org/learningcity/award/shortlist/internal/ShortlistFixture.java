package org.learningcity.award.shortlist.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.testing.ReviewedNominations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh cycle in SHORTLISTING with reviewed nominations of demo cities, by plain JDBC
 * (each nomination: a one-expert panel whose submitted scores on two measurements give
 * the overall score), and its removal.
 */
class ShortlistFixture extends ReviewedNominations {

	private final Clock clock;

	ShortlistFixture(JdbcClient jdbc, Cycles cycles, Network network, UserDetailsService users, Clock clock) {
		super(jdbc, cycles, network, users, clock);
		this.clock = clock;
	}

	/** A cycle with these shortlist limits, already SHORTLISTING. */
	long cycle(int size, int perCountry, double minimumScore) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		long cycle = cycle(CycleSettings
			.rules2024("Shortlist test cycle " + System.nanoTime(), now.getYear() + 1, now.plusDays(30),
					now.plusDays(60))
			.withLimits(size, perCountry, minimumScore, 10, 1));
		status(cycle, "SHORTLISTING");
		return cycle;
	}

	/**
	 * A nomination of the city whose expert scored 2.1.4.a and 2.5.1.a (overall = their
	 * mean); with {@code submitted} false the review is still open (no final result).
	 */
	long nomination(long cycle, String slug, int first, int second, boolean submitted) {
		long nomination = nomination(cycle, slug, "ELIGIBLE", "expert-02");
		long review = review(nomination, "expert-02", submitted ? "SUBMITTED" : "ACCEPTED");
		score(review, 1, "2.1.4.a", first, "Because.");
		score(review, 1, "2.5.1.a", second, "Because.");
		return nomination;
	}

}
