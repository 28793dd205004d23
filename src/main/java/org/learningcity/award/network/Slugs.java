package org.learningcity.award.network;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * City slugs: lower-case ASCII, accents stripped, every run of other characters a single
 * hyphen. {@code "Ybycuí"} becomes {@code ybycui}, {@code "Mexico City"} becomes
 * {@code mexico-city}, {@code "N'Zérékoré"} becomes {@code n-zerekore}.
 */
public final class Slugs {

	/** Letters that Unicode does not decompose into a base letter and an accent. */
	private static final Map<Character, String> LETTERS = Map.ofEntries(Map.entry('ø', "o"), Map.entry('Ø', "o"),
			Map.entry('æ', "ae"), Map.entry('Æ', "ae"), Map.entry('œ', "oe"), Map.entry('Œ', "oe"),
			Map.entry('ß', "ss"), Map.entry('đ', "d"), Map.entry('Đ', "d"), Map.entry('ł', "l"), Map.entry('Ł', "l"),
			Map.entry('þ', "th"), Map.entry('Þ', "th"), Map.entry('ð', "d"), Map.entry('Ð', "d"), Map.entry('ı', "i"));

	private Slugs() {
	}

	public static String of(String name) {
		StringBuilder plain = new StringBuilder(name.length());
		for (char c : name.toCharArray()) {
			plain.append(LETTERS.getOrDefault(c, String.valueOf(c)));
		}
		String ascii = Normalizer.normalize(plain, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
	}

}
