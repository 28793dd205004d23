package org.learningcity.award.cycle.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.CycleStatus;
import org.learningcity.award.support.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cycle's own rules: its state machine and what its settings may be. */
class AwardCycleTests {

	static final Instant NOW = Instant.parse("2026-01-10T12:00:00Z");

	static final OffsetDateTime APPLICATIONS_DUE = OffsetDateTime.of(2026, 3, 31, 23, 59, 0, 0, ZoneOffset.UTC);

	static final OffsetDateTime NOMINATIONS_DUE = OffsetDateTime.of(2026, 4, 30, 23, 59, 0, 0, ZoneOffset.ofHours(2));

	static CycleSettings rules2024() {
		return CycleSettings.rules2024("UNESCO Learning City Award 2026", 2026, APPLICATIONS_DUE, NOMINATIONS_DUE);
	}

	static AwardCycle draft() {
		return new AwardCycle(rules2024(), NOW, "staff");
	}

	static AwardCycle open() {
		AwardCycle cycle = draft();
		cycle.open(NOW);
		return cycle;
	}

	@Nested
	class StateMachine {

		@Test
		void aNewCycleIsADraft() {
			assertThat(draft().getStatus()).isEqualTo(CycleStatus.DRAFT);
			assertThat(draft().getOpenedAt()).isNull();
		}

		@Test
		void openingADraftWhileBothDeadlinesAreAheadOpensTheCall() {
			AwardCycle cycle = draft();
			cycle.open(NOW);
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
			assertThat(cycle.getOpenedAt()).isEqualTo(NOW);
		}

		@Test
		void openingTwiceIsRefused() {
			AwardCycle cycle = open();
			assertThatThrownBy(() -> cycle.open(NOW)).isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.NOT_DRAFT);
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
		}

