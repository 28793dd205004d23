package org.learningcity.award.review.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.learningcity.award.support.MinCostFlow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The panel assignment: hard rules never broken, loads within caps and even, soft
 * preferences honoured, clear reasons when a panel cannot be filled, and an optimum that
 * matches brute force.
 */
class PanelAssignmentTests {

	private final PanelAssigner assigner = new PanelAssigner();

	// ---- generated cycles: 300 nominations, 60 experts

	@Test
	void generatedCyclesNeverBreakARuleFillEveryPanelAndBalanceTheLoads() {
		for (long seed = 1; seed <= 5; seed++) {
			AssignmentRequest request = GeneratedCycle.of(seed, 300, 60, 3, 2);
			long started = System.nanoTime();
			PanelAssignment assignment = this.assigner.assign(request);
			long millis = (System.nanoTime() - started) / 1_000_000;

			assertThat(assignment.problems()).as("seed %d", seed).isEmpty();
			assertRulesHold(request, assignment);
			Map<String, Integer> loads = assignment.loads();
			int max = Collections.max(loads.values());
			int min = Collections.min(loads.values());
			assertThat(max - min).as("load spread, seed %d", seed).isLessThanOrEqualTo(1);
			System.out.printf(
					"PanelAssignmentTests: seed %d, %d nominations x %d experts, panel size %d: assigned in %d ms; "
							+ "loads %d..%d, preference cost %d, members not reading the report's language %d, "
							+ "panels with two of one region %d%n",
					seed, request.nominations().size(), request.experts().size(), request.panelSize(), millis, min, max,
					assignment.preferenceCost(), membersNotReadingTheReport(request, assignment),
					panelsWithTwoOfOneRegion(request, assignment));
		}
	}

	@Test
	void loadsStayWithinOneWhenTheReviewsDoNotDivideEvenly() {
		// 287 panels of 3 = 861 reviews over 60 experts: 14 or 15 each
		AssignmentRequest request = GeneratedCycle.of(21, 287, 60, 3, 2);
		PanelAssignment assignment = this.assigner.assign(request);

		assertRulesHold(request, assignment);
		assertThat(assignment.loads().values()).containsOnly(14, 15);
	}

	@Test
	void generatedCyclesFavourExpertsWhoReadTheReport() {
		AssignmentRequest request = GeneratedCycle.of(7, 300, 60, 3, 2);
		PanelAssignment assignment = this.assigner.assign(request);
		PanelAssignment indifferent = this.assigner.assign(request.withWeights(new AssignmentWeights(0, 0, 0)));

		assertThat(membersNotReadingTheReport(request, assignment))
			.isLessThan(membersNotReadingTheReport(request, indifferent));
		assertThat(loadCost(request, assignment.loads())).isEqualTo(loadCost(request, indifferent.loads()));
	}

	@Test
	void generatedCyclesMixRegionsAsFarAsTheExpertPoolAllows() {
		// a region whose experts take more reviews than there are panels must put two on
		// some panels: those extra seats are unavoidable, every other one is avoided
		for (long seed = 1; seed <= 5; seed++) {
			AssignmentRequest request = GeneratedCycle.of(seed, 300, 60, 3, 2)
				.withWeights(new AssignmentWeights(0, 0, 40));
			PanelAssignment assignment = this.assigner.assign(request);

			Map<String, Integer> seatsPerRegion = new HashMap<>();
			request.experts()
				.forEach((expert) -> seatsPerRegion.merge(expert.region(), assignment.loads().get(expert.username()),
						Integer::sum));
			int unavoidable = seatsPerRegion.values()
				.stream()
				.mapToInt((seats) -> Math.max(0, seats - request.nominations().size()))
				.sum();
			assertThat(extraSeatsOfOneRegion(request, assignment)).as("seed %d", seed).isEqualTo(unavoidable);
		}
	}

	@Test
	void theSameRequestGivesTheSamePanelsInWhateverOrderItIsGiven() {
		AssignmentRequest request = GeneratedCycle.of(11, 300, 60, 3, 2);
		PanelAssignment first = this.assigner.assign(request);
		PanelAssignment again = this.assigner.assign(request);

		List<PanelNomination> nominations = new ArrayList<>(request.nominations());
		List<PanelExpert> experts = new ArrayList<>(request.experts());
		Collections.shuffle(nominations, new Random(3));
		Collections.shuffle(experts, new Random(4));
		PanelAssignment shuffled = this.assigner.assign(new AssignmentRequest(nominations, experts, request.panelSize(),
				request.reservesPerPanel(), request.rules(), request.weights()));

		assertThat(again).isEqualTo(first);
		assertThat(shuffled).isEqualTo(first);
	}

	// ---- hard rules

