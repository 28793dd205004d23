package org.learningcity.award.review.internal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a nomination's panel cannot be filled.
 *
 * @param nominationId the nomination
 * @param label how it is named: {@code Cork (IE)}
 * @param reason what stands in the way
 * @param panelSize the panel size
 * @param eligible the experts without a conflict of interest and below their maximum load
 * @param exclusions the experts kept off by each conflict rule, and those already at
 * their maximum load
 * @param competing for {@link Reason#NOT_ENOUGH_PLACES}: the nominations (labels) that
 * draw on the same experts, this one included
 * @param placesNeeded for {@link Reason#NOT_ENOUGH_PLACES}: the reviews those nominations
 * need
 * @param placesAvailable for {@link Reason#NOT_ENOUGH_PLACES}: the most reviews their
 * eligible experts can take for them
 */
public record StaffingProblem(long nominationId, String label, Reason reason, int panelSize, int eligible,
		List<Exclusion> exclusions, List<String> competing, int placesNeeded, int placesAvailable) {

	private static final int MESSAGE_LABELS = 5;

	public StaffingProblem {
		exclusions = List.copyOf(exclusions);
		competing = List.copyOf(competing);
	}

	/**
	 * A readable explanation (English; the codes and numbers are there to translate it).
	 */
	public String message() {
		String excluded = this.exclusions.stream()
			.filter((exclusion) -> exclusion.count() > 0)
			.map((exclusion) -> exclusion.count() + " " + exclusion.description())
			.collect(Collectors.joining(", "));
		String detail = excluded.isEmpty() ? "" : "; excluded: " + excluded;
		return switch (this.reason) {
			case TOO_FEW_ELIGIBLE ->
				this.label + ": only " + this.eligible + " eligible " + ((this.eligible == 1) ? "expert" : "experts")
						+ " without a conflict of interest and below their maximum load, panel size " + this.panelSize
						+ detail;
			case NOT_ENOUGH_PLACES ->
				this.label + ": " + this.competing.size() + " nominations compete for the same experts ("
						+ competingLabels() + "), who can take " + this.placesAvailable + " of the " + this.placesNeeded
						+ " reviews they need; add experts or raise maximum loads";
		};
	}

	private String competingLabels() {
		if (this.competing.size() <= MESSAGE_LABELS) {
			return String.join(", ", this.competing);
		}
		return String.join(", ", this.competing.subList(0, MESSAGE_LABELS)) + " and "
				+ (this.competing.size() - MESSAGE_LABELS) + " more";
	}

	/** What stands in the way of a full panel. */
	public enum Reason {

		/** Fewer experts than the panel size may review this nomination at all. */
		TOO_FEW_ELIGIBLE,

		/**
		 * Enough experts may review it, but nominations that draw on the same experts
		 * need more reviews than those experts can take.
		 */
		NOT_ENOUGH_PLACES

	}

	/**
	 * Experts kept off a panel for one reason.
	 *
	 * @param code a {@link ConflictRule#code()}, or {@code FULLY_BOOKED}
	 * @param description completes "excluded: 3 ..."
	 * @param count how many experts
	 */
	public record Exclusion(String code, String description, int count) {

		/** The code of experts already at their maximum load. */
		public static final String FULLY_BOOKED = "FULLY_BOOKED";

	}

}
