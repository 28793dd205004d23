package org.learningcity.award.nomination.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Attachments: a real PDF is accepted and kept outside the web root under a generated
 * name; anything else (by content, size or name) is refused with the field {@code file}
 * and leaves nothing behind, neither a row nor a file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApplicationAttachmentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	Cycles cycles;

	@Autowired
	Catalog catalog;

	@Autowired
	Network network;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	AttachmentStore store;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	ApplicationFixtures fixtures;

	String id;

	@BeforeEach
	void setUp() throws Exception {
		this.fixtures = new ApplicationFixtures(this.cycles, this.catalog, this.network, this.jdbc, this.clock);
		this.id = this.json
			.readTree(this.mvc
				.perform(
						post("/api/cycles/{id}/applications", this.fixtures.openCycle()).with(ApplicationApiTests.CORK))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString())
			.get("id")
			.asText();
	}

	@AfterEach
	void tearDown() {
		this.fixtures.cleanUp();
	}

	ResultActions upload(String filename, byte[] content) throws Exception {
		return this.mvc.perform(multipart("/api/applications/{id}/attachments", this.id)
			.file(new MockMultipartFile("file", filename, "application/pdf", content))
			.with(ApplicationApiTests.CORK));
	}

	List<Path> filesOnDisk() throws Exception {
		Path dir = this.store.dir();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}

	@Test
	void aRealPdfIsStoredOutsideTheWebRootUnderAGeneratedName() throws Exception {
		JsonNode attached = this.json
			.readTree(upload("Plan d'action 2024.pdf", ApplicationFixtures.PDF).andExpect(status().isCreated())
				.andExpect(jsonPath("$.filename").value("Plan d_action 2024.pdf"))
				.andExpect(jsonPath("$.bytes").value(ApplicationFixtures.PDF.length))
				.andReturn()
				.getResponse()
				.getContentAsString());
		String storedName = this.jdbc.sql("select stored_name from application_attachment where id = ?")
			.param(Long.parseLong(attached.get("id").asText()))
			.query(String.class)
			.single();
		assertThat(storedName).matches("[0-9a-f-]{36}\\.pdf").doesNotContain("Plan");
		Path file = this.store.path(storedName);
		assertThat(file).exists().hasBinaryContent(ApplicationFixtures.PDF);
		assertThat(file.toAbsolutePath().toString()).doesNotContain("static").doesNotContain("public");
		assertThat(file.getParent()).isEqualTo(this.store.dir());

		this.mvc
			.perform(get("/api/applications/{id}/attachments/{a}", this.id, attached.get("id").asText())
				.with(ApplicationApiTests.CORK))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment;")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(ApplicationFixtures.PDF));
		this.mvc.perform(get("/api/applications/{id}", this.id).with(ApplicationApiTests.CORK))
			.andExpect(jsonPath("$.attachments[*].filename").value(contains("Plan d_action 2024.pdf")));
	}

	@Test
	void aPngRenamedToPdfIsRefused() throws Exception {
		List<Path> before = filesOnDisk();
		upload("photo.pdf", ApplicationFixtures.PNG).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("PDF")));
		assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(count()).isZero();
	}

	@Test
	void aFileOverTheCapIsRefused() throws Exception {
		byte[] large = Arrays.copyOf(ApplicationFixtures.PDF, 10 * 1024 * 1024 + 1);
		upload("large.pdf", large).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("file"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("10 MB")));
		assertThat(count()).isZero();
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		upload("empty.pdf", new byte[0]).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	static Stream<String> badNames() {
		return Stream.of("../../etc/passwd.pdf", "..\\boot.pdf", "/etc/report.pdf", "C:\\reports\\report.pdf",
				"%2e%2e%2freport.pdf", "<script>alert(1)</script>.pdf", "report.exe", "report.pdf.exe",
				"report.exe.pdf", "run.sh", "bell\u0007.pdf", "new\nline.pdf", "report.png", "report");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badNames")
	void pathLikeOrScriptLikeNamesAreRefused(String name) throws Exception {
		upload(name, ApplicationFixtures.PDF).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
		assertThat(count()).isZero();
	}

	@Test
	void aRemovedAttachmentLeavesNoFileBehind() throws Exception {
		String attachment = this.json
			.readTree(upload("plan.pdf", ApplicationFixtures.PDF).andReturn().getResponse().getContentAsString())
			.get("id")
			.asText();
		String storedName = this.jdbc.sql("select stored_name from application_attachment where id = ?")
			.param(Long.parseLong(attachment))
			.query(String.class)
			.single();
		assertThat(this.store.path(storedName)).exists();
		this.mvc
			.perform(delete("/api/applications/{id}/attachments/{a}", this.id, attachment)
				.with(ApplicationApiTests.CORK))
			.andExpect(status().isNoContent());
		assertThat(this.store.path(storedName)).doesNotExist();
		assertThat(count()).isZero();
		this.mvc
			.perform(get("/api/applications/{id}/attachments/{a}", this.id, attachment).with(ApplicationApiTests.CORK))
			.andExpect(status().isNotFound());
	}

	@Test
	void anAttachmentOfAnotherApplicationIsNotFound() throws Exception {
		String attachment = this.json
			.readTree(upload("plan.pdf", ApplicationFixtures.PDF).andReturn().getResponse().getContentAsString())
			.get("id")
			.asText();
		String dublins = this.json.readTree(this.mvc
			.perform(post("/api/cycles/{id}/applications", this.fixtures.openCycle()).with(ApplicationApiTests.DUBLIN))
			.andReturn()
			.getResponse()
			.getContentAsString()).get("id").asText();
		this.mvc
			.perform(
					get("/api/applications/{id}/attachments/{a}", dublins, attachment).with(ApplicationApiTests.DUBLIN))
			.andExpect(status().isNotFound());
	}

	@Test
	void aRolledBackUploadLeavesNoFileBehind(@Autowired ApplicationService applications,
			@Autowired org.springframework.transaction.support.TransactionTemplate transactions) throws Exception {
		long applicationId = Long.parseLong(this.id);
		List<Path> before = filesOnDisk();
		org.learningcity.award.identity.TestAccounts accounts = new org.learningcity.award.identity.TestAccounts(null,
				this.jdbc, this.users, null);
		accounts.as("city-cork", () -> {
			try {
				transactions.executeWithoutResult(status -> {
					applications.attach(applicationId, "plan.pdf", ApplicationFixtures.PDF);
					throw new IllegalStateException("something later in the same transaction fails");
				});
			}
			catch (IllegalStateException expected) {
				// the transaction rolled back
			}
			return null;
		});
		assertThat(filesOnDisk()).containsExactlyInAnyOrderElementsOf(before);
		assertThat(count()).isZero();
	}

	@Test
	void theNumberOfAttachmentsIsCapped() throws Exception {
		for (int i = 0; i < 10; i++) {
			upload("part " + i + ".pdf", ApplicationFixtures.PDF).andExpect(status().isCreated());
		}
		upload("one too many.pdf", ApplicationFixtures.PDF).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("file"));
	}

	private int count() {
		return this.jdbc.sql("select count(*) from application_attachment where application_id = ?")
			.param(Long.parseLong(this.id))
			.query(Integer.class)
			.single();
	}

}
