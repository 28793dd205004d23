package org.learningcity.award.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review phase through the real HTTP API: {@code workers} virtual experts work at
 * once; each takes an expert who has open tasks, signs in on the expert's first visit
 * (form login, session cookie, CSRF token; the session is kept for the next), reads the
 * inbox, accepts invitations, opens each scoring task, saves a draft and submits the 18
 * scores, and revises in moderation rounds; until no review process is left running.
 * Meanwhile one staff member resolves, through the same API, the divergences that the
 * moderation round left ({@code RESOLVE_DIVERGENCE}). A refusal because of a simultaneous
 * change (409 {@code review.concurrent-change}) is tried again, as a person would, and
 * counted.
 */
final class ReviewDriver {

	/**
	 * How often the drivers (this one and the engine baselines') look for experts with
	 * work and for divergences to resolve: the same pace on both sides, since the last
	 * rounds of a review phase wait for it.
	 */
	static final long POLL_MILLIS = 100;

	private final String base;

	private final int workers;

	private final Latencies latencies;

	private final AtomicInteger serverErrors;

	private final JdbcTemplate jdbc;

	private final ScorePlan plan;

	private final ObjectMapper json = new ObjectMapper();

	private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();

	private final Set<String> busy = ConcurrentHashMap.newKeySet();

	/** Each expert's session, by username; one worker at a time serves an expert. */
	private final Map<String, ApiClient> sessions = new ConcurrentHashMap<>();

	/** "nomination/expert/round" → how many times the API accepted it. */
	final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();

	final AtomicInteger clientRetries = new AtomicInteger();

	final AtomicInteger submissions = new AtomicInteger();

	final AtomicInteger moderations = new AtomicInteger();

	final AtomicInteger invitations = new AtomicInteger();

	final AtomicInteger resolutions = new AtomicInteger();

	final AtomicLong firstSubmit = new AtomicLong(Long.MAX_VALUE);

	final AtomicLong lastSubmit = new AtomicLong();

	final AtomicReference<Instant> lastSubmitAt = new AtomicReference<>(Instant.EPOCH);

	final Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();

	private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

	long startedNanos;

	long endedNanos;

	ReviewDriver(String base, int workers, Latencies latencies, AtomicInteger serverErrors, JdbcTemplate jdbc,
			ScorePlan plan) {
		this.base = base;
		this.workers = workers;
		this.latencies = latencies;
		this.serverErrors = serverErrors;
		this.jdbc = jdbc;
		this.plan = plan;
	}

	List<String> problems() {
		return new ArrayList<>(this.problems);
	}

