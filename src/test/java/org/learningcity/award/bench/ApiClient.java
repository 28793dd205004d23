package org.learningcity.award.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
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

	private final String base;

	private final Latencies latencies;

	private final AtomicInteger serverErrors;

	private String session;

	private String csrf;

	private String basic;

	ApiClient(String base, Latencies latencies, AtomicInteger serverErrors) {
		this.base = base;
		this.latencies = latencies;
		this.serverErrors = serverErrors;
	}

	/** Signs in through the login form, as a browser does; keeps the session. */
	ApiClient signIn(String username, String password) {
		this.basic = null;
		this.session = null;
		Response login = send("signin.page", "GET", "/login", null, null);
		this.csrf = csrf(login.body());
		String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(this.csrf, StandardCharsets.UTF_8);
		Response signedIn = send("signin", "POST", "/login", "application/x-www-form-urlencoded", form);
		String location = signedIn.location();
		if (signedIn.status() != 302 || location == null || location.contains("error")) {
			throw new IllegalStateException(
					"Sign-in of " + username + " failed: " + signedIn.status() + " " + location);
		}
		// the token changes at sign-in: read the new one from a page
		this.csrf = csrf(send("signin.tasks-page", "GET", "/tasks", null, null).body());
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
		return send(operation, "GET", path, null, null);
	}

	Response post(String operation, String path, String json) {
		return send(operation, "POST", path, "application/json", json);
	}

	/**
	 * One call through the JDK's {@link HttpURLConnection}, which keeps connections alive
	 * between calls ({@code http.maxConnections}, set by the bench profile, is how many
	 * per server). Not {@code java.net.http.HttpClient}: its asynchronous machinery (a
	 * selector thread per client, futures, flow subscribers) cost the load generator,
	 * which shares the two cores with the application, 2.5 times as much CPU per call
	 * (0.9 against 0.35 ms, CPU profiles of the review phase).
	 */
	private Response send(String operation, String method, String path, String contentType, String body) {
		long start = System.nanoTime();
		int status;
		String answer;
		String location;
		List<String> cookies;
		try {
			HttpURLConnection call = (HttpURLConnection) URI.create(this.base + path).toURL().openConnection();
			call.setInstanceFollowRedirects(false);
			call.setUseCaches(false);
			call.setConnectTimeout(10_000);
			// opening a large cycle (forming thousands of panels) may take minutes
			call.setReadTimeout(operation.startsWith("cycle.") ? 1_800_000 : 120_000);
			call.setRequestMethod(method);
			call.setRequestProperty("Accept", "application/json");
			if (this.basic != null) {
				call.setRequestProperty("Authorization", this.basic);
			}
			if (this.session != null) {
				call.setRequestProperty("Cookie", "JSESSIONID=" + this.session);
			}
			if (this.csrf != null) {
				call.setRequestProperty("X-CSRF-TOKEN", this.csrf);
			}
			if (body != null) {
				byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
				call.setRequestProperty("Content-Type", contentType);
				call.setDoOutput(true);
				call.setFixedLengthStreamingMode(bytes.length);
				try (OutputStream out = call.getOutputStream()) {
					out.write(bytes);
				}
			}
			status = call.getResponseCode();
			// read to the end and closed: the connection goes back to the keep-alive pool
			try (InputStream in = (status >= 400) ? call.getErrorStream() : call.getInputStream()) {
				answer = (in != null) ? new String(in.readAllBytes(), StandardCharsets.UTF_8) : "";
			}
			location = call.getHeaderField("Location");
			cookies = call.getHeaderFields().getOrDefault("Set-Cookie", List.of());
		}
		catch (IOException ex) {
			throw new IllegalStateException(operation + ": " + ex.getMessage(), ex);
		}
		long nanos = System.nanoTime() - start;
		this.latencies.record(operation, nanos);
		if (status >= 500) {
			this.serverErrors.incrementAndGet();
			this.latencies.record("5xx " + operation, nanos);
		}
		for (String cookie : cookies) {
			Matcher matcher = SESSION.matcher(cookie);
			if (matcher.find()) {
				this.session = matcher.group(1);
			}
		}
		return new Response(status, answer, location, nanos);
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
