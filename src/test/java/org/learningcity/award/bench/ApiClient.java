package org.learningcity.award.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual person's HTTP conversation with the application: either a browser-like
 * session (form sign-in once, then the session cookie and the CSRF token on writes) or
 * HTTP Basic on every call. Times each call into {@link Latencies} under the name given,
 * and counts 5xx answers.
 */
final class ApiClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

	private final HttpClient http;

	private final String base;

	private final Latencies latencies;

	private final AtomicInteger serverErrors;

	private String session;

	private String csrf;

	private String basic;

	ApiClient(HttpClient http, String base, Latencies latencies, AtomicInteger serverErrors) {
		this.http = http;
		this.base = base;
		this.latencies = latencies;
		this.serverErrors = serverErrors;
	}

	static HttpClient newHttpClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	/** Signs in through the login form, as a browser does; keeps the session. */
	ApiClient signIn(String username, String password) {
		this.basic = null;
		this.session = null;
		Response login = send("signin.page", HttpRequest.newBuilder(uri("/login")).GET());
		this.csrf = csrf(login.body());
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(this.csrf, StandardCharsets.UTF_8);
		Response signedIn = send("signin",
				HttpRequest.newBuilder(uri("/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form)));
		String location = signedIn.location();
		if (signedIn.status() != 302 || location == null || location.contains("error")) {
			throw new IllegalStateException(
					"Sign-in of " + username + " failed: " + signedIn.status() + " " + location);
		}
		// the token changes at sign-in: read the new one from a page
		this.csrf = csrf(send("signin.tasks-page", HttpRequest.newBuilder(uri("/tasks")).GET()).body());
		return this;
	}

	/** Sends HTTP Basic credentials on every call instead of a session. */
	ApiClient basic(String username, String password) {
		this.session = null;
		this.csrf = null;
		this.basic = "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return this;
	}

	Response get(String operation, String path) {
		return send(operation, HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET());
	}

	Response post(String operation, String path, String json) {
		return send(operation,
				HttpRequest.newBuilder(uri(path))
					.header("Accept", "application/json")
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	private Response send(String operation, HttpRequest.Builder request) {
		// opening a large cycle (forming thousands of panels) may take minutes
		request.timeout(Duration.ofSeconds(operation.startsWith("cycle.") ? 1800 : 120));
		if (this.basic != null) {
			request.header("Authorization", this.basic);
		}
		if (this.session != null) {
			request.header("Cookie", "JSESSIONID=" + this.session);
		}
		if (this.csrf != null) {
			request.header("X-CSRF-TOKEN", this.csrf);
		}
		long start = System.nanoTime();
		HttpResponse<String> response;
		try {
			response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(operation + ": " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(operation + " interrupted", ex);
		}
		long nanos = System.nanoTime() - start;
		this.latencies.record(operation, nanos);
		if (response.statusCode() >= 500) {
			this.serverErrors.incrementAndGet();
			this.latencies.record("5xx " + operation, nanos);
		}
		response.headers().allValues("Set-Cookie").forEach((cookie) -> {
			Matcher matcher = SESSION.matcher(cookie);
			if (matcher.find()) {
				this.session = matcher.group(1);
			}
		});
		return new Response(response.statusCode(), response.body(),
				response.headers().firstValue("Location").orElse(null), nanos);
	}

	private URI uri(String path) {
		return URI.create(this.base + path);
	}

	private static String csrf(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token in the page");
		}
		return matcher.group(1);
	}

	record Response(int status, String body, String location, long nanos) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
