package org.learningcity.award.review.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of a panel assignment: either a full panel for every nomination, or the
 * nominations that cannot be staffed and why (then no panel at all: staff fix the cause
 * and try again).
 *
 * @param panels one per nomination, by nomination id; empty if any problem
 * @param problems the nominations that cannot be staffed, by nomination id
 * @param loads every expert's load afterwards (the current load plus the new panels;
 * reserves do not count), by username; empty if any problem
 * @param preferenceCost the sum of the panels' penalties
 */
public record PanelAssignment(List<AssignedPanel> panels, List<StaffingProblem> problems, Map<String, Integer> loads,
		long preferenceCost) {

	public PanelAssignment {
		panels = List.copyOf(panels);
		problems = List.copyOf(problems);
		loads = Collections.unmodifiableMap(new TreeMap<>(loads));
	}

	/** Whether every nomination has a full panel. */
	public boolean complete() {
		return this.problems.isEmpty();
	}

	/** The panel of a nomination. */
	public AssignedPanel panel(long nominationId) {
		return this.panels.stream()
			.filter((panel) -> panel.nominationId() == nominationId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No panel for nomination " + nominationId));
	}

}
