package org.learningcity.award.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the {@code *BrowserTests}: a headless Debian Chromium driven by
 * Playwright against the application on its random port. One browser per test class, a
 * fresh browser context (cookies, session) per test, and a screenshot of the page in
 * {@code target/browser-screenshots/} when a test fails. The class is skipped, with a
 * reason, on a machine without {@value #CHROMIUM} ({@code scripts/test.sh} installs it).
 */
@ExtendWith(BrowserTestSupport.ScreenshotOnFailure.class)
public abstract class BrowserTestSupport {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final Path SCREENSHOTS = Paths.get("target", "browser-screenshots");

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
			"--disable-sync", "--disable-quic", "--no-first-run");

	private static Playwright playwright;

	private static Browser browser;

	@LocalServerPort
	protected int port;

	protected BrowserContext context;

	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		Assumptions.assumeTrue(Files.isExecutable(Paths.get(CHROMIUM)),
				"Browser tests need Chromium at " + CHROMIUM + " (apt-get install chromium; scripts/test.sh does)");
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM))
				.setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
			browser = null;
		}
		if (playwright != null) {
			playwright.close();
			playwright = null;
		}
	}

	@BeforeEach
	void openPage() {
		this.context = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
		this.context.setDefaultTimeout(15_000);
		this.page = this.context.newPage();
	}

	@AfterEach
	void closePage() {
		if (this.context != null) {
			this.context.close();
		}
	}

	/** The address of a path in the application under test. */
	protected String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	/**
	 * Signs in through the sign-in form with the demo password and waits until the
	 * browser has left the sign-in page.
	 */
	protected void signIn(Page page, String username) {
		signIn(page, username, "demo");
		page.waitForURL(address -> !address.contains("/login"));
	}

	/** Fills and sends the sign-in form; does not wait for success. */
	protected void signIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForLoadState();
	}

	/**
	 * Takes the screenshot right after a failing test method, before {@code @AfterEach}
	 * closes the page.
	 */
	static class ScreenshotOnFailure implements AfterTestExecutionCallback {

		@Override
		public void afterTestExecution(ExtensionContext extension) throws IOException {
			if (extension.getExecutionException().isEmpty()
					|| !(extension.getTestInstance().orElse(null) instanceof BrowserTestSupport test)
					|| test.page == null || test.page.isClosed()) {
				return;
			}
			Files.createDirectories(SCREENSHOTS);
			String name = (extension.getRequiredTestClass().getSimpleName() + "-"
					+ extension.getRequiredTestMethod().getName() + "-" + extension.getDisplayName())
				.replaceAll("[^A-Za-z0-9._-]+", "_");
			Path file = SCREENSHOTS.resolve(name + ".png");
			test.page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			System.err.println("Screenshot of the failed browser test: " + file.toAbsolutePath());
		}

	}

}
