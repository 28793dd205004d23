package org.learningcity.award.review.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.learningcity.award.nomination.Nominations;
import org.learningcity.award.review.Reviews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The scoring page lists the city's attachments, and an expert who accepted the review
 * may open them; an expert only invited, one who declined, or one not on the panel may
 * not (404, as for anyone else who may not see the application).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PanelExpertsReadAttachmentsTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	Reviews reviews;

	@Autowired
	Nominations nominations;

	@Autowired
	UserDetailsService users;

	ReviewScenario scenario;

	long application;

	long attachment;

	Path file;

	@BeforeEach
	void setUp() throws Exception {
		this.scenario = ReviewScenario.in(this.context).start("Attachments for experts test");
		this.application = this.nominations.get(this.scenario.nomination).applicationId();
		String stored = "review-attachment-" + System.nanoTime() + ".pdf";
		this.file = Path.of("target/test-attachments", stored);
		Files.createDirectories(this.file.getParent());
		Files.write(this.file, "%PDF-1.4\n% Cork's learning city report\n".getBytes(StandardCharsets.US_ASCII));
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into application_attachment (application_id, stored_name, filename, bytes, sha256, "
					+ "uploaded_at, uploaded_by) values (?, ?, 'cork-report.pdf', ?, ?, ?, 'test')")
			.params(this.application, stored, Files.size(this.file), "0".repeat(64),
					Timestamp.from(this.clock.instant()))
			.update(key, "id");
		this.attachment = key.getKey().longValue();
	}

	@AfterEach
	void cleanUp() throws Exception {
		this.jdbc.sql("delete from application_attachment where id = ?").param(this.attachment).update();
		Files.deleteIfExists(this.file);
		this.scenario.cleanUp();
	}

	@Test
	void anExpertWhoAcceptedOpensTheAttachmentsFromTheScoringPage() throws Exception {
		assertDownload("expert-01", 404);

		this.reviews.accept(this.scenario.nomination, "expert-01");
		String task = this.scenario.taskOf("expert-01", ReviewProcess.TASK_SCORE_REPORT);

		this.mvc.perform(get("/review/tasks/" + task).with(user(this.users.loadUserByUsername("expert-01"))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("/applications/" + this.application + "/attachments/" + this.attachment + "\"")))
			.andExpect(content().string(containsString("cork-report.pdf")));
		this.mvc.perform(url().with(user(this.users.loadUserByUsername("expert-01"))))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
	}

	@Test
	void anExpertOnlyInvitedDeclinedOrNotOnThePanelCannot() throws Exception {
		this.reviews.decline(this.scenario.nomination, "expert-02", "Not my field.", false);

		assertDownload("expert-02", 404);
		assertDownload("expert-03", 404);
		assertDownload("expert-09", 404);
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder url() {
		return get("/applications/" + this.application + "/attachments/" + this.attachment);
	}

	private void assertDownload(String expert, int expected) throws Exception {
		this.mvc.perform(url().with(user(this.users.loadUserByUsername(expert)))).andExpect(status().is(expected));
	}

}