	/** Runs the review phase; returns when no review process runs any more. */
	void run(long timeoutSeconds) throws InterruptedException {
		this.startedNanos = System.nanoTime();
		long deadline = this.startedNanos + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		AtomicInteger running = new AtomicInteger(1);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.workers; i++) {
			Thread thread = new Thread(() -> work(running), "virtual-expert-" + i);
			thread.start();
			threads.add(thread);
		}
		ApiClient staff = null;
		try {
			while (System.nanoTime() < deadline) {
				Integer divergent = this.jdbc.queryForObject(
						"select count(*) from act_ru_task t " + "join act_re_procdef d on d.id_ = t.proc_def_id_ "
								+ "where d.key_ = 'ReviewProcess' and t.task_def_key_ = 'Task_ResolveDivergence'",
						Integer.class);
				if (divergent > 0) {
					if (staff == null) {
						staff = new ApiClient(this.base, this.latencies, this.serverErrors).signIn(Seeder.STAFF,
								Seeder.PASSWORD);
					}
					resolve(staff);
				}
				for (String expert : this.jdbc.queryForList(
						"select distinct t.assignee_ from act_ru_task t "
								+ "join act_re_procdef d on d.id_ = t.proc_def_id_ "
								+ "where d.key_ = 'ReviewProcess' and t.assignee_ like '" + Seeder.EXPERT_PREFIX + "%'",
						String.class)) {
					if (this.busy.add(expert)) {
						this.queue.add(expert);
					}
				}
				Integer running2 = this.jdbc.queryForObject(
						"select count(*) from act_ru_execution e " + "join act_re_procdef d on d.id_ = e.proc_def_id_ "
								+ "where d.key_ = 'ReviewProcess' and e.parent_id_ is null",
						Integer.class);
				if (running2 == 0 && this.busy.isEmpty()) {
					break;
				}
				Thread.sleep(POLL_MILLIS);
			}
			if (System.nanoTime() >= deadline) {
				this.problems.add("the review phase did not finish within " + timeoutSeconds + " s");
			}
		}
		finally {
			running.set(0);
			for (Thread thread : threads) {
				thread.join(60_000);
			}
			this.endedNanos = System.nanoTime();
		}
	}

	/** Staff resolve every divergence the moderation round left. */
	private void resolve(ApiClient staff) {
		ApiClient.Response inbox = staff.get("staff.inbox", "/api/tasks?type=RESOLVE_DIVERGENCE");
		if (!inbox.ok()) {
			refused(inbox, "staff inbox");
			return;
		}
		for (JsonNode task : read(inbox.body())) {
			String id = task.path("id").asText();
			ApiClient.Response page = staff.get("resolve.task", "/api/tasks/" + id);
			if (!page.ok()) {
				refused(page, "staff resolution " + id);
				continue;
			}
			String code = this.plan.codes().get(0);
			Map<String, Object> body = Map.of("scores",
					Map.of(code, Map.of("score", 4, "justification", "The panel's majority reading of the evidence.")),
					"rationale", "Two experts of three read the evidence as strong; the narrative supports them.");
			if (complete(staff, "resolve", id, body, Seeder.STAFF)) {
				this.resolutions.incrementAndGet();
			}
		}
	}

	private void work(AtomicInteger running) {
		while (running.get() == 1) {
			String expert;
			try {
				expert = this.queue.poll(200, TimeUnit.MILLISECONDS);
			}
			catch (InterruptedException ex) {
				return;
			}
			if (expert == null) {
				continue;
			}
			try {
				serve(expert);
			}
			catch (RuntimeException ex) {
				this.problems.add(expert + ": " + ex.getMessage());
			}
			finally {
				this.busy.remove(expert);
			}
		}
	}

	/**
	 * The expert's session: signed in on their first visit and kept for the next ones, as
	 * a browser keeps it (the whole phase lasts minutes; a session, half an hour idle).
	 */
	private ApiClient session(String expert) {
		ApiClient client = this.sessions.get(expert);
		if (client == null) {
			client = new ApiClient(this.base, this.latencies, this.serverErrors).signIn(expert, Seeder.PASSWORD);
			this.sessions.put(expert, client);
		}
		return client;
	}

	private void serve(String expert) {
		ApiClient client = session(expert);
		for (int pass = 0; pass < 20; pass++) {
			ApiClient.Response inbox = client.get("inbox", "/api/tasks");
			if (inbox.status() == 401) {
				// the session ended after all: sign in again, as a person would
				client.signIn(expert, Seeder.PASSWORD);
				inbox = client.get("inbox", "/api/tasks");
			}
			if (!inbox.ok()) {
				refused(inbox, expert + " inbox");
				return;
			}
			List<JsonNode> tasks = new ArrayList<>();
			for (JsonNode task : read(inbox.body())) {
				String type = task.path("type").asText();
				if (type.equals("REVIEW_INVITATION") || type.equals("SCORE_REPORT") || type.equals("MODERATE_SCORES")) {
					tasks.add(task);
				}
			}
			if (tasks.isEmpty()) {
				return;
			}
			for (JsonNode task : tasks) {
				handle(client, expert, task);
			}
		}
	}

	private void handle(ApiClient client, String expert, JsonNode task) {
		String id = task.path("id").asText();
		String type = task.path("type").asText();
		long nomination = task.path("nominationId").asLong();
		switch (type) {
			case "REVIEW_INVITATION" -> {
				if (complete(client, "accept", id, Map.of("accept", true, "conflictOfInterest", false), expert)) {
					this.invitations.incrementAndGet();
				}
			}
			case "SCORE_REPORT" -> {
				ApiClient.Response page = client.get("task", "/api/tasks/" + id);
				if (!page.ok()) {
					refused(page, expert + " task " + id);
					return;
				}
				ApiClient.Response draft = client.post("draft", "/api/tasks/" + id + "/draft",
						write(Map.of("scores", this.plan.scores(nomination, expert, 6, false))));
				if (!draft.ok()) {
					refused(draft, expert + " draft " + id);
				}
				Map<String, Object> body = Map.of("scores",
						this.plan.scores(nomination, expert, this.plan.codes().size(), false), "comment",
						"A careful report; scores justified measurement by measurement.");
				if (complete(client, "submit", id, body, expert)) {
					long now = System.nanoTime();
					this.firstSubmit.accumulateAndGet(now, Math::min);
					this.lastSubmit.accumulateAndGet(now, Math::max);
					this.lastSubmitAt.set(Instant.now());
					this.submissions.incrementAndGet();
					this.accepted.computeIfAbsent(nomination + "/" + expert + "/1", (k) -> new AtomicInteger())
						.incrementAndGet();
				}
			}
			case "MODERATE_SCORES" -> {
				ApiClient.Response page = client.get("task", "/api/tasks/" + id);
				if (!page.ok()) {
					refused(page, expert + " moderation " + id);
					return;
				}
				Map<String, Object> body = Map.of("scores",
						this.plan.scores(nomination, expert, this.plan.codes().size(), true), "comment",
						"Revised after reading the panel's justifications.");
				if (complete(client, "moderate", id, body, expert)) {
					this.lastSubmit.accumulateAndGet(System.nanoTime(), Math::max);
					this.lastSubmitAt.set(Instant.now());
					this.moderations.incrementAndGet();
					this.accepted.computeIfAbsent(nomination + "/" + expert + "/2", (k) -> new AtomicInteger())
						.incrementAndGet();
				}
			}
			default -> {
			}
		}
	}

	private boolean complete(ApiClient client, String operation, String id, Map<String, Object> body, String who) {
		String json = write(body);
		for (int attempt = 1; attempt <= 6; attempt++) {
			ApiClient.Response response = client.post(operation, "/api/tasks/" + id + "/complete", json);
			if (response.ok()) {
				return true;
			}
			if (response.status() == 409 && response.body().contains("concurrent")) {
				this.clientRetries.incrementAndGet();
				sleep(25L * attempt);
				continue;
			}
			refused(response, who + " " + operation + " " + id);
			return false;
		}
		this.problems.add(who + " " + operation + " " + id + ": still refused after 6 tries");
		return false;
	}

	private void refused(ApiClient.Response response, String what) {
		this.refusals.computeIfAbsent(response.status(), (k) -> new AtomicInteger()).incrementAndGet();
		String body = response.body();
		this.problems.add(what + ": " + response.status() + " "
				+ ((body != null && body.length() > 300) ? body.substring(0, 300) : body));
	}

	private JsonNode read(String body) {
		try {
			JsonNode node = this.json.readTree(body);
			// a paged inbox answers {content: [...]}
			return node.has("content") ? node.get("content") : node;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Unreadable JSON: " + ex.getMessage(), ex);
		}
	}

	private String write(Object value) {
		try {
			return this.json.writeValueAsString(value);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
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
