package org.learningcity.award.workflow.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.learningcity.award.support.InvalidInputException;
import org.learningcity.award.workflow.OpenTask;

/**
 * The inbox's filters, orders and counts, the same for the API and the page: filter by
 * type and by overdue, order by due date (the default, the most urgent first; tasks
 * without a due date last), creation, type or city, either way ({@code -due}).
 *
 * @param type only tasks of this type, if given
 * @param overdue only overdue tasks (true) or only those not overdue (false), if given
 * @param sort the order: {@code due}, {@code created}, {@code type} or {@code city}, with
 * a leading {@code -} for the reverse
 */
public record InboxView(String type, Boolean overdue, String sort) {

	static final String DEFAULT_SORT = "due";

	static final List<String> SORTS = List.of("due", "created", "type", "city");

	private static final Comparator<OpenTask> BY_DUE = Comparator
		.comparing(OpenTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
		.thenComparing(OpenTask::created)
		.thenComparing(OpenTask::id);

	public InboxView {
		type = (type == null || type.isBlank()) ? null : type.trim().toUpperCase(Locale.ROOT);
		sort = (sort == null || sort.isBlank()) ? DEFAULT_SORT : sort.trim();
		if (!SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) {
			throw new InvalidInputException("sort",
					"Sort by one of " + String.join(", ", SORTS) + ", with a leading - for the reverse order.");
		}
	}

	/** The tasks this view shows, in its order. */
	List<OpenTask> apply(List<OpenTask> tasks) {
		return tasks.stream()
			.filter(t -> this.type == null || this.type.equals(t.type()))
			.filter(t -> this.overdue == null || this.overdue == t.overdue())
			.sorted(order())
			.toList();
	}

	/** The field this view is sorted by, without its direction. */
	public String sortField() {
		return descending() ? this.sort.substring(1) : this.sort;
	}

	public boolean descending() {
		return this.sort.startsWith("-");
	}

	private Comparator<OpenTask> order() {
		Comparator<OpenTask> order = switch (sortField()) {
			case "created" -> Comparator.comparing(OpenTask::created).thenComparing(BY_DUE);
			case "type" -> Comparator.comparing(OpenTask::type).thenComparing(BY_DUE);
			case "city" -> Comparator.comparing(OpenTask::cityName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
				.thenComparing(BY_DUE);
			default -> BY_DUE;
		};
		return descending() ? order.reversed() : order;
	}

	/** How many tasks there are, how many overdue, and how many of each type. */
	static Counts count(List<OpenTask> tasks) {
		Map<String, Integer> byType = new TreeMap<>();
		int overdue = 0;
		for (OpenTask task : tasks) {
			byType.merge(task.type(), 1, Integer::sum);
			if (task.overdue()) {
				overdue++;
			}
		}
		return new Counts(tasks.size(), overdue, byType);
	}

	/**
	 * The inbox's counts.
	 *
	 * @param total all the person's open tasks
	 * @param overdue those past their due date
	 * @param byType per task type
	 */
	public record Counts(int total, int overdue, Map<String, Integer> byType) {
	}

}