		@Test
		void openingAfterTheApplicationDeadlineIsRefused() {
			AwardCycle cycle = draft();
			assertThatThrownBy(() -> cycle.open(APPLICATIONS_DUE.toInstant()))
				.isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.APPLICATION_DEADLINE_PASSED);
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.DRAFT);
		}

		@Test
		void theStagesFollowOneAnotherUntilTheCycleCloses() {
			AwardCycle cycle = open();
			cycle.startReview();
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.REVIEW);
			cycle.startShortlisting();
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.SHORTLISTING);
			cycle.startJury();
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.JURY);
			cycle.decide();
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.DECIDED);
			cycle.close();
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.CLOSED);
		}

		@Test
		void aStageCannotBeSkipped() {
			AwardCycle cycle = draft();
			assertThatThrownBy(cycle::startReview).isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.WRONG_MOVE);
			cycle.open(NOW);
			assertThatThrownBy(cycle::decide).isInstanceOf(RuleViolationException.class);
			assertThatThrownBy(cycle::close).isInstanceOf(RuleViolationException.class);
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.OPEN);
		}

		@Test
		void aCycleNeverGoesBackToDraft() {
			AwardCycle cycle = open();
			assertThatThrownBy(() -> cycle.advanceTo(CycleStatus.DRAFT, NOW))
				.isInstanceOf(RuleViolationException.class);
		}

		@Test
		void advancingNamesTheNextStatus() {
			AwardCycle cycle = open();
			cycle.advanceTo(CycleStatus.REVIEW, NOW);
			assertThat(cycle.getStatus()).isEqualTo(CycleStatus.REVIEW);
			assertThatThrownBy(() -> cycle.advanceTo(CycleStatus.JURY, NOW)).isInstanceOf(RuleViolationException.class);
			assertThat(CycleStatus.REVIEW.next()).contains(CycleStatus.SHORTLISTING);
			assertThat(CycleStatus.CLOSED.next()).isEmpty();
		}

		@Test
		void everySettingOfADraftMayChange() {
			AwardCycle cycle = draft();
			CycleSettings changed = new CycleSettings("UNESCO Learning City Award 2017", 2017, 3, 5, 1, 20, 2, 24, 4,
					APPLICATIONS_DUE, NOMINATIONS_DUE, "P5D", "P30D", List.of("P10D"), "P10D", "P20D");
			List<String> names = cycle.change(changed, NOW);
			assertThat(names).contains("title", "year", "nominationQuota", "panelSize", "reminderBefore");
			assertThat(cycle.settings()).isEqualTo(changed);
		}

		@Test
		void anOpenCallKeepsItsRules() {
			AwardCycle cycle = open();
			CycleSettings s = rules2024();
			CycleSettings moreNominations = new CycleSettings(s.title(), s.year(), 3, s.panelSize(),
					s.divergenceThreshold(), s.shortlistSize(), s.maxAwardeesPerCountry(), s.membershipMonths(),
					s.exclusionYears(), s.applicationDeadline(), s.nominationDeadline(), s.invitationResponse(),
					s.reviewDuration(), s.reminderBefore(), s.moderationDuration(), s.juryDuration());
			assertThatThrownBy(() -> cycle.change(moreNominations, NOW)).isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.ONLY_DEADLINES);
			assertThat(cycle.settings().nominationQuota()).isEqualTo(2);
		}

		@Test
		void anOpenCallsDeadlinesMayBeExtended() {
			AwardCycle cycle = open();
			CycleSettings extended = rules2024().withDeadlines(APPLICATIONS_DUE.plusDays(7),
					NOMINATIONS_DUE.plusDays(7));
			assertThat(cycle.change(extended, NOW)).containsExactly("applicationDeadline", "nominationDeadline");
			assertThat(cycle.settings().nominationDeadline()).isEqualTo(NOMINATIONS_DUE.plusDays(7));
		}

		@Test
		void anOpenCallsDeadlineCannotBeBroughtForward() {
			AwardCycle cycle = open();
			CycleSettings earlier = rules2024().withDeadlines(APPLICATIONS_DUE.minusDays(1), NOMINATIONS_DUE);
			assertThatThrownBy(() -> cycle.change(earlier, NOW)).isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.DEADLINE_BROUGHT_FORWARD);
		}

		@Test
		void aCycleUnderReviewCannotBeEdited() {
			AwardCycle cycle = open();
			cycle.startReview();
			CycleSettings extended = rules2024().withDeadlines(APPLICATIONS_DUE, NOMINATIONS_DUE.plusDays(7));
			assertThatThrownBy(() -> cycle.change(extended, NOW)).isInstanceOf(RuleViolationException.class)
				.extracting("code")
				.isEqualTo(AwardCycle.NOT_EDITABLE);
		}

		@Test
		void remindersSurviveTheRoundTripThroughTheTable() {
			assertThat(draft().settings().reminderBefore()).containsExactly("P7D", "P1D");
			AwardCycle none = new AwardCycle(new CycleSettings("t", 2026, 2, 3, 2, 15, 1, 12, 6, APPLICATIONS_DUE,
					NOMINATIONS_DUE, "P3D", "P21D", List.of(), "P7D", "P14D"), NOW, "staff");
			assertThat(none.settings().reminderBefore()).isEmpty();
		}

	}

	@Nested
	class Validation {

		/** The 2024 rules as an input, with some fields replaced. */
		static CycleInput input(Object... fieldsAndValues) {
			CycleInput base = CycleInput.from(rules2024());
			List<Object> values = new ArrayList<>(Arrays.asList(base.title(), base.year(), base.nominationQuota(),
					base.panelSize(), base.divergenceThreshold(), base.shortlistSize(), base.maxAwardeesPerCountry(),
					base.membershipMonths(), base.exclusionYears(), base.applicationDeadline(),
					base.nominationDeadline(), base.invitationResponse(), base.reviewDuration(), base.reminderBefore(),
					base.moderationDuration(), base.juryDuration(), base.shortlistPerCountry(), base.minimumScore(),
					base.maxAwardees()));
			List<String> names = Arrays.stream(CycleInput.class.getRecordComponents()).map(c -> c.getName()).toList();
			for (int i = 0; i < fieldsAndValues.length; i += 2) {
				values.set(names.indexOf((String) fieldsAndValues[i]), fieldsAndValues[i + 1]);
			}
			@SuppressWarnings("unchecked")
			CycleInput in = new CycleInput((String) values.get(0), (Integer) values.get(1), (Integer) values.get(2),
					(Integer) values.get(3), (Integer) values.get(4), (Integer) values.get(5), (Integer) values.get(6),
					(Integer) values.get(7), (Integer) values.get(8), (String) values.get(9), (String) values.get(10),
					(String) values.get(11), (String) values.get(12), (List<String>) values.get(13),
					(String) values.get(14), (String) values.get(15), (Integer) values.get(16), (Double) values.get(17),
					(Integer) values.get(18));
			return in;
		}

		static List<String> problems(Object... fieldsAndValues) {
			return CycleRules.check(input(fieldsAndValues))
				.problems()
				.stream()
				.map(p -> p.field() + ":" + p.key())
				.toList();
		}

		@Test
		void theRulesOf2024AreValid() {
			CycleRules.Checked checked = CycleRules.check(input());
			assertThat(checked.problems()).isEmpty();
			assertThat(checked.settings()).isEqualTo(rules2024());
		}

		@Test
		void aTitleIsRequiredAndAtMost200Characters() {
			assertThat(problems("title", " ")).containsExactly("title:cycle.error.required");
			assertThat(problems("title", null)).containsExactly("title:cycle.error.required");
			assertThat(problems("title", "x".repeat(201))).containsExactly("title:cycle.error.tooLong");
			assertThat(problems("title", "x".repeat(200))).isEmpty();
		}

		@Test
		void theYearIsFrom2015To2100() {
			assertThat(problems("year", 2014)).containsExactly("year:cycle.error.range");
			assertThat(problems("year", 2101)).containsExactly("year:cycle.error.range");
			assertThat(problems("year", null)).containsExactly("year:cycle.error.required");
			assertThat(problems("year", 2015)).isEmpty();
		}

		@Test
		void theNominationQuotaIsFrom1To10() {
			assertThat(problems("nominationQuota", 0)).containsExactly("nominationQuota:cycle.error.range");
			assertThat(problems("nominationQuota", 11)).containsExactly("nominationQuota:cycle.error.range");
			assertThat(problems("nominationQuota", 3)).isEmpty();
		}

		@Test
		void theDivergenceThresholdIsFrom1To4() {
			assertThat(problems("divergenceThreshold", 0)).containsExactly("divergenceThreshold:cycle.error.range");
			assertThat(problems("divergenceThreshold", 5)).containsExactly("divergenceThreshold:cycle.error.range");
			assertThat(problems("divergenceThreshold", 4)).isEmpty();
		}

		@Test
		void sizesArePositive() {
			assertThat(problems("panelSize", 0, "shortlistSize", 0, "maxAwardeesPerCountry", -1)).containsExactly(
					"panelSize:cycle.error.range", "shortlistSize:cycle.error.range",
					"maxAwardeesPerCountry:cycle.error.range");
			assertThat(problems("membershipMonths", -1, "exclusionYears", -1))
				.containsExactly("membershipMonths:cycle.error.range", "exclusionYears:cycle.error.range");
			assertThat(problems("membershipMonths", 0, "exclusionYears", 0)).isEmpty();
		}

		@Test
		void theApplicationDeadlineComesBeforeTheNominationDeadline() {
			assertThat(problems("nominationDeadline", "2026-03-31T23:59:00Z"))
				.containsExactly("nominationDeadline:cycle.error.deadlineOrder");
			assertThat(problems("applicationDeadline", "2026-05-01T00:00:00+02:00"))
				.containsExactly("nominationDeadline:cycle.error.deadlineOrder");
		}

		@Test
		void deadlinesAreTimesWithAnOffset() {
			assertThat(problems("applicationDeadline", "2026-03-31T23:59"))
				.containsExactly("applicationDeadline:cycle.error.time");
			assertThat(problems("nominationDeadline", "next Friday"))
				.containsExactly("nominationDeadline:cycle.error.time");
			assertThat(problems("applicationDeadline", "")).containsExactly("applicationDeadline:cycle.error.required");
		}

		@Test
		void durationsAreIso8601AndPositive() {
			assertThat(problems("reviewDuration", "three weeks"))
				.containsExactly("reviewDuration:cycle.error.duration");
			assertThat(problems("juryDuration", "P1M")).containsExactly("juryDuration:cycle.error.duration");
			assertThat(problems("invitationResponse", "P0D"))
				.containsExactly("invitationResponse:cycle.error.durationPositive");
			assertThat(problems("moderationDuration", "-P1D"))
				.containsExactly("moderationDuration:cycle.error.durationPositive");
			assertThat(problems("moderationDuration", null)).containsExactly("moderationDuration:cycle.error.required");
			assertThat(problems("invitationResponse", "PT30S", "reviewDuration", "PT2M", "reminderBefore",
					List.of("PT1M")))
				.isEmpty();
		}

		@Test
		void durationsAreKeptInUpperCase() {
			CycleSettings settings = CycleRules
				.check(input("reviewDuration", " p21d ", "reminderBefore", List.of("p7d")))
				.settings();
			assertThat(settings.reviewDuration()).isEqualTo("P21D");
			assertThat(settings.reminderBefore()).containsExactly("P7D");
			assertThat(settings.reviewDurationAsDuration()).hasDays(21);
		}

		@Test
		void eachReminderIsShorterThanTheReview() {
			assertThat(problems("reminderBefore", List.of("P7D", "P21D")))
				.containsExactly("reminderBefore:cycle.error.reminderTooLong");
			assertThat(problems("reminderBefore", List.of("P1X")))
				.containsExactly("reminderBefore:cycle.error.duration");
			assertThat(problems("reminderBefore", List.of())).isEmpty();
			assertThat(problems("reminderBefore", null)).containsExactly("reminderBefore:cycle.error.required");
			assertThat(problems("reminderBefore", List.of("P1D", "P2D", "P3D", "P4D", "P5D", "P6D")))
				.containsExactly("reminderBefore:cycle.error.tooManyReminders");
		}

		@Test
		void everyProblemIsReportedAtOnce() {
			assertThat(problems("title", "", "year", 1999, "nominationQuota", 0, "reviewDuration", "x"))
				.containsExactly("title:cycle.error.required", "year:cycle.error.range",
						"nominationQuota:cycle.error.range", "reviewDuration:cycle.error.duration");
		}

	}

}
