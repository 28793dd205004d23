package org.learningcity.award.dossier.internal;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.learningcity.award.catalog.MeasurementCode;
import org.learningcity.award.consensus.PanelScores;
import org.learningcity.award.consensus.Reliability;
import org.learningcity.award.nomination.NominationStatus;
import org.learningcity.award.nomination.NominationView;
import org.learningcity.award.review.NominationResult;
import org.learningcity.award.review.NominationResult.MeasurementResult;

import static org.assertj.core.api.Assertions.assertThat;

/** The rows of the cycle's CSV: columns, values, empty cells and quoting. */
class CycleCsvTests {

	static final List<String> CODES = List.of("2.1.4.a", "2.1.4.b");

	@Test
	void theHeaderNamesEveryScoreAndTheExpertsOnlyForStaff() {
		CycleCsv staff = new CycleCsv(CODES, 2, true);
		CycleCsv jury = new CycleCsv(CODES, 2, false);

		assertThat(staff.header()).containsExactly("nomination_id", "city", "country_code", "country", "region",
				"status", "final", "rounds", "overall", "block_2.1", "block_2.2", "block_2.3", "block_2.4", "block_2.5",
				"block_2.6", "2.1.4.a_consensus", "2.1.4.a_spread", "2.1.4.a_expert_A", "2.1.4.a_expert_B",
				"2.1.4.b_consensus", "2.1.4.b_spread", "2.1.4.b_expert_A", "2.1.4.b_expert_B", "alpha",
				"expert_A_account", "expert_B_account");
		assertThat(jury.header()).endsWith("2.1.4.b_expert_B", "alpha").doesNotContain("expert_A_account");
	}

	@Test
	void aRowHasTheScoresWithADotAndEmptyCellsWhereThereIsNoValue() {
		CycleCsv csv = new CycleCsv(CODES, 3, true);

		List<String> row = csv.row(scored("Cork", 7));

		assertThat(row).hasSameSizeAs(csv.header());
		Map<String, String> cells = cells(csv.header(), row);
		assertThat(cells).containsEntry("nomination_id", "7")
			.containsEntry("city", "Cork")
			.containsEntry("status", "SHORTLISTED")
			.containsEntry("final", "true")
			.containsEntry("rounds", "1")
			.containsEntry("overall", "3.50")
			.containsEntry("block_2.1", "3.50")
			.containsEntry("block_2.2", "")
			.containsEntry("2.1.4.a_consensus", "3.50")
			.containsEntry("2.1.4.a_spread", "1")
			.containsEntry("2.1.4.a_expert_A", "3")
			.containsEntry("2.1.4.a_expert_B", "4")
			.containsEntry("2.1.4.a_expert_C", "")
			.containsEntry("2.1.4.b_consensus", "")
			.containsEntry("expert_A_account", "expert-02")
			.containsEntry("expert_C_account", "");
	}

	@Test
	void cityNamesWithCommasQuotesAndAccentsSurviveTheRoundTrip() throws IOException {
		String awkward = "Saint-Denis, \"La Réunion\"";
		CycleCsv csv = new CycleCsv(CODES, 2, false);

		String text = csv.write(List.of(scored(awkward, 1), scored("Ybycuí", 2)));

		assertThat(text).contains("\"Saint-Denis, \"\"La Réunion\"\"\"").contains("\r\n");
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<CSVRecord> records = parser.getRecords();
			assertThat(parser.getHeaderNames()).isEqualTo(csv.header());
			assertThat(records).hasSize(2);
			assertThat(records.get(0).get("city")).isEqualTo(awkward);
			assertThat(records.get(1).get("city")).isEqualTo("Ybycuí");
			assertThat(records.get(0).get("overall")).isEqualTo("3.50");
		}
	}

	@Test
	void theExpertColumnsFollowTheLargestPanel() {
		CycleCsv csv = CycleCsv.forRows(CODES, List.of(scored("Cork", 1)), false);

		assertThat(csv.header()).contains("2.1.4.a_expert_B").doesNotContain("2.1.4.a_expert_C");
	}

	@Test
	void expertsAreLabelledWithLetters() {
		assertThat(DossierService.label(0)).isEqualTo("A");
		assertThat(DossierService.label(2)).isEqualTo("C");
		assertThat(DossierService.label(26)).isEqualTo("A2");
	}

	/** A nomination scored by two experts on 2.1.4.a only: 3 and 4. */
	static NominationScores scored(String city, long id) {
		PanelScores scores = PanelScores.builder()
			.score("expert-02", "2.1.4.a", 3)
			.score("expert-03", "2.1.4.a", 4)
			.build();
		TreeMap<MeasurementCode, MeasurementResult> measurements = new TreeMap<>();
		measurements.put(MeasurementCode.of("2.1.4.a"), new MeasurementResult(List.of(3, 4), 3.5, 1));
		TreeMap<String, Double> blocks = new TreeMap<>(Map.of("2.1", 3.5));
		NominationResult result = new NominationResult(id, true, 1, List.of("expert-02", "expert-03"), measurements,
				blocks, blocks, OptionalDouble.of(3.5), Reliability.ofPanel(scores), Map.of());
		NominationView nomination = new NominationView(id, 100 + id, 1, 200 + id, city, "FR", "EUROPE_NORTH_AMERICA", 1,
				NominationStatus.SHORTLISTED, "Strong.", null, null, null, "natcom-fr", Instant.EPOCH);
		return new NominationScores(nomination, "France", result);
	}

	private static Map<String, String> cells(List<String> header, List<String> row) {
		Map<String, String> cells = new TreeMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.put(header.get(i), row.get(i));
		}
		return cells;
	}

}
