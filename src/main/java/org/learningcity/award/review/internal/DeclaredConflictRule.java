package org.learningcity.award.review.internal;

import java.util.Collection;
import java.util.Set;

/**
 * Never an expert who declared a conflict of interest with the city.
 */
public final class DeclaredConflictRule implements ConflictRule {

	public static final String CODE = "DECLARED_CONFLICT";

	private final Set<DeclaredConflict> conflicts;

	public DeclaredConflictRule(Collection<DeclaredConflict> conflicts) {
		this.conflicts = Set.copyOf(conflicts);
	}

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public String description() {
		return "declared a conflict with the city";
	}

	@Override
	public boolean excludes(PanelExpert expert, PanelNomination nomination) {
		return this.conflicts.contains(new DeclaredConflict(expert.username(), nomination.cityId()));
	}

}
