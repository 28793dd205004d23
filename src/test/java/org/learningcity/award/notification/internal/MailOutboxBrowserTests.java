package org.learningcity.award.notification.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.learningcity.award.notification.NotificationRequest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Staff open the mail outbox in a real browser and see what was sent and what failed. */
class MailOutboxBrowserTests extends MailTestSupport {

	private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void launchBrowser() {
		assumeThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install -y chromium)")
			.isTrue();
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-quic", "--no-first-run")));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	@Test
	void staffOpenTheOutboxAndSeeSentAndFailedMail(TestInfo test) throws Exception {
		account("notify-en", "Ada Lovelace", "ada@example.org", "en", "EXPERT");
		sendInTransaction(
				NotificationRequest.to("notify-en").template("task-assigned").with("taskName", "Score Cork").build());
		sendInTransaction(
				NotificationRequest.to("nowhere@@example").template("task-assigned").with("taskName", "Lost").build());
		this.worker.deliverDue();

		try (Page page = browser.newPage()) {
			try {
				page.navigate(url("/login"));
				page.fill("#username", "staff");
				page.fill("#password", "demo");
				page.click("button[type=submit]");
				page.navigate(url("/mail"));

				assertThat(page.locator("h1")).hasText("Mail outbox");
				assertThat(page.locator("#outbox tbody tr")).hasCount(2);
				assertThat(page.locator("#outbox")).containsText("New task: Score Cork");
				assertThat(page.locator("#outbox")).containsText("Sent");
				assertThat(page.locator("#outbox")).containsText("Failed");
				assertThat(page.locator("#outbox")).containsText("The e-mail address is not valid");
				page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("mail-outbox")).setFullPage(true));

				page.click("text=Send again");
				assertThat(page.locator(".flash")).containsText("back in the queue");

				page.click("text=New task: Score Cork");
				assertThat(page.locator("pre.mail-text")).containsText("Dear Ada Lovelace,");

				page.navigate(url("/mail/templates?name=review-invitation&language=fr"));
				assertThat(page.locator("#preview-subject")).hasText("Invitation à évaluer la nomination de Cork");
				assertThat(page.frameLocator("iframe.mail-preview").locator("body"))
					.containsText("Bonjour Alex Exemple");
				page.screenshot(
						new Page.ScreenshotOptions().setPath(screenshot("mail-template-preview")).setFullPage(true));
			}
			catch (AssertionError | RuntimeException ex) {
				page.screenshot(new Page.ScreenshotOptions()
					.setPath(screenshot("failed-" + test.getTestMethod().map(m -> m.getName()).orElse("test")))
					.setFullPage(true));
				throw ex;
			}
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private static Path screenshot(String name) {
		return Paths.get("target", "screenshots", name + ".png");
	}

}