	@Test
	void anExpertFromTheCitysCountryOrWithADeclaredConflictNeverSitsOnItsPanel() {
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "EN"),
				nomination(2, "Lyon", "FR", "EN"));
		List<PanelExpert> experts = List.of(expert("ann", "IE", "EN", "en"), expert("bea", "FR", "EN", "en"),
				expert("cem", "TR", "EN", "en"), expert("dan", "DK", "EN", "en"), expert("eve", "EE", "EN", "en"));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 3, 1,
				List.of(new DeclaredConflict("cem", 1002)));

		PanelAssignment assignment = this.assigner.assign(request);

		// Cork: not ann (Irish); Lyon: not bea (French), not cem (declared)
		AssignedPanel cork = assignment.panel(1);
		assertThat(cork.experts()).hasSize(3).contains("bea", "cem").containsAnyOf("dan", "eve");
		assertThat(cork.reserves()).singleElement().isIn("dan", "eve").isNotIn(cork.experts());
		assertThat(assignment.panel(2).experts()).containsExactly("ann", "dan", "eve");
		assertThat(assignment.panel(2).reserves()).isEmpty();
		assertRulesHold(request, assignment);
	}

	@Test
	void moreConflictRulesCanBeAdded() {
		ConflictRule sameRegion = new ConflictRule() {

			@Override
			public String code() {
				return "SAME_REGION";
			}

			@Override
			public String description() {
				return "from the city's region";
			}

			@Override
			public boolean excludes(PanelExpert expert, PanelNomination nomination) {
				return nomination.region().equals(expert.region());
			}
		};
		List<ConflictRule> rules = new ArrayList<>(AssignmentRequest.standardRules(List.of()));
		rules.add(sameRegion);
		List<PanelExpert> experts = List.of(expert("ann", "DE", "EN", "en"), expert("bob", "NG", "AF", "en"),
				expert("cy", "BR", "LA", "en"));
		AssignmentRequest request = new AssignmentRequest(List.of(nomination(1, "Cork", "IE", "EN")), experts, 2, 0,
				rules, AssignmentWeights.DEFAULT);

		assertThat(this.assigner.assign(request).panel(1).experts()).containsExactly("bob", "cy");
	}

	@Test
	void noExpertGoesOverTheirMaximumAndCurrentLoadsCount() {
		List<PanelNomination> nominations = new ArrayList<>();
		for (int i = 1; i <= 6; i++) {
			nominations.add(nomination(i, "City " + i, "IE", "EN"));
		}
		List<PanelExpert> experts = List.of(new PanelExpert("ann", "FR", "EN", Set.of("en"), Set.of(), 10, 4),
				new PanelExpert("bob", "NG", "AF", Set.of("en"), Set.of(), 10, 0),
				new PanelExpert("cy", "BR", "LA", Set.of("en"), Set.of(), 10, 0),
				new PanelExpert("dee", "JP", "AP", Set.of("en"), Set.of(), 4, 0));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 3, 1, List.of());

		PanelAssignment assignment = this.assigner.assign(request);

		// 18 new reviews, 22 with ann's 4: dee stops at her maximum of 4, the others
		// share the rest evenly, so ann gets only 2 more
		assertThat(assignment.loads()).containsEntry("ann", 6)
			.containsEntry("bob", 6)
			.containsEntry("cy", 6)
			.containsEntry("dee", 4);
		assertRulesHold(request, assignment);
	}

	@Test
	void loadsAreEvenAsTheCapsAllow() {
		List<PanelNomination> nominations = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			nominations.add(nomination(i, "City " + i, "IE", "EN"));
		}
		List<PanelExpert> experts = new ArrayList<>();
		for (int j = 1; j <= 7; j++) {
			experts.add(new PanelExpert("expert-" + j, "FR", "EN", Set.of("en"), Set.of(), (j == 1) ? 2 : 10, 0));
		}
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 2, 0, List.of());

		PanelAssignment assignment = this.assigner.assign(request);

		// 20 reviews: expert-1 takes its 2, the other six 3 each
		assertThat(assignment.loads()).containsEntry("expert-1", 2);
		assertThat(assignment.loads().values().stream().filter((load) -> load == 3)).hasSize(6);
	}

	// ---- soft preferences

	@Test
	void anExpertWhoReadsTheReportsLanguageIsPreferred() {
		// first-fit by username would give ann to the French report
		List<PanelNomination> nominations = List.of(nomination(1, "Lyon", "FR", "fr"),
				nomination(2, "Cork", "IE", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "DE", "EN", "en", 1), expert("bob", "CA", "EN", "fr", 1));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 1, 0, List.of());

		PanelAssignment assignment = this.assigner.assign(request);

		assertThat(assignment.panel(1).experts()).containsExactly("bob");
		assertThat(assignment.panel(2).experts()).containsExactly("ann");
		assertThat(assignment.preferenceCost()).isZero();
	}

	@Test
	void anExpertWhoKnowsTheReportsFocusIsPreferred() {
		List<PanelNomination> nominations = List.of(
				new PanelNomination(1, 1001, "Cork", "IE", "EN", "en", Set.of("2.1")),
				new PanelNomination(2, 1002, "Lyon", "FR", "EN", "en", Set.of("3")));
		List<PanelExpert> experts = List.of(new PanelExpert("ann", "DE", "EN", Set.of("en"), Set.of("3.2"), 1, 0),
				new PanelExpert("bob", "NG", "AF", Set.of("en"), Set.of("2"), 1, 0));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 1, 0, List.of());

		PanelAssignment assignment = this.assigner.assign(request);

		assertThat(assignment.panel(1).experts()).containsExactly("bob");
		assertThat(assignment.panel(2).experts()).containsExactly("ann");
	}

	@Test
	void aPanelMixesRegionsWhenEnoughRegionsExist() {
		// the three Europeans come first by username
		List<PanelExpert> experts = List.of(expert("aa", "IE", "EN", "en"), expert("ab", "FR", "EN", "en"),
				expert("ac", "DE", "EN", "en"), expert("za", "NG", "AF", "en"), expert("zb", "BR", "LA", "en"));
		AssignmentRequest request = AssignmentRequest.of(List.of(nomination(1, "Osaka", "JP", "AP", "en")), experts, 3,
				2, List.of());

		AssignedPanel panel = this.assigner.assign(request).panel(1);

		assertThat(panel.experts()).hasSize(3).contains("za", "zb");
		assertThat(panel.preferenceCost()).isZero();
		List<String> otherEuropeans = new ArrayList<>(List.of("aa", "ab", "ac"));
		otherEuropeans.removeAll(panel.experts());
		assertThat(panel.reserves()).isEqualTo(otherEuropeans).hasSize(2);
	}

	@Test
	void aPanelTakesTwoFromOneRegionOnlyWhenItMust() {
		List<PanelExpert> experts = List.of(expert("aa", "IE", "EN", "en"), expert("ab", "FR", "EN", "en"),
				expert("ac", "DE", "EN", "en"), expert("za", "NG", "AF", "en"));
		AssignmentRequest request = AssignmentRequest.of(List.of(nomination(1, "Osaka", "JP", "AP", "en")), experts, 3,
				0, List.of());

		AssignedPanel panel = this.assigner.assign(request).panel(1);

		assertThat(panel.experts()).hasSize(3).contains("za");
		assertThat(panel.preferenceCost()).isEqualTo(AssignmentWeights.DEFAULT.sameRegion());
	}

	@Test
	void readingTheReportOutweighsRegionalDiversity() {
		List<PanelExpert> experts = List.of(expert("aa", "IE", "EN", "es"), expert("ab", "FR", "EN", "es"),
				expert("za", "NG", "AF", "en"));
		AssignmentRequest request = AssignmentRequest.of(List.of(nomination(1, "Quito", "EC", "LA", "es")), experts, 2,
				0, List.of());

		assertThat(this.assigner.assign(request).panel(1).experts()).containsExactly("aa", "ab");
	}

	@Test
	void evenLoadsComeBeforePreferences() {
		// bob reads French but already has two reviews; ann has none
		List<PanelExpert> experts = List.of(new PanelExpert("ann", "DE", "EN", Set.of("en"), Set.of(), 5, 0),
				new PanelExpert("bob", "CA", "EN", Set.of("fr"), Set.of(), 5, 2));
		AssignmentRequest request = AssignmentRequest.of(List.of(nomination(1, "Lyon", "FR", "fr")), experts, 1, 1,
				List.of());

		AssignedPanel panel = this.assigner.assign(request).panel(1);

		assertThat(panel.experts()).containsExactly("ann");
		assertThat(panel.reserves()).containsExactly("bob");
	}

	@Test
	void reservesAreConflictFreeExpertsWithRoomLeftBestFirst() {
		List<PanelExpert> experts = List.of(expert("ann", "CA", "EN", "fr", 1), expert("bea", "BE", "EN", "fr"),
				expert("cem", "TR", "EN", "en"), expert("dan", "DK", "EN", "en"),
				new PanelExpert("eve", "EE", "EN", Set.of("fr"), Set.of(), 10, 1), expert("fay", "FR", "EN", "fr"),
				expert("gil", "SN", "AF", "fr", 0));
		AssignmentRequest request = AssignmentRequest.of(List.of(nomination(1, "Lyon", "FR", "fr")), experts, 1, 3,
				List.of(new DeclaredConflict("bea", 1001)));

		AssignedPanel panel = this.assigner.assign(request).panel(1);

		// ann and eve read French, eve has a review already: ann sits on the panel. fay
		// is
		// French, bea declared a conflict, gil has no room: eve reads French, then the
		// rest
		assertThat(panel.experts()).containsExactly("ann");
		assertThat(panel.reserves()).containsExactly("eve", "cem", "dan");
	}

	@Test
	void reservesAreSpreadOverTheExperts() {
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "en"),
				nomination(2, "Lyon", "FR", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "DE", "EN", "en"), expert("bob", "NG", "AF", "en"),
				expert("cy", "BR", "LA", "en"), expert("dee", "JP", "AP", "en"));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 1, 1, List.of());

		PanelAssignment assignment = this.assigner.assign(request);

		Set<String> reserves = new HashSet<>(assignment.panel(1).reserves());
		reserves.addAll(assignment.panel(2).reserves());
		assertThat(reserves).hasSize(2);
	}

	// ---- input that cannot be staffed

	@Test
	void tooFewEligibleExpertsNamesTheNominationAndWhy() {
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "en"),
				nomination(2, "Lyon", "FR", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "IE", "EN", "en"), expert("bea", "IE", "EN", "en"),
				expert("cem", "FR", "EN", "en"), expert("dan", "DK", "EN", "en"), expert("eve", "EE", "EN", "en"),
				expert("fin", "FI", "EN", "en", 0));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 3, 1,
				List.of(new DeclaredConflict("eve", 1001)));

		PanelAssignment assignment = this.assigner.assign(request);

		assertThat(assignment.complete()).isFalse();
		assertThat(assignment.panels()).isEmpty();
		assertThat(assignment.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.nominationId()).isEqualTo(1);
			assertThat(problem.reason()).isEqualTo(StaffingProblem.Reason.TOO_FEW_ELIGIBLE);
			assertThat(problem.eligible()).isEqualTo(2);
			assertThat(problem.message()).isEqualTo("Cork (IE): only 2 eligible experts without a conflict of "
					+ "interest and below their maximum load, panel size 3; excluded: 2 from the city's country, "
					+ "1 declared a conflict with the city, 1 at their maximum load");
		});
	}

	@Test
	void nominationsCompetingForTooFewPlacesAreNamedWithTheNumbers() {
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "en"),
				nomination(2, "Galway", "IE", "en"), nomination(3, "Limerick", "IE", "en"),
				nomination(4, "Lyon", "FR", "en"));
		// four French experts with 2 places each: 8 places for the 9 Irish reviews; the
		// Germans may only review Lyon
		List<PanelExpert> experts = new ArrayList<>();
		for (String name : List.of("ann", "bea", "cem", "dan")) {
			experts.add(expert(name, "FR", "EN", "en", 2));
		}
		List<DeclaredConflict> conflicts = new ArrayList<>();
		for (String name : List.of("eve", "fin", "gus")) {
			experts.add(expert(name, "DE", "EN", "en", 1));
			for (long city = 1001; city <= 1003; city++) {
				conflicts.add(new DeclaredConflict(name, city));
			}
		}
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 3, 1, conflicts);

		PanelAssignment assignment = this.assigner.assign(request);

		assertThat(assignment.complete()).isFalse();
		assertThat(assignment.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.nominationId()).isIn(1L, 2L, 3L);
			assertThat(problem.reason()).isEqualTo(StaffingProblem.Reason.NOT_ENOUGH_PLACES);
			assertThat(problem.competing()).containsExactly("Cork (IE)", "Galway (IE)", "Limerick (IE)");
			assertThat(problem.placesNeeded()).isEqualTo(9);
			assertThat(problem.placesAvailable()).isEqualTo(8);
			assertThat(problem.message()).endsWith(": 3 nominations compete for the same experts (Cork (IE), "
					+ "Galway (IE), Limerick (IE)), who can take 8 of the 9 reviews they need; add experts or raise "
					+ "maximum loads");
		});
	}

	@Test
	void aCycleWithoutEnoughExpertsReportsEveryNominationThatCannotBeStaffed() {
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "en"),
				nomination(2, "Lyon", "FR", "en"), nomination(3, "Osaka", "JP", "AP", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "IE", "EN", "en"), expert("bea", "FR", "EN", "en"));

		PanelAssignment assignment = this.assigner.assign(AssignmentRequest.of(nominations, experts, 2, 0, List.of()));

		assertThat(assignment.problems()).extracting(StaffingProblem::label).containsExactly("Cork (IE)", "Lyon (FR)");
		assertThat(assignment.problems()).extracting(StaffingProblem::reason)
			.containsOnly(StaffingProblem.Reason.TOO_FEW_ELIGIBLE);
	}

	@Test
	void aNominationThatCannotBeStaffedTakesNoPlaceAnotherNeeds() {
		// Cork (only cy) can never have 2 experts; if it took cy's only place, Lyon would
		// be short
		List<PanelNomination> nominations = List.of(nomination(1, "Cork", "IE", "en"),
				nomination(2, "Lyon", "FR", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "IE", "EN", "en"), expert("bea", "FR", "EN", "en"),
				expert("cy", "BR", "LA", "en", 1));

		PanelAssignment assignment = this.assigner
			.assign(AssignmentRequest.of(nominations, experts, 2, 0, List.of(new DeclaredConflict("bea", 1001))));

		assertThat(assignment.problems()).singleElement().satisfies((problem) -> {
			assertThat(problem.label()).isEqualTo("Cork (IE)");
			assertThat(problem.reason()).isEqualTo(StaffingProblem.Reason.TOO_FEW_ELIGIBLE);
		});
	}

	@Test
	void aCycleWithoutNominationsHasNoPanelsAndLeavesLoadsAsTheyAre() {
		PanelAssignment assignment = this.assigner.assign(AssignmentRequest.of(List.of(),
				List.of(new PanelExpert("ann", "DE", "EN", Set.of("en"), Set.of(), 5, 2)), 3, 2, List.of()));

		assertThat(assignment.complete()).isTrue();
		assertThat(assignment.panels()).isEmpty();
		assertThat(assignment.loads()).containsExactly(Map.entry("ann", 2));
	}

	@Test
	void aRequestThatMakesNoSenseIsRefused() {
		List<PanelNomination> twice = List.of(nomination(1, "Cork", "IE", "en"), nomination(1, "Lyon", "FR", "en"));
		List<PanelExpert> experts = List.of(expert("ann", "DE", "EN", "en"));

		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest.of(twice, experts, 1, 0, List.of()));
		assertThatIllegalArgumentException().isThrownBy(
				() -> AssignmentRequest.of(List.of(nomination(1, "Cork", "IE", "en")), experts, 0, 0, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> AssignmentRequest
			.of(List.of(nomination(1, "Cork", "IE", "en")), List.of(experts.get(0), experts.get(0)), 1, 0, List.of()));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PanelExpert("ann", "DE", "EN", Set.of(), Set.of(), -1, 0));
	}

	// ---- optimality

	@Test
	void smallCasesMatchTheBruteForceOptimum() {
		Random random = new Random(42);
		int feasible = 0;
		for (int round = 0; round < 300; round++) {
			int panelSize = 2 + random.nextInt(2);
			AssignmentRequest request = SmallCase.random(random, 3, 5, panelSize);
			BruteForce.Best best = BruteForce.solve(request);
			PanelAssignment assignment = this.assigner.assign(request);

			assertThat(assignment.complete()).as("round %d: %s", round, request).isEqualTo(best != null);
			if (best != null) {
				feasible++;
				assertRulesHold(request, assignment);
				assertThat(loadCost(request, assignment.loads())).as("round %d", round).isEqualTo(best.loadCost());
				assertThat(assignment.preferenceCost()).as("round %d: %s", round, request)
					.isEqualTo(best.preferenceCost());
			}
		}
		assertThat(feasible).as("feasible rounds").isGreaterThan(100);
	}

	@Test
	void theBruteForceOptimumOfAFixedCase() {
		// 3 nominations × 5 experts, panel size 2, in which every preference matters
		List<PanelNomination> nominations = List.of(new PanelNomination(1, 1001, "Cork", "IE", "EN", "en", Set.of("2")),
				new PanelNomination(2, 1002, "Lyon", "FR", "EN", "fr", Set.of()),
				new PanelNomination(3, 1003, "Quito", "EC", "LA", "es", Set.of("3.1")));
		List<PanelExpert> experts = List.of(new PanelExpert("ann", "FR", "EN", Set.of("en", "fr"), Set.of("2.1"), 2, 0),
				new PanelExpert("bob", "NG", "AF", Set.of("en"), Set.of("3"), 2, 0),
				new PanelExpert("cy", "BR", "LA", Set.of("es", "en"), Set.of("1.2"), 2, 1),
				new PanelExpert("dee", "SN", "AF", Set.of("fr"), Set.of("3.1"), 1, 0),
				new PanelExpert("eli", "ES", "EN", Set.of("es", "fr"), Set.of("2.4"), 2, 0));
		AssignmentRequest request = AssignmentRequest.of(nominations, experts, 2, 1,
				List.of(new DeclaredConflict("eli", 1003)));

		BruteForce.Best best = BruteForce.solve(request);
		PanelAssignment assignment = this.assigner.assign(request);

		assertThat(best).isNotNull();
		assertRulesHold(request, assignment);
		assertThat(loadCost(request, assignment.loads())).isEqualTo(best.loadCost());
		assertThat(assignment.preferenceCost()).isEqualTo(best.preferenceCost());
	}

	@Test
	void theFlowIsAMinimumCostMaximumFlow() {
		// the classic example: 0 → 1 → 3 and 0 → 2 → 3 with a cross edge 1 → 2
		MinCostFlow flow = new MinCostFlow(4);
		flow.addEdge(0, 1, 2, 1);
		flow.addEdge(0, 2, 1, 5);
		flow.addEdge(1, 2, 1, 1);
		flow.addEdge(1, 3, 1, 6);
		flow.addEdge(2, 3, 2, 1);

		MinCostFlow.Result result = flow.solve(0, 3);

		// paths: 0-1-2-3 (3), 0-1-3 (7), 0-2-3 (6)
		assertThat(result.flow()).isEqualTo(3);
		assertThat(result.cost()).isEqualTo(16);
	}

	// ---- checks

	/** Every hard rule, checked without the assigner's code. */
	private static void assertRulesHold(AssignmentRequest request, PanelAssignment assignment) {
		assertThat(assignment.complete()).isTrue();
		Map<String, PanelExpert> experts = new HashMap<>();
		request.experts().forEach((expert) -> experts.put(expert.username(), expert));
		Map<Long, PanelNomination> nominations = new HashMap<>();
		request.nominations().forEach((nomination) -> nominations.put(nomination.id(), nomination));
		assertThat(assignment.panels()).extracting(AssignedPanel::nominationId)
			.containsExactlyInAnyOrderElementsOf(nominations.keySet());
		Map<String, Integer> loads = new HashMap<>();
		request.experts().forEach((expert) -> loads.put(expert.username(), expert.currentLoad()));
		for (AssignedPanel panel : assignment.panels()) {
			PanelNomination nomination = nominations.get(panel.nominationId());
			assertThat(panel.experts()).hasSize(request.panelSize()).doesNotHaveDuplicates();
			Consumer<String> conflictFree = (username) -> {
				PanelExpert expert = experts.get(username);
				assertThat(expert).isNotNull();
				assertThat(expert.countryCode()).as("%s on %s", username, nomination.label())
					.isNotEqualTo(nomination.countryCode());
				for (ConflictRule rule : request.rules()) {
					assertThat(rule.excludes(expert, nomination)).as("%s on %s", username, nomination.label())
						.isFalse();
				}
			};
			panel.experts().forEach(conflictFree);
			panel.experts().forEach((username) -> loads.merge(username, 1, Integer::sum));
			panel.reserves().forEach(conflictFree);
			assertThat(panel.reserves()).doesNotHaveDuplicates()
				.doesNotContainAnyElementsOf(panel.experts())
				.hasSizeLessThanOrEqualTo(request.reservesPerPanel());
			assertThat(panel.preferenceCost()).isEqualTo(preferenceCost(request, nomination, panel.experts()));
		}
		assertThat(assignment.loads()).isEqualTo(loads);
		for (PanelExpert expert : request.experts()) {
			assertThat(loads.get(expert.username())).as(expert.username()).isLessThanOrEqualTo(expert.maxLoad());
		}
		for (AssignedPanel panel : assignment.panels()) {
			for (String reserve : panel.reserves()) {
				assertThat(loads.get(reserve)).as("reserve %s has room", reserve)
					.isLessThan(experts.get(reserve).maxLoad());
			}
			if (panel.reserves().size() < request.reservesPerPanel()) {
				PanelNomination nomination = nominations.get(panel.nominationId());
				long others = request.experts()
					.stream()
					.filter((expert) -> !panel.experts().contains(expert.username()))
					.filter((expert) -> loads.get(expert.username()) < expert.maxLoad())
					.filter((expert) -> request.conflict(expert, nomination) == null)
					.count();
				assertThat(panel.reserves()).hasSize((int) others);
			}
		}
	}

	private static long preferenceCost(AssignmentRequest request, PanelNomination nomination, List<String> panel) {
		AssignmentWeights weights = request.weights();
		long cost = 0;
		Map<String, Integer> perRegion = new HashMap<>();
		for (String username : panel) {
			PanelExpert expert = request.experts()
				.stream()
				.filter((candidate) -> candidate.username().equals(username))
				.findFirst()
				.orElseThrow();
			if (nomination.reportLanguage() != null && !expert.languages().contains(nomination.reportLanguage())) {
				cost += weights.language();
			}
			if (!nomination.focus().isEmpty() && !knows(expert, nomination.focus())) {
				cost += weights.expertise();
			}
			perRegion.merge(expert.region(), 1, Integer::sum);
		}
		for (int count : perRegion.values()) {
			cost += (long) weights.sameRegion() * count * (count - 1) / 2;
		}
		return cost;
	}

	private static boolean knows(PanelExpert expert, Set<String> focus) {
		for (String known : expert.expertise()) {
			for (String wanted : focus) {
				String area = wanted.substring(0, 1);
				if (known.equals(wanted) || known.equals(area) || (wanted.length() == 1 && known.startsWith(wanted))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The load objective: each further review of an expert costs one more than the last.
	 */
	private static long loadCost(AssignmentRequest request, Map<String, Integer> loads) {
		long cost = 0;
		for (PanelExpert expert : request.experts()) {
			int load = loads.get(expert.username());
			cost += (long) load * (load + 1) / 2;
		}
		return cost;
	}

	private static int panelsWithTwoOfOneRegion(AssignmentRequest request, PanelAssignment assignment) {
		Map<String, String> regions = new HashMap<>();
		request.experts().forEach((expert) -> regions.put(expert.username(), expert.region()));
		int count = 0;
		for (AssignedPanel panel : assignment.panels()) {
			if (panel.experts().stream().map(regions::get).distinct().count() < panel.experts().size()) {
				count++;
			}
		}
		return count;
	}

	/** Per panel, the experts beyond the first of each region, summed. */
	private static int extraSeatsOfOneRegion(AssignmentRequest request, PanelAssignment assignment) {
		Map<String, String> regions = new HashMap<>();
		request.experts().forEach((expert) -> regions.put(expert.username(), expert.region()));
		int extra = 0;
		for (AssignedPanel panel : assignment.panels()) {
			extra += panel.experts().size() - (int) panel.experts().stream().map(regions::get).distinct().count();
		}
		return extra;
	}

	private static int membersNotReadingTheReport(AssignmentRequest request, PanelAssignment assignment) {
		Map<String, Set<String>> languages = new HashMap<>();
		request.experts().forEach((expert) -> languages.put(expert.username(), expert.languages()));
		int count = 0;
		for (AssignedPanel panel : assignment.panels()) {
			String language = request.nominations()
				.stream()
				.filter((nomination) -> nomination.id() == panel.nominationId())
				.findFirst()
				.orElseThrow()
				.reportLanguage();
			count += (int) panel.experts().stream().filter((name) -> !languages.get(name).contains(language)).count();
		}
		return count;
	}

	// ---- fixtures

	private static PanelNomination nomination(long id, String city, String country, String language) {
		return nomination(id, city, country, "EN", language);
	}

	private static PanelNomination nomination(long id, String city, String country, String region, String language) {
		return new PanelNomination(id, 1000 + id, city, country, region, language);
	}

	private static PanelExpert expert(String username, String country, String region, String language) {
		return expert(username, country, region, language, 10);
	}

	private static PanelExpert expert(String username, String country, String region, String language, int maxLoad) {
		return new PanelExpert(username, country, region, Set.of(language), Set.of(), maxLoad, 0);
	}

	/**
	 * A cycle with realistic spreads: more nominations from Europe and Asia, reports in
	 * English mostly, else in an official UNESCO language of the country; experts who
	 * read English and often their own language, know one to three areas of focus and
	 * take 15 to 20 reviews; a few declared conflicts.
	 */
	static final class GeneratedCycle {

		private static final String[][] COUNTRIES = {
				// code, region, languages (first: the main one)
				{ "NG", "AFRICA", "en" }, { "GH", "AFRICA", "en" }, { "KE", "AFRICA", "en,sw" },
				{ "SN", "AFRICA", "fr" }, { "CI", "AFRICA", "fr" }, { "CM", "AFRICA", "fr,en" },
				{ "ET", "AFRICA", "am,en" }, { "ZA", "AFRICA", "en" }, { "RW", "AFRICA", "fr,en" },
				{ "EG", "ARAB_STATES", "ar" }, { "MA", "ARAB_STATES", "ar,fr" }, { "TN", "ARAB_STATES", "ar,fr" },
				{ "JO", "ARAB_STATES", "ar" }, { "LB", "ARAB_STATES", "ar,fr" }, { "AE", "ARAB_STATES", "ar" },
				{ "CN", "ASIA_PACIFIC", "zh" }, { "KR", "ASIA_PACIFIC", "ko" }, { "JP", "ASIA_PACIFIC", "ja" },
				{ "IN", "ASIA_PACIFIC", "hi,en" }, { "ID", "ASIA_PACIFIC", "id" }, { "VN", "ASIA_PACIFIC", "vi" },
				{ "TH", "ASIA_PACIFIC", "th" }, { "AU", "ASIA_PACIFIC", "en" }, { "NZ", "ASIA_PACIFIC", "en" },
				{ "PH", "ASIA_PACIFIC", "en" }, { "IR", "ASIA_PACIFIC", "fa" }, { "KZ", "ASIA_PACIFIC", "ru,kk" },
				{ "IE", "EUROPE_NORTH_AMERICA", "en" }, { "FR", "EUROPE_NORTH_AMERICA", "fr" },
				{ "DE", "EUROPE_NORTH_AMERICA", "de" }, { "ES", "EUROPE_NORTH_AMERICA", "es" },
				{ "IT", "EUROPE_NORTH_AMERICA", "it" }, { "PT", "EUROPE_NORTH_AMERICA", "pt" },
				{ "GB", "EUROPE_NORTH_AMERICA", "en" }, { "NO", "EUROPE_NORTH_AMERICA", "no" },
				{ "FI", "EUROPE_NORTH_AMERICA", "fi" }, { "GR", "EUROPE_NORTH_AMERICA", "el" },
				{ "PL", "EUROPE_NORTH_AMERICA", "pl" }, { "UA", "EUROPE_NORTH_AMERICA", "uk,ru" },
				{ "TR", "EUROPE_NORTH_AMERICA", "tr" }, { "US", "EUROPE_NORTH_AMERICA", "en" },
				{ "CA", "EUROPE_NORTH_AMERICA", "en,fr" }, { "MX", "LATIN_AMERICA_CARIBBEAN", "es" },
				{ "BR", "LATIN_AMERICA_CARIBBEAN", "pt" }, { "CO", "LATIN_AMERICA_CARIBBEAN", "es" },
				{ "AR", "LATIN_AMERICA_CARIBBEAN", "es" }, { "CL", "LATIN_AMERICA_CARIBBEAN", "es" },
				{ "PE", "LATIN_AMERICA_CARIBBEAN", "es" }, { "EC", "LATIN_AMERICA_CARIBBEAN", "es" },
				{ "UY", "LATIN_AMERICA_CARIBBEAN", "es" }, { "CR", "LATIN_AMERICA_CARIBBEAN", "es" } };

		private static final Map<String, Double> NOMINATION_SHARE = Map.of("AFRICA", 0.15, "ARAB_STATES", 0.10,
				"ASIA_PACIFIC", 0.30, "EUROPE_NORTH_AMERICA", 0.30, "LATIN_AMERICA_CARIBBEAN", 0.15);

		private static final Map<String, Double> EXPERT_SHARE = Map.of("AFRICA", 0.15, "ARAB_STATES", 0.10,
				"ASIA_PACIFIC", 0.25, "EUROPE_NORTH_AMERICA", 0.35, "LATIN_AMERICA_CARIBBEAN", 0.15);

		private static final Set<String> REPORT_LANGUAGES = Set.of("en", "fr", "es", "ar", "zh", "ru");

		private static final List<String> FOCUS = List.of("1.1", "1.2", "1.3", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6",
				"3.1", "3.2", "3.3");

		static AssignmentRequest of(long seed, int nominationCount, int expertCount, int panelSize, int reserves) {
			Random random = new Random(seed);
			List<PanelNomination> nominations = new ArrayList<>();
			for (int i = 1; i <= nominationCount; i++) {
				String[] country = country(random, NOMINATION_SHARE);
				String main = country[2].split(",")[0];
				String language = (REPORT_LANGUAGES.contains(main) && random.nextDouble() < 0.7) ? main : "en";
				Set<String> focus = (random.nextDouble() < 0.3) ? Set.of(FOCUS.get(random.nextInt(FOCUS.size())))
						: Set.of();
				nominations.add(new PanelNomination(i, 5000 + i, "City " + i, country[0], country[1], language, focus));
			}
			List<PanelExpert> experts = new ArrayList<>();
			for (int j = 1; j <= expertCount; j++) {
				String[] country = country(random, EXPERT_SHARE);
				Set<String> languages = new LinkedHashSet<>(List.of(country[2].split(",")));
				if (random.nextDouble() < 0.9) {
					languages.add("en");
				}
				if (random.nextDouble() < 0.2) {
					languages.add("fr");
				}
				if (random.nextDouble() < 0.15) {
					languages.add("es");
				}
				Set<String> expertise = new HashSet<>();
				int areas = 1 + random.nextInt(3);
				while (expertise.size() < areas) {
					expertise.add(FOCUS.get(random.nextInt(FOCUS.size())));
				}
				experts.add(new PanelExpert("expert-%02d".formatted(j), country[0], country[1], languages, expertise,
						15 + random.nextInt(6), 0));
			}
			List<DeclaredConflict> conflicts = new ArrayList<>();
			for (int c = 0; c < 30; c++) {
				conflicts.add(new DeclaredConflict(experts.get(random.nextInt(expertCount)).username(),
						nominations.get(random.nextInt(nominationCount)).cityId()));
			}
			return AssignmentRequest.of(nominations, experts, panelSize, reserves, conflicts);
		}

		private static String[] country(Random random, Map<String, Double> shares) {
			double draw = random.nextDouble();
			String region = null;
			for (String candidate : List.of("AFRICA", "ARAB_STATES", "ASIA_PACIFIC", "EUROPE_NORTH_AMERICA",
					"LATIN_AMERICA_CARIBBEAN")) {
				region = candidate;
				draw -= shares.get(candidate);
				if (draw < 0) {
					break;
				}
			}
			String chosen = region;
			List<String[]> inRegion = List.of(COUNTRIES).stream().filter((row) -> row[1].equals(chosen)).toList();
			return inRegion.get(random.nextInt(inRegion.size()));
		}

	}

	/** Small random requests in which conflicts, caps and preferences all bite. */
	static final class SmallCase {

		static AssignmentRequest random(Random random, int nominationCount, int expertCount, int panelSize) {
			List<String> countries = List.of("IE", "FR", "NG", "BR");
			Map<String, String> regionOf = Map.of("IE", "EUROPE", "FR", "EUROPE", "NG", "AFRICA", "BR", "LATAM");
			List<String> languages = List.of("en", "fr", "es");
			List<String> focus = List.of("1", "2", "2.1", "3.2");
			List<PanelNomination> nominations = new ArrayList<>();
			for (int i = 1; i <= nominationCount; i++) {
				String country = countries.get(random.nextInt(countries.size()));
				String language = (random.nextInt(4) == 0) ? null : languages.get(random.nextInt(languages.size()));
				Set<String> wanted = (random.nextBoolean()) ? Set.of(focus.get(random.nextInt(focus.size())))
						: Set.of();
				nominations.add(
						new PanelNomination(i, 100 + i, "City " + i, country, regionOf.get(country), language, wanted));
			}
			List<PanelExpert> experts = new ArrayList<>();
			for (int j = 1; j <= expertCount; j++) {
				String country = countries.get(random.nextInt(countries.size()));
				Set<String> reads = new HashSet<>();
				for (String language : languages) {
					if (random.nextInt(3) == 0) {
						reads.add(language);
					}
				}
				Set<String> knows = new HashSet<>();
				if (random.nextBoolean()) {
					knows.add(List.of("1.1", "2.1", "2.4", "3.2", "3").get(random.nextInt(5)));
				}
				int maxLoad = 1 + random.nextInt(3);
				int current = random.nextInt(2) * random.nextInt(maxLoad + 1);
				experts.add(new PanelExpert("e" + j, country, regionOf.get(country), reads, knows, maxLoad, current));
			}
			List<DeclaredConflict> conflicts = new ArrayList<>();
			if (random.nextBoolean()) {
				conflicts.add(new DeclaredConflict("e" + (1 + random.nextInt(expertCount)),
						100 + 1 + random.nextInt(nominationCount)));
			}
			AssignmentWeights weights = random.nextBoolean() ? AssignmentWeights.DEFAULT
					: new AssignmentWeights(random.nextInt(60), random.nextInt(60), random.nextInt(60));
			return new AssignmentRequest(nominations, experts, panelSize, 1, AssignmentRequest.standardRules(conflicts),
					weights);
		}

	}

	/** Every assignment of panels, the best by (load objective, preference cost). */
	static final class BruteForce {

		record Best(long loadCost, long preferenceCost) {

		}

		static Best solve(AssignmentRequest request) {
			List<List<List<String>>> options = new ArrayList<>();
			for (PanelNomination nomination : request.nominations()) {
				List<String> eligible = request.experts()
					.stream()
					.filter((expert) -> request.conflict(expert, nomination) == null)
					.map(PanelExpert::username)
					.toList();
				List<List<String>> subsets = new ArrayList<>();
				subsets(eligible, request.panelSize(), 0, new ArrayList<>(), subsets);
				options.add(subsets);
			}
			Best[] best = { null };
			search(request, options, 0, new ArrayList<>(), best);
			return best[0];
		}

		private static void subsets(List<String> from, int size, int start, List<String> current,
				List<List<String>> out) {
			if (current.size() == size) {
				out.add(List.copyOf(current));
				return;
			}
			for (int k = start; k < from.size(); k++) {
				current.add(from.get(k));
				subsets(from, size, k + 1, current, out);
				current.remove(current.size() - 1);
			}
		}

		private static void search(AssignmentRequest request, List<List<List<String>>> options, int index,
				List<List<String>> chosen, Best[] best) {
			if (index == options.size()) {
				Map<String, Integer> loads = new HashMap<>();
				request.experts().forEach((expert) -> loads.put(expert.username(), expert.currentLoad()));
				chosen.forEach((panel) -> panel.forEach((name) -> loads.merge(name, 1, Integer::sum)));
				for (PanelExpert expert : request.experts()) {
					if (loads.get(expert.username()) > expert.maxLoad()) {
						return;
					}
				}
				long preference = 0;
				for (int i = 0; i < chosen.size(); i++) {
					preference += preferenceCost(request, request.nominations().get(i), chosen.get(i));
				}
				Best candidate = new Best(loadCost(request, loads), preference);
				if (best[0] == null || candidate.loadCost() < best[0].loadCost()
						|| (candidate.loadCost() == best[0].loadCost()
								&& candidate.preferenceCost() < best[0].preferenceCost())) {
					best[0] = candidate;
				}
				return;
			}
			for (List<String> panel : options.get(index)) {
				chosen.add(panel);
				search(request, options, index + 1, chosen, best);
				chosen.remove(chosen.size() - 1);
			}
		}

	}

}
