package org.learningcity.award.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client for tests against the running server (not MockMvc): Camunda's REST
 * API and webapps are servlets and filters of their own, so only a request that goes
 * through the whole servlet container shows what a caller gets. Keeps cookies like a
 * browser and never follows redirects, so a redirect to the sign-in page is visible.
 */
final class HttpProbe {

	private static final Pattern CSRF_INPUT = Pattern
		.compile("<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final String base;

	private final HttpClient client;

	HttpProbe(int port) {
		this.base = "http://localhost:" + port;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	HttpResponse<String> get(String path) {
		return send(request(path).GET().build());
	}

	HttpResponse<String> get(String path, String username, String password) {
		return send(request(path).header("Authorization", basic(username, password)).GET().build());
	}

	/**
	 * Signs in through the sign-in form (with its CSRF token), as a browser does; the
	 * session cookie stays in this client.
	 */
	HttpResponse<String> signIn(String username, String password) {
		HttpResponse<String> form = get("/login");
		String token = csrfToken(form.body());
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("username", username);
		fields.put("password", password);
		fields.put("_csrf", token);
		String body = fields.entrySet()
			.stream()
			.map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	String url(String path) {
		return this.base + path;
	}

	static boolean isRefused(HttpResponse<String> response) {
		return response.statusCode() == 401 || redirectsToSignIn(response);
	}

	static boolean redirectsToSignIn(HttpResponse<String> response) {
		return response.statusCode() == 302
				&& response.headers().firstValue("Location").map(location -> location.endsWith("/login")).orElse(false);
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(this.base + path)).timeout(Duration.ofSeconds(60));
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException("Request failed: " + request.uri(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.uri(), ex);
		}
	}

	private static String csrfToken(String html) {
		Matcher matcher = CSRF_INPUT.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("The sign-in form has no CSRF token:\n" + html);
		}
		return (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
	}

	private static String basic(String username, String password) {
		return "Basic "
				+ Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
