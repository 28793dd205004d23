package org.learningcity.award.nomination.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an attachment must be: a PDF by its content (it starts with {@code %PDF-},
 * whatever its name says), not empty, not larger than the cap, and a file name that is
 * neither a path ({@code ../}, {@code /}, {@code \}) nor a script or program
 * ({@code <script>}, {@code .exe}, control characters). The name kept for display is a
 * cleaned copy; the file on disk gets a generated name.
 */
final class AttachmentRules {

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	/** Longest name kept for display. */
	static final int MAX_NAME = 120;

	private static final List<String> PROGRAM_EXTENSIONS = List.of("exe", "bat", "cmd", "com", "scr", "msi", "js",
			"jse", "vbs", "vbe", "ps1", "sh", "jar", "dll", "html", "htm", "svg", "php", "py", "pif", "hta", "lnk");

	private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}\\u2028\\u2029\\u202A-\\u202E\\u2066-\\u2069]");

	private static final Pattern MARKUP = Pattern.compile("[<>\"`|*?:{}$]");

	private static final Pattern ENCODED_PATH = Pattern.compile("%(2e|2f|5c|00)", Pattern.CASE_INSENSITIVE);

	private AttachmentRules() {
	}

	/** The problem with the file name, as a message key, if any. */
	static Optional<String> nameProblem(String name) {
		if (name == null || name.isBlank()) {
			return Optional.of("nomination.error.file.noName");
		}
		if (name.contains("/") || name.contains("\\") || name.contains("..") || name.startsWith("~")
				|| ENCODED_PATH.matcher(name).find()) {
			return Optional.of("nomination.error.file.pathName");
		}
		if (CONTROL.matcher(name).find() || MARKUP.matcher(name).find()) {
			return Optional.of("nomination.error.file.scriptName");
		}
		String lower = name.toLowerCase(Locale.ROOT);
		String[] parts = lower.split("\\.");
		if (parts.length > 1 && Arrays.stream(parts, 1, parts.length).anyMatch(PROGRAM_EXTENSIONS::contains)) {
			return Optional.of("nomination.error.file.scriptName");
		}
		if (!lower.endsWith(".pdf")) {
			return Optional.of("nomination.error.file.notPdfName");
		}
		return Optional.empty();
	}

	/** The problem with the content, as a message key, if any. */
	static Optional<String> contentProblem(byte[] content, long maxBytes) {
		if (content == null || content.length == 0) {
			return Optional.of("nomination.error.file.empty");
		}
		if (content.length > maxBytes) {
			return Optional.of("nomination.error.file.tooLarge");
		}
		if (!isPdf(content)) {
			return Optional.of("nomination.error.file.notPdf");
		}
		return Optional.empty();
	}

	/** Whether the content starts like a PDF does. */
	static boolean isPdf(byte[] content) {
		if (content.length < PDF_MAGIC.length) {
			return false;
		}
		return Arrays.equals(content, 0, PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
	}

	/**
	 * A name safe to show and to offer on download (for a name {@link #nameProblem}
	 * accepted): composed Unicode, letters, digits, spaces and {@code . _ - ( ) ,} only,
	 * at most {@value #MAX_NAME} characters, ending in {@code .pdf}.
	 */
	static String displayName(String name) {
		String clean = Normalizer.normalize(name, Normalizer.Form.NFC)
			.replaceAll("[^\\p{L}\\p{M}\\p{N} ._\\-(),]", "_")
			.replaceAll("\\s+", " ")
			.strip();
		String base = clean.substring(0, clean.length() - 4).strip();
		if (base.isEmpty() || base.chars().allMatch(c -> c == '.' || c == '_')) {
			base = "document";
		}
		if (base.length() > MAX_NAME - 4) {
			base = base.substring(0, MAX_NAME - 4);
		}
		return base + ".pdf";
	}

}
