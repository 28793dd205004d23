package org.learningcity.award.shortlist.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.learningcity.award.cycle.Cycle;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.shortlist.RankedNomination;
import org.learningcity.award.shortlist.Suggestion;
import org.learningcity.award.support.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * UIL staff's pages: a cycle's ranking (sortable by server-side links, with the
 * distribution of overall scores per region) and its shortlist (the suggestion with the
 * reason for every nomination, the form to edit and confirm it with a rationale, the
 * latest confirmed shortlist).
 */
@Controller
@RequestMapping("/cycles/{id}")
@PreAuthorize("hasAnyRole('UIL_STAFF','ADMIN')")
class ShortlistPageController {

	static final String RANKING = "shortlist/ranking";

	static final String SHORTLIST = "shortlist/shortlist";

	static final String FORM = "shortlistForm";

	/**
	 * The columns the ranking sorts by, besides the building blocks ({@code block-2.1}).
	 */
	static final Set<String> SORTS = Set.of("rank", "city", "country", "region", "overall", "median", "alpha",
			"rounds");

	private final ShortlistService shortlists;

	private final Cycles cycles;

	private final Network network;

	ShortlistPageController(ShortlistService shortlists, Cycles cycles, Network network) {
		this.shortlists = shortlists;
		this.cycles = cycles;
		this.network = network;
	}

	static String rankingPage(long cycleId) {
		return "/cycles/" + cycleId + "/ranking";
	}

	static String shortlistPage(long cycleId) {
		return "/cycles/" + cycleId + "/shortlist";
	}

	@GetMapping("/ranking")
	String ranking(@PathVariable String id, @RequestParam(defaultValue = "rank") String sort,
			@RequestParam(defaultValue = "asc") String dir, Model model) {
		long cycleId = ShortlistInput.cycleId(id);
		Cycle cycle = this.cycles.get(cycleId);
		List<RankedNomination> ranking = this.shortlists.ranking(cycleId);
		Set<String> blocks = new TreeSet<>();
		ranking.forEach(r -> blocks.addAll(r.blocks().keySet()));
		String column = (SORTS.contains(sort) || (sort.startsWith("block-") && blocks.contains(sort.substring(6))))
				? sort : "rank";
		boolean descending = "desc".equals(dir);
		List<RankedNomination> rows = new ArrayList<>(ranking);
		rows.sort(comparator(column, descending));
		model.addAttribute("cycle", cycle);
		model.addAttribute("rows", rows);
		model.addAttribute("blocks", blocks);
		model.addAttribute("sort", column);
		model.addAttribute("dir", descending ? "desc" : "asc");
		model.addAttribute("regionNames", regionNames());
		model.addAttribute("chart", RegionChart.of(this.network.regions(), ranking, cycle.settings().minimumScore()));
		return RANKING;
	}

	@GetMapping("/shortlist")
	String shortlist(@PathVariable String id, Model model) {
		long cycleId = ShortlistInput.cycleId(id);
		Suggestion suggestion = this.shortlists.suggestion(cycleId);
		ShortlistForm form = new ShortlistForm();
		form.setNominationIds(
				this.shortlists.confirmed(cycleId).map(c -> c.nominationIds()).orElse(suggestion.nominationIds()));
		model.addAttribute(FORM, form);
		return shortlist(cycleId, suggestion, model);
	}

	@PostMapping("/shortlist")
	String confirm(@PathVariable String id, @ModelAttribute(FORM) ShortlistForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long cycleId = ShortlistInput.cycleId(id);
		try {
			this.shortlists.confirm(cycleId, form.getNominationIds(), form.getRationale());
		}
		catch (InvalidInputException ex) {
			List<String> problems = new ArrayList<>();
			for (InvalidInputException.FieldError error : ex.getErrors()) {
				if ("rationale".equals(error.field())) {
					result.rejectValue("rationale", "shortlist.error", error.message());
				}
				else {
					problems.add(error.message());
				}
			}
			model.addAttribute("problems", problems);
			return shortlist(cycleId, this.shortlists.suggestion(cycleId), model);
		}
		redirect.addFlashAttribute("flash", "shortlist.flash.confirmed");
		return "redirect:" + shortlistPage(cycleId);
	}

	private String shortlist(long cycleId, Suggestion suggestion, Model model) {
		Cycle cycle = this.cycles.get(cycleId);
		model.addAttribute("cycle", cycle);
		model.addAttribute("suggestion", suggestion);
		model.addAttribute("confirmed", this.shortlists.confirmed(cycleId).orElse(null));
		model.addAttribute("confirmations", this.shortlists.confirmations(cycleId));
		boolean open = this.shortlists.awaitsConfirmation(cycleId);
		model.addAttribute("open", open);
		model.addAttribute("handingOver", !open && cycle.status() == CycleStatus.SHORTLISTING);
		model.addAttribute("regionNames", regionNames());
		Map<String, String> countries = new java.util.HashMap<>();
		suggestion.entries()
			.forEach(e -> countries.put(e.nomination().countryCode(),
					this.shortlists.countryName(e.nomination().countryCode())));
		model.addAttribute("countryNames", countries);
		model.addAttribute("qualifiedRegions", qualifiedRegions(suggestion));
		return SHORTLIST;
	}

	private static String qualifiedRegions(Suggestion suggestion) {
		Set<String> regions = new LinkedHashSet<>();
		suggestion.entries()
			.stream()
			.filter(e -> RankingService.scaled(e.nomination().overall()) >= RankingService
				.scaled(suggestion.minimumScore()))
			.forEach(e -> regions.add(e.nomination().region()));
		return String.join(" ", regions);
	}

	private Map<String, String> regionNames() {
		Map<String, String> names = new java.util.HashMap<>();
		this.network.regions().forEach(r -> names.put(r.code(), r.name()));
		return names;
	}

	private static Comparator<RankedNomination> comparator(String column, boolean descending) {
		Comparator<RankedNomination> byPosition = Comparator.comparingInt(RankedNomination::position);
		Comparator<RankedNomination> key = switch (column) {
			case "city" -> by(RankedNomination::cityName);
			case "country" -> by(RankedNomination::countryCode);
			case "region" -> by(RankedNomination::region);
			case "overall" -> Comparator.comparingDouble(RankedNomination::overall);
			case "median" -> Comparator.comparingDouble(RankedNomination::blockMedian);
			case "alpha" ->
				Comparator.comparing(RankedNomination::alpha, Comparator.nullsFirst(Comparator.naturalOrder()));
			case "rounds" -> Comparator.comparingInt(RankedNomination::rounds);
			case "rank" -> byPosition;
			default -> Comparator.comparing(r -> r.blocks().get(column.substring(6)),
					Comparator.nullsFirst(Comparator.naturalOrder()));
		};
		if (descending) {
			key = key.reversed();
		}
		return key.thenComparing(byPosition);
	}

	private static Comparator<RankedNomination> by(Function<RankedNomination, String> text) {
		java.text.Collator collator = java.text.Collator.getInstance(java.util.Locale.ROOT);
		return Comparator.comparing(text, collator);
	}

	/** The staff member's shortlist. */
	static class ShortlistForm {

		private List<Long> nominationIds = new ArrayList<>();

		private String rationale;

		public List<Long> getNominationIds() {
			return this.nominationIds;
		}

		public void setNominationIds(List<Long> nominationIds) {
			this.nominationIds = (nominationIds != null) ? nominationIds : new ArrayList<>();
		}

		public String getRationale() {
			return this.rationale;
		}

		public void setRationale(String rationale) {
			this.rationale = rationale;
		}

	}

}
