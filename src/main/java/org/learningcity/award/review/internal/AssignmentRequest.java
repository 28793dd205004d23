package org.learningcity.award.review.internal;

import java.util.Collection;
import java.util.List;

/**
 * What the panel assignment needs: the nominations to staff, the experts, the panel size
 * and the number of reserves per panel, the conflict rules and the penalties of the soft
 * preferences.
 *
 * @param nominations the nominations (distinct ids)
 * @param experts the experts (distinct usernames)
 * @param panelSize how many experts each panel has
 * @param reservesPerPanel how many reserves each panel should have (in order)
 * @param rules the conflicts of interest, never broken
 * @param weights the penalties of the soft preferences
 */
public record AssignmentRequest(List<PanelNomination> nominations, List<PanelExpert> experts, int panelSize,
		int reservesPerPanel, List<ConflictRule> rules, AssignmentWeights weights) {

	public AssignmentRequest {
		nominations = List.copyOf(nominations);
		experts = List.copyOf(experts);
		rules = List.copyOf(rules);
		if (panelSize < 1) {
			throw new IllegalArgumentException("A panel has at least one expert");
		}
		if (reservesPerPanel < 0) {
			throw new IllegalArgumentException("Reserves per panel must not be negative");
		}
		if (weights == null) {
			weights = AssignmentWeights.DEFAULT;
		}
		if (nominations.stream().map(PanelNomination::id).distinct().count() != nominations.size()) {
			throw new IllegalArgumentException("Nomination ids must be distinct");
		}
		if (experts.stream().map(PanelExpert::username).distinct().count() != experts.size()) {
			throw new IllegalArgumentException("Expert usernames must be distinct");
		}
	}

	/**
	 * A request with the standard conflict rules (the city's country, declared conflicts)
	 * and the default penalties.
	 */
	public static AssignmentRequest of(List<PanelNomination> nominations, List<PanelExpert> experts, int panelSize,
			int reservesPerPanel, Collection<DeclaredConflict> declaredConflicts) {
		return new AssignmentRequest(nominations, experts, panelSize, reservesPerPanel,
				standardRules(declaredConflicts), AssignmentWeights.DEFAULT);
	}

	/** Never an expert from the city's country; never one who declared a conflict. */
	public static List<ConflictRule> standardRules(Collection<DeclaredConflict> declaredConflicts) {
		return List.of(new SameCountryRule(), new DeclaredConflictRule(declaredConflicts));
	}

	/**
	 * The first rule that keeps the expert off the nomination's panel, or {@code null}.
	 */
	ConflictRule conflict(PanelExpert expert, PanelNomination nomination) {
		for (ConflictRule rule : this.rules) {
			if (rule.excludes(expert, nomination)) {
				return rule;
			}
		}
		return null;
	}

	/** A copy with other penalties. */
	public AssignmentRequest withWeights(AssignmentWeights weights) {
		return new AssignmentRequest(this.nominations, this.experts, this.panelSize, this.reservesPerPanel, this.rules,
				weights);
	}

}
