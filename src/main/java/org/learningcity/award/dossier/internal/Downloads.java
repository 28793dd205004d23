package org.learningcity.award.dossier.internal;

import java.text.Normalizer;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Files to download: their type, a safe file name, no caching of personal data. */
final class Downloads {

	private Downloads() {
	}

	enum Kind {

		PDF(MediaType.APPLICATION_PDF, "pdf"),
		CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8), "csv");

		final MediaType type;

		final String extension;

		Kind(MediaType type, String extension) {
			this.type = type;
			this.extension = extension;
		}

	}

	static ResponseEntity<byte[]> of(Kind kind, String baseName, byte[] content) {
		return ResponseEntity.ok()
			.contentType(kind.type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(baseName + "." + kind.extension).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(content);
	}

	/** Lower-case ASCII with hyphens: "Ybycuí" → "ybycui". */
	static String slug(String name) {
		String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		return slug.isEmpty() ? "city" : slug;
	}

}
