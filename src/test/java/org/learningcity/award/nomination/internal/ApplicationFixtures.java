package org.learningcity.award.nomination.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Measurement;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Cycles, cities and content for the application tests. Every cycle made here (and the
 * applications in it) is removed again by {@link #cleanUp()}, so that other tests sharing
 * the Spring context never see an open call they did not open.
 */
final class ApplicationFixtures {

	/** The smallest file that starts like a PDF and is one. */
	static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
			+ "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
			+ "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\n" + "trailer<</Root 1 0 R>>\n%%EOF\n")
		.getBytes(StandardCharsets.US_ASCII);

	/** The first bytes of a PNG image. */
	static final byte[] PNG = new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
			'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };

	private final Cycles cycles;

	private final Catalog catalog;

	private final Network network;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final List<Long> made = new ArrayList<>();

	ApplicationFixtures(Cycles cycles, Catalog catalog, Network network, JdbcClient jdbc, Clock clock) {
		this.cycles = cycles;
		this.catalog = catalog;
		this.network = network;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A cycle whose call is open, deadlines 30 and 60 days ahead. */
	long openCycle() {
		return this.cycles.open(draftCycle()).id();
	}

	/** A cycle still in DRAFT (its call not open). */
	long draftCycle() {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.SECONDS);
		CycleSettings settings = CycleSettings.rules2024("Application test cycle " + (this.made.size() + 1),
				now.getYear() + 1, now.plusDays(30), now.plusDays(60));
		long id = this.cycles.create(settings).id();
		this.made.add(id);
		return id;
	}

	/** The application deadline of a cycle, plus a little. */
	OffsetDateTime afterApplicationDeadline(long cycleId) {
		return this.cycles.get(cycleId).settings().applicationDeadline().plus(Duration.ofMinutes(1));
	}

	OffsetDateTime afterNominationDeadline(long cycleId) {
		return this.cycles.get(cycleId).settings().nominationDeadline().plus(Duration.ofMinutes(1));
	}

	long city(String slug) {
		return this.network.cityBySlug(slug).orElseThrow().id();
	}

	List<Measurement> expert() {
		return this.catalog.measurements(Source.EXPERT_REVIEW);
	}

	String expertCode() {
		return expert().get(0).code().value();
	}

	/** A statistic in per cent without breakdowns. */
	Measurement percentage() {
		return this.catalog.measurements()
			.stream()
			.filter(m -> !m.isExpertReview() && "%".equals(m.unit()) && m.breakdowns().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	/** A statistic in per cent with breakdowns. */
	Measurement percentageByBreakdown() {
		return this.catalog.measurements()
			.stream()
			.filter(m -> !m.isExpertReview() && "%".equals(m.unit()) && !m.breakdowns().isEmpty())
			.findFirst()
			.orElseThrow();
	}

	/** A count or an amount, never negative. */
	Measurement count() {
		return this.catalog.measurements()
			.stream()
			.filter(m -> !m.isExpertReview() && m.unit() != null && !m.unit().startsWith("%") && !m.scale())
			.findFirst()
			.orElseThrow();
	}

	/** Everything a submission needs: 18 narratives, the consent, the endorsement. */
	ApplicationContent complete() {
		Map<String, String> narratives = new LinkedHashMap<>();
		expert().forEach(m -> narratives.put(m.code().value(), "Since 2018 the city has worked on " + m.name()
				+ " with its libraries, schools and community centres; 12,000 people took part."));
		LocalDate today = LocalDate.now(this.clock);
		return new ApplicationContent(narratives,
				Map.of(percentage().code().value(),
						new ApplicationContent.Indicator(new BigDecimal("87.5"), Map.of(), today.getYear() - 1)),
				new ApplicationContent.Consent("Aoife Byrne", "Learning city coordinator", today),
				new ApplicationContent.Endorsement("Mayor of the city", "The city council endorses this application.",
						today));
	}

	/** {@link #complete()} as the JSON body of {@code PUT /api/applications/{id}}. */
	Map<String, Object> completeJson() {
		ApplicationContent content = complete();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("narratives", content.narratives());
		body.put("indicators", Map.of(percentage().code().value(), Map.of("value", 87.5, "year", 2023)));
		body.put("consent", Map.of("signatory", "Aoife Byrne", "position", "Learning city coordinator", "signedOn",
				content.consent().signedOn().toString()));
		body.put("endorsement", Map.of("name", "Mayor of the city", "statement", "The city council endorses it.",
				"endorsedOn", content.endorsement().endorsedOn().toString()));
		return body;
	}

	/** Removes the cycles made here and their applications. */
	void cleanUp() {
		for (Long id : this.made) {
			this.jdbc.sql("delete from application where cycle_id = ?").param(id).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(id).update();
		}
		this.made.clear();
	}

	static OffsetDateTime utc(OffsetDateTime time) {
		return time.withOffsetSameInstant(ZoneOffset.UTC);
	}

}
