package org.learningcity.award.cycle;

import java.util.List;
import java.util.Optional;

/**
 * Award cycles: create and edit them (UIL staff), open the call, and read a cycle's rules
 * (every module). Each change is recorded in the audit trail.
 *
 * <p>
 * Editing rules: every setting may change while a cycle is a {@link CycleStatus#DRAFT
 * DRAFT}. Once the call is {@link CycleStatus#OPEN OPEN}, only the two deadlines may
 * change, and only later (an extension) and into the future; every other rule is fixed
 * because cities and National Commissions already act on it. After that, nothing changes.
 */
public interface Cycles {

	/** Every cycle, newest year first. */
	List<Cycle> all();

	/** The cycle, if it exists. */
	Optional<Cycle> find(long id);

	/**
	 * The cycle.
	 * @throws org.learningcity.award.support.NotFoundException if there is none
	 */
	Cycle get(long id);

	/** The rules of the cycle (a shortcut for {@code get(id).settings()}). */
	default CycleSettings settings(long id) {
		return get(id).settings();
	}

	/**
	 * The settings a new cycle starts from: the 2024 rules, deadlines some weeks ahead.
	 */
	CycleSettings defaults();

	/**
	 * Creates a cycle in DRAFT.
	 * @throws org.learningcity.award.support.InvalidInputException listing each invalid
	 * field
	 */
	Cycle create(CycleSettings settings);

	/**
	 * Changes a cycle's settings (see the editing rules above).
	 * @throws org.learningcity.award.support.InvalidInputException listing each invalid
	 * field
	 * @throws org.learningcity.award.support.RuleViolationException if the cycle's status
	 * forbids the change
	 */
	Cycle update(long id, CycleSettings settings);

	/**
	 * Opens the call: DRAFT → OPEN, only while both deadlines are in the future.
	 * Publishes {@link CycleOpened}.
	 * @throws org.learningcity.award.support.RuleViolationException if not a draft or a
	 * deadline has passed
	 */
	Cycle open(long id);

	/**
	 * Moves the cycle to the next status (OPEN → REVIEW → SHORTLISTING → JURY → DECIDED →
	 * CLOSED), for the modules that run those stages. Publishes
	 * {@link CycleStatusChanged}.
	 * @param to the status expected next; a different one is refused
	 * @throws org.learningcity.award.support.RuleViolationException if {@code to} is not
	 * the next status
	 */
	Cycle advance(long id, CycleStatus to);

	/**
	 * Closes a cycle in REVIEW that has nothing to review (no nomination was found
	 * eligible): REVIEW → CLOSED, skipping the stages that have nothing to work on.
	 * Audited with the reason. Publishes {@link CycleStatusChanged}.
	 * @param reason why, in words, for the cycle's history
	 * @throws org.learningcity.award.support.RuleViolationException if the cycle is not
	 * in REVIEW
	 */
	Cycle closeEarly(long id, String reason);

}
