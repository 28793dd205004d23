package org.learningcity.award.nomination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.learningcity.award.catalog.Catalog;
import org.learningcity.award.catalog.Source;
import org.learningcity.award.cycle.CycleSettings;
import org.learningcity.award.cycle.Cycles;
import org.learningcity.award.network.Network;
import org.learningcity.award.nomination.ApplicationContent;
import org.learningcity.award.nomination.Applications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Cycles and submitted applications for the nomination tests, made through the real
 * services as the people who make them (staff, a city's coordinator). Everything made
 * here is removed again by {@link #cleanUp()}: nominations, applications, their process
 * instances and the cycles, so that tests sharing the Spring context never meet them.
 */
final class NominationFixtures {

	private final Cycles cycles;

	private final Applications applications;

	private final Catalog catalog;

	private final Network network;

	private final JdbcClient jdbc;

	private final RuntimeService runtime;

	private final UserDetailsService users;

	private final Clock clock;

	private final List<Long> made = new ArrayList<>();

	private final List<long[]> awards = new ArrayList<>();

	NominationFixtures(Cycles cycles, Applications applications, Catalog catalog, Network network, JdbcClient jdbc,
			RuntimeService runtime, UserDetailsService users, Clock clock) {
		this.cycles = cycles;
		this.applications = applications;
		this.catalog = catalog;
		this.network = network;
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.users = users;
		this.clock = clock;
	}

	/**
	 * An open cycle with the 2024 rules and this quota: applications for 30 days,
	 * nominations for 60.
	 */
	long openCycle(int quota) {
		return openCycle(quota, 12);
	}

	/** An open cycle with this quota and minimum months of membership. */
	long openCycle(int quota, int membershipMonths) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).truncatedTo(ChronoUnit.MINUTES);
		CycleSettings rules = CycleSettings.rules2024("Nomination test cycle " + (this.made.size() + 1),
				now.getYear() + 1, now.plusDays(30), now.plusDays(60));
		CycleSettings settings = new CycleSettings(rules.title(), rules.year(), quota, rules.panelSize(),
				rules.divergenceThreshold(), rules.shortlistSize(), rules.maxAwardeesPerCountry(), membershipMonths,
				rules.exclusionYears(), rules.applicationDeadline(), rules.nominationDeadline(),
				rules.invitationResponse(), rules.reviewDuration(), rules.reminderBefore(), rules.moderationDuration(),
				rules.juryDuration());
		long id = as("staff", () -> this.cycles.open(this.cycles.create(settings).id()).id());
		this.made.add(id);
		return id;
	}

	long city(String slug) {
		return this.network.cityBySlug(slug).orElseThrow().id();
	}

	/** The city's coordinator starts an application and leaves it a draft. */
	long draft(long cycleId, String slug) {
		return as("city-" + slug, () -> this.applications.start(cycleId, city(slug)).id());
	}

	/** The city's coordinator starts, completes and submits an application. */
	long submitted(long cycleId, String slug) {
		long id = draft(cycleId, slug);
		submit(id, slug);
		return id;
	}

	/** The city's coordinator completes the application and submits it. */
	void submit(long applicationId, String slug) {
		as("city-" + slug, () -> {
			this.applications.saveDraft(applicationId, complete());
			return this.applications.submit(applicationId);
		});
	}

	/** Everything a submission needs: the 18 narratives, the consent, the endorsement. */
	ApplicationContent complete() {
		Map<String, String> narratives = new LinkedHashMap<>();
		this.catalog.measurements(Source.EXPERT_REVIEW)
			.forEach(m -> narratives.put(m.code().value(),
					"Since 2018 the city has worked on " + m.name() + " with its libraries and schools."));
		LocalDate today = LocalDate.now(this.clock);
		return new ApplicationContent(narratives, Map.of(),
				new ApplicationContent.Consent("Aoife Byrne", "Learning city coordinator", today),
				new ApplicationContent.Endorsement("The Mayor", "The city council endorses this application.", today));
	}

	/** Runs {@code work} signed in as {@code username}, then signs out again. */
	<T> T as(String username, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	/**
	 * Leaves the eligibility of a nominated application to UIL staff, as when data the
	 * rules need is missing: instead of gathering the facts, the rules get a city whose
	 * date of joining the GNLC is unknown.
	 */
	void leaveEligibilityToStaff(long applicationId) {
		String instance = this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(NominationProcess.KEY)
			.processInstanceBusinessKey(Long.toString(applicationId))
			.singleResult()
			.getId();
		Map<String, Object> facts = new LinkedHashMap<>();
		facts.put(NominationProcess.MEMBERSHIP_MONTHS, null);
		facts.put(NominationProcess.REQUIRED_MEMBERSHIP_MONTHS, 12);
		facts.put(NominationProcess.YEARS_SINCE_LAST_AWARD, null);
		facts.put(NominationProcess.EXCLUSION_YEARS, 6);
		facts.put(NominationProcess.APPLICATION_COMPLETE, true);
		facts.put(NominationProcess.CONSENT_GIVEN, true);
		this.runtime.createProcessInstanceModification(instance)
			.cancelAllForActivity(NominationProcess.TASK_GATHER_FACTS)
			.startBeforeActivity(NominationProcess.TASK_APPLY_RULES)
			.setVariables(facts)
			.execute();
	}

	/**
	 * Records an Award for the city in the year before the cycle's (removed by cleanUp).
	 */
	void awardedLastYear(long cycleId, String slug) {
		int year = this.cycles.get(cycleId).settings().year() - 1;
		this.network.recordAward(city(slug), year);
		this.awards.add(new long[] { city(slug), year });
	}

	/** Removes what was made here, and puts the engine's clock back to real time. */
	void cleanUp() {
		ClockUtil.reset();
		for (Long id : this.made) {
			List<Long> applications = this.jdbc.sql("select id from application where cycle_id = ?")
				.param(id)
				.query(Long.class)
				.list();
			for (Long application : applications) {
				this.runtime.createProcessInstanceQuery()
					.processDefinitionKey(NominationProcess.KEY)
					.processInstanceBusinessKey(application.toString())
					.list()
					.forEach(p -> this.runtime.deleteProcessInstance(p.getId(), "test done", true, true));
			}
			this.jdbc.sql("delete from nomination where cycle_id = ?").param(id).update();
			this.jdbc.sql("delete from application where cycle_id = ?").param(id).update();
			this.jdbc.sql("delete from award_cycle where id = ?").param(id).update();
		}
		this.made.clear();
		for (long[] award : this.awards) {
			this.jdbc.sql("delete from city_award where city_id = ? and award_year = ?")
				.params(award[0], award[1])
				.update();
		}
		this.awards.clear();
	}

}
