package org.learningcity.award.cycle;

import java.time.Instant;

/**
 * An Award cycle as other modules see it: its status and its rules.
 *
 * @param id the cycle's id
 * @param status where it stands
 * @param settings its rules, deadlines and durations
 * @param createdAt when UIL staff created it
 * @param createdBy who created it
 * @param openedAt when the call was opened, {@code null} while a draft
 * @param version the optimistic-locking version, to detect concurrent edits
 */
public record Cycle(long id, CycleStatus status, CycleSettings settings, Instant createdAt, String createdBy,
		Instant openedAt, long version) {

	public boolean isDraft() {
		return this.status == CycleStatus.DRAFT;
	}

}
