package org.learningcity.award.dossier.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.jury.Tally;
import org.learningcity.award.network.Network;
import org.learningcity.award.testing.ReviewedNominations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier page and PDF, the cycle CSV and the cycle report, read back (PDFBox text
 * extraction, Commons CSV), and who may read them: a cycle with Ybycuí shortlisted and
 * Cork only eligible.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierExportsTests {

	@Autowired
	MockMvc mvc;

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

	@Autowired
	ObjectMapper json;

	ReviewedNominations fixture;

	long cycle;

	long ybycui;

	long cork;

	long attachment;

	@BeforeEach
	void setUp() {
		this.fixture = new ReviewedNominations(this.jdbc, this.cycles, this.network, this.users, this.clock);
		this.cycle = this.fixture.cycle("Dossier test cycle");
		this.ybycui = this.fixture.nomination(this.cycle, "ybycui", "SHORTLISTED", "expert-02", "expert-03",
				"expert-04");
		this.fixture.narrative(this.ybycui, "2.1.4.a",
				"Éducation des adultes à Ybycuí: evening classes, 300 learners.");
		this.fixture.indicator(this.ybycui, "1.1.1.a", 94.5, 2024);
		this.attachment = this.fixture.attachment(this.ybycui, "plan-ybycui.pdf");
		long a = this.fixture.review(this.ybycui, "expert-02");
		long b = this.fixture.review(this.ybycui, "expert-03");
		long c = this.fixture.review(this.ybycui, "expert-04");
		this.fixture.score(a, 1, "2.1.4.a", 3, "Some outreach, little evidence of reach.");
		this.fixture.score(b, 1, "2.1.4.a", 4, "Clear programmes for disadvantaged groups.");
		this.fixture.score(c, 1, "2.1.4.a", 5, "Outstanding and well documented.");
		this.fixture.score(a, 1, "2.5.1.a", 4, "Good.");
		this.fixture.score(b, 1, "2.5.1.a", 4, "Good.");
		this.fixture.score(c, 1, "2.5.1.a", 4, "Good.");
		// the review process found 2.1.4.a divergent (spread 2) on the first round
		this.fixture.decided(this.ybycui, 1, "2.1.4.a");
		this.cork = this.fixture.nomination(this.cycle, "cork", "ELIGIBLE", "expert-05", "expert-06", "expert-07");
		long d = this.fixture.review(this.cork, "expert-05");
		long e = this.fixture.review(this.cork, "expert-06");
		long f = this.fixture.review(this.cork, "expert-07");
		for (long review : List.of(d, e, f)) {
			this.fixture.score(review, 1, "2.5.1.a", 3, "Fair.");
		}
		this.fixture.score(d, 1, "2.1.4.a", 2, "Thin.");
		this.fixture.score(e, 1, "2.1.4.a", 2, "Thin.");
		this.fixture.score(f, 1, "2.1.4.a", 3, "Some.");
		this.fixture.decided(this.cork, 1);
	}

	@AfterEach
	void cleanUp() {
		this.jdbc.sql("delete from jury_awardee where cycle_id = ?").param(this.cycle).update();
		this.jdbc.sql("delete from jury_decision where cycle_id = ?").param(this.cycle).update();
		this.fixture.cleanUp();
	}

	@Test
	void theDossierPdfCarriesTheCityItsReportScoresAndAnonymisedJustifications() throws Exception {
		String text = pdfText(
				this.mvc.perform(get("/api/nominations/" + this.ybycui + "/dossier.pdf").with(as("staff")))
					.andExpect(status().isOk())
					.andExpect(content().contentType(MediaType.APPLICATION_PDF))
					.andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, containsString("dossier-ybycui-")))
					.andReturn()
					.getResponse()
					.getContentAsByteArray());

		assertThat(text).contains("Dossier of Ybycuí (PY)", "Paraguay", "Latin America and the Caribbean",
				"Shortlisted");
		assertThat(text).contains("Overall score", "4.00");
		assertThat(text).contains("Éducation des adultes à Ybycuí", "Adult literacy rate", "94.5", "plan-ybycui.pdf");
		assertThat(text).contains("Expert A", "Expert C", "Outstanding and well documented.", "divergent");
		assertThat(text).doesNotContain("expert-02", "expert-04");
	}

	@Test
	void theDossierPdfSpeaksTheReadersLanguageWithItsAccents() throws Exception {
		String text = pdfText(this.mvc
			.perform(get("/api/nominations/" + this.ybycui + "/dossier.pdf").with(as("staff"))
				.header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		assertThat(text).contains("Dossier de Ybycuí (PY)", "Région de l'UNESCO", "Note globale", "4,00",
				"Présélectionnée", "Écart");
	}

	@Test
	void aJurorReadsTheDossierOfAShortlistedNominationWithoutExpertsNamesOrDownloads() throws Exception {
		this.mvc.perform(get("/nominations/" + this.ybycui + "/dossier").with(as("juror-01")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ybycuí")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("Expert B")))
			.andExpect(content().string(containsString("plan-ybycui.pdf")))
			.andExpect(content().string(containsString("/api/nominations/" + this.ybycui + "/dossier.pdf")))
			.andExpect(content().string(not(containsString("expert-03"))))
			.andExpect(content().string(not(containsString("/attachments/" + this.attachment))));
		this.mvc.perform(get("/api/nominations/" + this.ybycui + "/dossier.pdf").with(as("juror-01")))
			.andExpect(status().isOk());
	}

	@Test
	void staffGetTheDossierPageWithTheAttachmentsDownloadLink() throws Exception {
		long application = this.fixture.applicationOf(this.ybycui);
		this.mvc.perform(get("/nominations/" + this.ybycui + "/dossier").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/applications/" + application + "/attachments/" + this.attachment)))
			.andExpect(content().string(containsString("Download PDF")));
	}

	@Test
	void aJurorIsToldTheDossierOfANominationNotBeforeTheJuryDoesNotExist() throws Exception {
		this.mvc.perform(get("/nominations/" + this.cork + "/dossier").with(as("juror-01")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/nominations/" + this.cork + "/dossier.pdf").with(as("juror-01")))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCityMayNotReadADossierNotEvenItsOwn() throws Exception {
		this.mvc.perform(get("/nominations/" + this.cork + "/dossier").with(as("city-cork")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/nominations/" + this.cork + "/dossier.pdf").with(as("city-cork")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/export.csv").with(as("city-cork")))
			.andExpect(status().isForbidden());
	}

	@Test
	void staffExportEveryNominationWithEveryScoreAndTheExperts() throws Exception {
		byte[] body = this.mvc.perform(get("/api/cycles/" + this.cycle + "/export.csv").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body[0]).as("no byte order mark by default").isEqualTo((byte) 'n');
		List<CSVRecord> rows = parse(body);

		assertThat(rows).hasSize(2);
		CSVRecord ybycui = rows.stream().filter((r) -> r.get("city").equals("Ybycuí")).findFirst().orElseThrow();
		assertThat(ybycui.get("nomination_id")).isEqualTo(Long.toString(this.ybycui));
		assertThat(ybycui.get("country_code")).isEqualTo("PY");
		assertThat(ybycui.get("region")).isEqualTo("LATIN_AMERICA_CARIBBEAN");
		assertThat(ybycui.get("status")).isEqualTo("SHORTLISTED");
		assertThat(ybycui.get("overall")).isEqualTo("4.00");
		assertThat(ybycui.get("block_2.1")).isEqualTo("4.00");
		assertThat(ybycui.get("2.1.4.a_consensus")).isEqualTo("4.00");
		assertThat(ybycui.get("2.1.4.a_spread")).isEqualTo("2");
		assertThat(ybycui.get("2.1.4.a_expert_A")).isEqualTo("3");
		assertThat(ybycui.get("2.1.4.a_expert_C")).isEqualTo("5");
		assertThat(ybycui.get("2.1.4.b_consensus")).isEmpty();
		assertThat(ybycui.get("expert_A_account")).isEqualTo("expert-02");
		CSVRecord cork = rows.stream().filter((r) -> r.get("city").equals("Cork")).findFirst().orElseThrow();
		assertThat(cork.get("overall")).isEqualTo("2.50");
	}

	@Test
	void aJurorExportsOnlyTheNominationsBeforeTheJuryAnonymised() throws Exception {
		byte[] body = this.mvc.perform(get("/api/cycles/" + this.cycle + "/export.csv").with(as("juror-01")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text = new String(body, StandardCharsets.UTF_8);
		List<CSVRecord> rows = parse(body);

		assertThat(rows).extracting((r) -> r.get("city")).containsExactly("Ybycuí");
		assertThat(rows.get(0).get("2.1.4.a_expert_B")).isEqualTo("4");
		assertThat(text).doesNotContain("_account", "expert-02");
	}

	@Test
	void theCsvStartsWithAByteOrderMarkForSpreadsheetsWhenAsked() throws Exception {
		byte[] body = this.mvc.perform(get("/api/cycles/" + this.cycle + "/export.csv?bom=true").with(as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		assertThat(body).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'n');
	}

	@Test
	void theCycleReportHasTheRulesStagesDistributionRankingReliabilityAndShortlist() throws Exception {
		String text = pdfText(this.mvc.perform(get("/api/cycles/" + this.cycle + "/report.pdf").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		assertThat(text).contains("Cycle report: Dossier test cycle", "The cycle's rules", "Experts per panel",
				"Counts per stage", "Panels formed", "Overall scores per UNESCO region", "Ranking", "Reliability");
		assertThat(text).containsSubsequence("Ybycuí", "4.00", "Cork", "2.50");
		assertThat(text).contains("Shortlist").doesNotContain("Decision: the awardees");
	}

	@Test
	void theCycleReportShowsTheConfirmedShortlistAndTheJurysDecisionWithItsPublicTally() throws Exception {
		Timestamp confirmedAt = Timestamp.from(Instant.parse("2026-06-01T10:00:00Z"));
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into shortlist (cycle_id, rationale, confirmed_by, confirmed_at) values (?, ?, 'staff', ?)")
			.params(this.cycle, "Ybycuí leads its region by a wide margin.", confirmedAt)
			.update(keys, "id");
		this.jdbc
			.sql("insert into shortlist_member (shortlist_id, nomination_id, list_order, ranking_rank, overall, "
					+ "reason_code, reason_text) values (?, ?, 1, 1, 4.0, 'shortlist.reason.in-best', ?)")
			.params(keys.getKey().longValue(), this.ybycui, "Ybycuí: among the best overall scores.")
			.update();
		Tally tally = new Tally(
				List.of(new Tally.CityTally(this.ybycui, 0, "Ybycuí", "PY", "LATIN_AMERICA_CARIBBEAN", 4, 0, 0, 1,
						false)),
				List.of("juror-01", "juror-02", "juror-03", "juror-04", "juror-05"), List.of(), List.of("juror-05"),
				List.of());
		this.jdbc
			.sql("insert into jury_decision (cycle_id, statement, tally_snapshot, decided_by, decided_at) "
					+ "values (?, ?, ?, 'juror-01', ?)")
			.params(this.cycle, "Ybycuí brings learning to every household.", this.json.writeValueAsString(tally),
					Timestamp.from(Instant.parse("2026-07-01T10:00:00Z")))
			.update();
		this.jdbc.sql("insert into jury_awardee (cycle_id, nomination_id) values (?, ?)")
			.params(this.cycle, this.ybycui)
			.update();

		String text = pdfText(this.mvc.perform(get("/api/cycles/" + this.cycle + "/report.pdf").with(as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());

		assertThat(text).contains("Confirmed by", "staff · 1 June 2026", "Rationale",
				"Ybycuí leads its region by a wide margin.", "Decided by", "juror-01 · 1 July 2026",
				"4 of 5 jurors voted");
		assertThat(text).containsSubsequence("Shortlist", "Ybycuí (PY)", "4.00",
				"Ybycuí: among the best overall scores.", "Decision: the awardees", "The jury's statement",
				"Ybycuí brings learning to every household.", "Ybycuí (PY)");
		assertThat(text).containsPattern("Ybycuí \\(PY\\)\\s+4\\s+0\\s+0\\s+1");
		assertThat(text).doesNotContain("Cork (IE)");
	}

	@Test
	void aNominationWithoutScoresHasADossierThatSaysSo() throws Exception {
		long espoo = this.fixture.nomination(this.cycle, "espoo", "ELIGIBLE");

		this.mvc.perform(get("/nominations/" + espoo + "/dossier").with(as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No expert has submitted scores yet.")));
		String text = pdfText(this.mvc.perform(get("/api/nominations/" + espoo + "/dossier.pdf").with(as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(text).contains("Dossier of Espoo (FI)", "No expert has submitted scores yet.",
				"The city wrote nothing for this measurement.", "No attachments.");
	}

	@Test
	void onlyStaffGetTheCycleReport() throws Exception {
		this.mvc.perform(get("/api/cycles/" + this.cycle + "/report.pdf").with(as("juror-01")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/cycles/999999999/report.pdf").with(as("staff"))).andExpect(status().isNotFound());
	}

	private RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	/**
	 * The PDF's text; the file itself is kept under target/dossier-samples for a person
	 * to look at.
	 */
	private static String pdfText(byte[] pdf) throws IOException {
		Path samples = Path.of("target", "dossier-samples");
		Files.createDirectories(samples);
		Files.write(samples.resolve("sample-" + pdf.length + ".pdf"), pdf);
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static List<CSVRecord> parse(byte[] csv) throws IOException {
		CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)), format)) {
			return parser.getRecords();
		}
	}

}
