package org.learningcity.award.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import org.learningcity.award.cycle.CycleProcessNames;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The cycle's stages around the review, through the cycle process and the HTTP API as
 * staff and jurors use them: the call opened, the nomination deadline passed (the
 * process's timer job run as the job executor would at that moment), the panels formed by
 * the {@code FORM_PANELS} task's API, the reviews started by the process; after the
 * review the shortlist confirmed ({@code CONFIRM_SHORTLIST}), every juror's vote
 * ({@code JURY_VOTE}), the decision ({@code FINALIZE_DECISION}), the announcement and the
 * closed cycle.
 */
final class CycleSteps {

	private final String base;

	private final Latencies latencies;

	private final AtomicInteger serverErrors;

	private final JdbcTemplate jdbc;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final ObjectMapper json = new ObjectMapper();

	/**
	 * The cycle process's instance by cycle, once known (it lives as long as the cycle).
	 */
	private final Map<Long, String> cycleProcessIds = new ConcurrentHashMap<>();

	final List<String> problems = new ArrayList<>();

	CycleSteps(String base, Latencies latencies, AtomicInteger serverErrors, JdbcTemplate jdbc, RuntimeService runtime,
			ManagementService management) {
		this.base = base;
		this.latencies = latencies;
		this.serverErrors = serverErrors;
		this.jdbc = jdbc;
		this.runtime = runtime;
		this.management = management;
	}

	ApiClient client() {
		return new ApiClient(this.base, this.latencies, this.serverErrors);
	}

	/** The cycle process's instance of the cycle. */
	ProcessInstance cycleProcess(long cycleId) {
		return this.runtime.createProcessInstanceQuery()
			.processDefinitionKey(CycleProcessNames.KEY)
			.processInstanceBusinessKey(Long.toString(cycleId))
			.singleResult();
	}

	/**
	 * The nomination deadline passes: the process's deadline timer is run now, as the job
	 * executor runs it when the deadline comes (the cycle then moves to REVIEW,
	 * eligibility is settled and {@code FORM_PANELS} waits for staff).
	 */
	void passNominationDeadline(long cycleId) {
		ProcessInstance instance = cycleProcess(cycleId);
		if (instance == null) {
			throw new IllegalStateException("No cycle process for cycle " + cycleId);
		}
		List<Job> timers = this.management.createJobQuery().processInstanceId(instance.getId()).timers().list();
		if (timers.size() != 1) {
			throw new IllegalStateException("Expected the nomination deadline's timer, found " + timers.size());
		}
		this.management.executeJob(timers.get(0).getId());
	}

	/** Waits until the staff member's inbox shows a task of the type; its id. */
	String awaitTask(ApiClient person, String type, long timeoutSeconds) {
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			ApiClient.Response inbox = person.get("endgame.inbox", "/api/tasks?type=" + type);
			if (inbox.ok()) {
				JsonNode tasks = read(inbox.body());
				if (tasks.size() > 0) {
					return tasks.get(0).path("id").asText();
				}
			}
			sleep(200);
		}
		throw new IllegalStateException("No " + type + " task within " + timeoutSeconds + " s");
	}

	/** Waits until the condition holds; false on timeout. */
	static boolean await(BooleanSupplier condition, long timeoutSeconds) {
		long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
		while (System.nanoTime() < deadline) {
			if (condition.getAsBoolean()) {
				return true;
			}
			sleep(100);
		}
		return condition.getAsBoolean();
	}

	/**
	 * Review processes started for the cycle by its process (one per nomination). Counted
	 * through the history's index on the root process instance: this is polled every 100
	 * ms while the reviews start, and the join on the business key it replaced took 17 ms
	 * of the database's CPU a call (3.6 s of a 3,000-city opening).
	 */
	long reviewsStarted(long cycleId) {
		String root = this.cycleProcessIds.computeIfAbsent(cycleId, (id) -> {
			ProcessInstance instance = cycleProcess(id);
			return (instance != null) ? instance.getId() : null;
		});
		if (root == null) {
			return 0;
		}
		return this.jdbc.queryForObject("select count(*) from act_hi_procinst "
				+ "where root_proc_inst_id_ = ? and proc_def_key_ = 'ReviewProcess'", Long.class, root);
	}

	/**
	 * The shortlist: the suggestion read, then confirmed through
	 * {@code CONFIRM_SHORTLIST}.
	 * @return the confirmed nomination ids
	 */
	List<Long> confirmShortlist(ApiClient staff, long cycleId) throws IOException {
		String task = awaitTask(staff, "CONFIRM_SHORTLIST", 600);
		staff.get("endgame.shortlist.task", "/api/tasks/" + task);
		ApiClient.Response suggestion = staff.get("endgame.shortlist.suggestion",
				"/api/cycles/" + cycleId + "/shortlist/suggestion");
		require(suggestion, "the shortlist suggestion");
		List<Long> ids = new ArrayList<>();
		this.json.readTree(suggestion.body()).path("nominationIds").forEach((id) -> ids.add(id.asLong()));
		if (ids.isEmpty()) {
			throw new IllegalStateException("The suggestion is empty: " + suggestion.body());
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("nominationIds", ids.stream().map(String::valueOf).toList());
		body.put("rationale", "The suggested shortlist: regional balance and the per-country limit respected.");
		require(staff.post("endgame.shortlist.confirm", "/api/tasks/" + task + "/complete",
				this.json.writeValueAsString(body)), "confirming the shortlist");
		return ids;
	}

	/**
	 * Every juror of the seated jury votes through {@code JURY_VOTE}: FOR the first half
	 * of the shortlist, AGAINST the rest, RECUSED on their own country's cities.
	 * @return the jurors who voted
	 */
	List<String> vote(long cycleId, List<Long> shortlist, List<String> jurors, String password) throws IOException {
		Map<Long, String> countryOf = new LinkedHashMap<>();
		this.jdbc.query("select id, country_code from nomination where cycle_id = ?",
				(org.springframework.jdbc.core.RowCallbackHandler) (rs) -> countryOf.put(rs.getLong(1),
						rs.getString(2)),
				cycleId);
		List<String> voted = new ArrayList<>();
		for (String juror : jurors) {
			ApiClient client = client().signIn(juror, password);
			String task = awaitTask(client, "JURY_VOTE", 120);
			require(client.get("endgame.vote.task", "/api/tasks/" + task), juror + "'s vote page");
			String country = this.jdbc.queryForObject("select country_code from account where username = ?",
					String.class, juror);
			Map<String, String> votes = new LinkedHashMap<>();
			for (int i = 0; i < shortlist.size(); i++) {
				long id = shortlist.get(i);
				votes.put(Long.toString(id), (country != null && country.equals(countryOf.get(id))) ? "RECUSED"
						: (i < (shortlist.size() + 1) / 2) ? "FOR" : "AGAINST");
			}
			require(client.post("endgame.vote", "/api/tasks/" + task + "/complete",
					this.json.writeValueAsString(Map.of("votes", votes, "comment", "Voted on the dossiers."))),
					juror + "'s vote");
			voted.add(juror);
		}
		return voted;
	}

	/**
	 * The decision through {@code FINALIZE_DECISION}: the first cities of the shortlist,
	 * one per country, at most {@code maxAwardees}.
	 */
	List<Long> finalizeDecision(ApiClient staff, long cycleId, List<Long> shortlist, int maxAwardees)
			throws IOException {
		String task = awaitTask(staff, "FINALIZE_DECISION", 120);
		require(staff.get("endgame.finalize.task", "/api/tasks/" + task), "the finalize page");
		Set<String> countries = new HashSet<>();
		List<Long> awardees = new ArrayList<>();
		for (Long id : shortlist.subList(0, (shortlist.size() + 1) / 2)) {
			String country = this.jdbc.queryForObject("select country_code from nomination where id = ?", String.class,
					id);
			if (awardees.size() < maxAwardees && countries.add(country)) {
				awardees.add(id);
			}
		}
		Map<String, Object> body = Map.of("awardeeNominationIds", awardees.stream().map(String::valueOf).toList(),
				"statement", "The jury awards these cities for their sustained and measured work.");
		require(staff.post("endgame.finalize", "/api/tasks/" + task + "/complete", this.json.writeValueAsString(body)),
				"finalizing the decision");
		return awardees;
	}

	private void require(ApiClient.Response response, String what) {
		if (!response.ok()) {
			throw new IllegalStateException(what + " answered " + response.status() + " "
					+ ((response.body() != null && response.body().length() > 500) ? response.body().substring(0, 500)
							: response.body()));
		}
	}

	private JsonNode read(String body) {
		try {
			JsonNode node = this.json.readTree(body);
			return node.has("content") ? node.get("content") : node.has("tasks") ? node.get("tasks") : node;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Unreadable JSON: " + ex.getMessage(), ex);
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
