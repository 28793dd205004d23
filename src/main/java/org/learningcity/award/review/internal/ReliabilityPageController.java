package org.learningcity.award.review.internal;

import java.util.Comparator;
import java.util.List;

import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.support.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The cycle's reliability page for UIL staff: alpha over every panel's final-round
 * scores, and a table of the experts' severity, sortable by any column, lenient and harsh
 * experts flagged.
 */
@Controller
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class ReliabilityPageController {

	static final String PAGE = "review/reliability";

	static final List<String> SORTS = List.of("severity", "username", "scores", "panels");

	private final CycleReliabilityService reliability;

	private final Cycles cycles;

	ReliabilityPageController(CycleReliabilityService reliability, Cycles cycles) {
		this.reliability = reliability;
		this.cycles = cycles;
	}

	@GetMapping("/cycles/{id}/reliability")
	String reliability(@PathVariable String id, @RequestParam(required = false) String sort, Model model) {
		long cycleId;
		try {
			cycleId = Long.parseLong(id);
		}
		catch (NumberFormatException ex) {
			throw new NotFoundException("Cycle", id);
		}
		CycleReliability cycle = this.reliability.of(cycleId);
		String order = (sort != null && SORTS.contains(sort.startsWith("-") ? sort.substring(1) : sort)) ? sort
				: "-severity";
		model.addAttribute("cycle", this.cycles.get(cycleId));
		model.addAttribute("reliability", cycle);
		model.addAttribute("experts", cycle.experts().stream().sorted(order(order)).toList());
		model.addAttribute("sort", order);
		return PAGE;
	}

	private static Comparator<CycleReliability.ExpertSeverity> order(String sort) {
		boolean descending = sort.startsWith("-");
		Comparator<CycleReliability.ExpertSeverity> order = switch (descending ? sort.substring(1) : sort) {
			case "username" -> Comparator.comparing(CycleReliability.ExpertSeverity::username);
			case "scores" -> Comparator.comparingInt(CycleReliability.ExpertSeverity::scores);
			case "panels" -> Comparator.comparingInt(CycleReliability.ExpertSeverity::panels);
			default -> Comparator.comparingDouble(CycleReliability.ExpertSeverity::severity);
		};
		order = order.thenComparing(CycleReliability.ExpertSeverity::username);
		return descending ? order.reversed() : order;
	}

}
