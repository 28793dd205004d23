package org.learningcity.award.review.internal;

/**
 * The penalties of the soft preferences, in points; the assignment minimises their sum
 * once loads are as even as possible. Their order is what matters: by default an expert
 * who cannot read the report weighs more than two experts of one region on a panel, which
 * weighs more than an expert who does not know the report's focus.
 *
 * @param language an expert who does not read the report's language
 * @param expertise an expert who knows none of the report's focus areas
 * @param sameRegion each further expert of a region already on the panel (the second of a
 * region costs this once, the third twice more ...)
 */
public record AssignmentWeights(int language, int expertise, int sameRegion) {

	public static final AssignmentWeights DEFAULT = new AssignmentWeights(100, 20, 40);

	public AssignmentWeights {
		if (language < 0 || expertise < 0 || sameRegion < 0) {
			throw new IllegalArgumentException("Penalties must not be negative");
		}
	}

	/** The penalty of the expert on the nomination's panel, before regional diversity. */
	public int pair(PanelExpert expert, PanelNomination nomination) {
		int penalty = 0;
		if (!expert.reads(nomination.reportLanguage())) {
			penalty += this.language;
		}
		if (!expert.knowsAny(nomination.focus())) {
			penalty += this.expertise;
		}
		return penalty;
	}

	/** The diversity penalty of {@code count} experts of one region on one panel. */
	public long sameRegion(int count) {
		return (count <= 1) ? 0 : (long) this.sameRegion * count * (count - 1) / 2;
	}

}
