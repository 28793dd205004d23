package org.learningcity.award.nomination.internal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What an attachment must be, by content, size and name. */
class AttachmentRulesTests {

	@Test
	void aPdfIsRecognisedByItsContentNotItsName() {
		assertThat(AttachmentRules.contentProblem(ApplicationFixtures.PDF, 1000)).isEmpty();
		assertThat(AttachmentRules.contentProblem(ApplicationFixtures.PNG, 1000))
			.contains("nomination.error.file.notPdf");
		assertThat(AttachmentRules.contentProblem("%PDF".getBytes(StandardCharsets.US_ASCII), 1000))
			.contains("nomination.error.file.notPdf");
		assertThat(AttachmentRules.contentProblem(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII), 1000))
			.contains("nomination.error.file.notPdf");
	}

	@Test
	void anEmptyOrOversizedFileIsRefused() {
		assertThat(AttachmentRules.contentProblem(new byte[0], 1000)).contains("nomination.error.file.empty");
		assertThat(AttachmentRules.contentProblem(ApplicationFixtures.PDF, ApplicationFixtures.PDF.length)).isEmpty();
		assertThat(AttachmentRules.contentProblem(ApplicationFixtures.PDF, ApplicationFixtures.PDF.length - 1))
			.contains("nomination.error.file.tooLarge");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../report.pdf", "a/b.pdf", "a\\b.pdf", "/etc/x.pdf", "..pdf", "~root.pdf",
			"%2E%2E%2Fx.pdf", "x%00.pdf" })
	void pathLikeNamesAreRefused(String name) {
		assertThat(AttachmentRules.nameProblem(name)).contains("nomination.error.file.pathName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>.pdf", "a<b.pdf", "report.exe", "report.pdf.exe", "report.exe.pdf", "install.msi",
			"x.js", "page.html", "bell\u0007.pdf", "tab\tname.pdf", "rtl\u202Efdp.exe", "a|b.pdf", "c:x.pdf",
			"$(rm).pdf" })
	void scriptLikeNamesAreRefused(String name) {
		assertThat(AttachmentRules.nameProblem(name)).contains("nomination.error.file.scriptName");
	}

	@Test
	void aNameMustEndInPdfAndNotBeBlank() {
		assertThat(AttachmentRules.nameProblem("report.docx")).contains("nomination.error.file.notPdfName");
		assertThat(AttachmentRules.nameProblem("report")).contains("nomination.error.file.notPdfName");
		assertThat(AttachmentRules.nameProblem(" ")).contains("nomination.error.file.noName");
		assertThat(AttachmentRules.nameProblem(null)).contains("nomination.error.file.noName");
	}

	@ParameterizedTest
	@ValueSource(strings = { "report.pdf", "REPORT.PDF", "Plan d'action 2024 (final).pdf", "Évaluation — Cork.pdf",
			"manuscript.pdf", "transcript & notes; v2.pdf", "50% more.pdf" })
	void ordinaryNamesAreAccepted(String name) {
		assertThat(AttachmentRules.nameProblem(name)).isEmpty();
	}

	@Test
	void theDisplayedNameIsCleaned() {
		assertThat(AttachmentRules.displayName("Plan d'action 2024 (final).pdf"))
			.isEqualTo("Plan d_action 2024 (final).pdf");
		assertThat(AttachmentRules.displayName("E\u0301valuation.pdf")).isEqualTo("\u00C9valuation.pdf");
		assertThat(AttachmentRules.displayName("x".repeat(300) + ".pdf")).hasSize(AttachmentRules.MAX_NAME)
			.endsWith(".pdf");
		assertThat(AttachmentRules.displayName("___.pdf")).isEqualTo("document.pdf");
		assertThat(AttachmentRules.displayName("REPORT.PDF")).isEqualTo("REPORT.pdf");
	}

}
