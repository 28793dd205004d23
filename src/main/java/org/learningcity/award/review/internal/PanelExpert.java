package org.learningcity.award.review.internal;

import java.util.Objects;
import java.util.Set;

/**
 * An expert who may sit on panels.
 *
 * @param username the expert's account
 * @param countryCode the expert's country, ISO 3166-1 alpha-2
 * @param region the code of the expert's UNESCO region, or {@code null} if unknown (then
 * the expert counts as a region of their own for diversity)
 * @param languages the languages the expert reads (ISO 639-1)
 * @param expertise the catalogue areas or areas of focus the expert knows ({@code 2.1})
 * @param maxLoad how many reviews the expert takes at most in the cycle
 * @param currentLoad how many reviews the expert already has in the cycle
 */
public record PanelExpert(String username, String countryCode, String region, Set<String> languages,
		Set<String> expertise, int maxLoad, int currentLoad) {

	public PanelExpert {
		Objects.requireNonNull(username, "username");
		languages = (languages != null) ? Set.copyOf(languages) : Set.of();
		expertise = (expertise != null) ? Set.copyOf(expertise) : Set.of();
		if (maxLoad < 0 || currentLoad < 0) {
			throw new IllegalArgumentException("Loads of " + username + " must not be negative");
		}
	}

	/** How many more reviews the expert may take. */
	public int spare() {
		return Math.max(0, this.maxLoad - this.currentLoad);
	}

	/** Whether the expert reads the language ({@code true} when it is unknown). */
	public boolean reads(String language) {
		return language == null || this.languages.contains(language);
	}

	/**
	 * Whether the expert knows one of the areas ({@code true} when none are asked for).
	 * An area and its areas of focus match each other: {@code 2} matches {@code 2.1} and
	 * the other way round.
	 */
	public boolean knowsAny(Set<String> focus) {
		if (focus.isEmpty()) {
			return true;
		}
		for (String known : this.expertise) {
			for (String wanted : focus) {
				if (known.equals(wanted) || known.startsWith(wanted + ".") || wanted.startsWith(known + ".")) {
					return true;
				}
			}
		}
		return false;
	}

}
