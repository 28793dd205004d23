package org.learningcity.award.bench;

import java.sql.Timestamp;
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

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The same machine's engine without the application around it, in the same JVM: the
 * <em>engine ceiling</em> drives the same review process with the same delegates and data
 * through Camunda's Java API (no HTTP, security, JSON or validation; the review rows the
 * process reads are written by plain JDBC), and the <em>engine limit</em> completes as
 * many plain user tasks with no application logic. Also preloads open tasks for the inbox
 * comparison.
 */
final class EngineBaselines {

	static final String PLAIN = "BenchPlainTask";

	static final String LOAD = "BenchInboxLoad";

	private final TaskService tasks;

	private final RuntimeService runtime;

	private final RepositoryService repository;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate tx;

	private final ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();

	final AtomicInteger optimisticLockRetries = new AtomicInteger();

	EngineBaselines(TaskService tasks, RuntimeService runtime, RepositoryService repository, JdbcTemplate jdbc,
			TransactionTemplate tx) {
		this.tasks = tasks;
		this.runtime = runtime;
		this.repository = repository;
		this.jdbc = jdbc;
		this.tx = tx;
	}

	List<String> problems() {
		return new ArrayList<>(this.problems);
	}

	/**
	 * The engine ceiling: the review processes already started for a cycle are driven to
	 * their end by {@code workers} threads through the Java API.
	 * @return counts and the elapsed time
	 */
	Run ceiling(ScorePlan plan, int workers, long timeoutSeconds) throws InterruptedException {
		AtomicInteger submissions = new AtomicInteger();
		AtomicInteger completions = new AtomicInteger();
		return drive("ReviewProcess", workers, timeoutSeconds, (task) -> {
			long nomination = ((Number) this.tasks.getVariable(task.getId(), "nominationId")).longValue();
			String expert = task.getAssignee();
			Timestamp now = Timestamp.from(Instant.now());
			switch (task.getTaskDefinitionKey()) {
				case "Task_AnswerInvitation" -> inTransaction(() -> {
					this.jdbc.update("update review set status = 'ACCEPTED', version = version + 1 "
							+ "where nomination_id = ? and username = ?", nomination, expert);
					this.tasks.complete(task.getId());
				});
				case "Task_ScoreReport" -> {
					long review = open(task, nomination, expert);
					// the draft: six scores
					inTransaction(() -> {
						this.jdbc.update("delete from review_score where review_id = ? and round = 1", review);
						insertScores(review, 1, plan.scores(nomination, expert, 6, false));
						this.jdbc.update("update review set status = 'DRAFTED', version = version + 1 where id = ?",
								review);
					});
					inTransaction(() -> {
						this.jdbc.update("delete from review_score where review_id = ? and round = 1", review);
						insertScores(review, 1, plan.scores(nomination, expert, plan.codes().size(), false));
						this.jdbc.update("update review set status = 'SUBMITTED', submitted_at = ?, "
								+ "version = version + 1 where id = ?", now, review);
						this.tasks.complete(task.getId());
					});
					submissions.incrementAndGet();
				}
				case "Task_ModerateScores" -> {
					long review = open(task, nomination, expert);
					// what the round revisits: the panel's first-round scores of the
					// measurements the process found divergent
					this.jdbc.queryForList("select s.measurement_code, s.score, s.justification from review_score s "
							+ "join review r on r.id = s.review_id join review_round_decision d "
							+ "on d.nomination_id = r.nomination_id and d.round = 1 "
							+ "where r.nomination_id = ? and s.round = 1 "
							+ "and ',' || d.divergent_measurements || ',' like '%,' || s.measurement_code || ',%'",
							nomination);
					inTransaction(() -> {
						this.jdbc.update("delete from review_score where review_id = ? and round = 2", review);
						insertScores(review, 2, plan.scores(nomination, expert, plan.codes().size(), true));
						this.tasks.complete(task.getId());
					});
				}
				default -> this.problems.add("ceiling: unexpected task " + task.getTaskDefinitionKey());
			}
			completions.incrementAndGet();
		}, () -> resolveDivergences(plan, completions), submissions, completions);
	}

	/**
	 * Opens a task as the expert's task page does, through the engine and plain JDBC: the
	 * task by its id, its variables, the expert's review and the city's narratives.
	 * @return the review's id
	 */
	private long open(Task task, long nomination, String expert) {
		this.tasks.createTaskQuery().taskId(task.getId()).singleResult();
		this.tasks.getVariables(task.getId());
		this.jdbc.queryForList("select n.measurement_code, n.body from application_narrative n "
				+ "join nomination m on m.application_id = n.application_id where m.id = ?", nomination);
		return this.jdbc.queryForObject("select id from review where nomination_id = ? and username = ?", Long.class,
				nomination, expert);
	}

	/**
	 * Staff's resolution of a lasting divergence, as the application stores it (a
	 * resolution and its score), then the task completed.
	 */
	private void resolveDivergences(ScorePlan plan, AtomicInteger completions) {
		for (Task task : this.tasks.createTaskQuery()
			.processDefinitionKey("ReviewProcess")
			.taskDefinitionKey("Task_ResolveDivergence")
			.active()
			.list()) {
			withRetries(() -> inTransaction(() -> {
				long nomination = ((Number) this.tasks.getVariable(task.getId(), "nominationId")).longValue();
				Timestamp now = Timestamp.from(Instant.now());
				this.jdbc.update("insert into review_resolution (nomination_id, rationale, resolved_by, resolved_at) "
						+ "values (?, 'Resolved by the engine ceiling.', 'bench-staff', ?)", nomination, now);
				Long resolution = this.jdbc.queryForObject(
						"select max(id) from review_resolution where nomination_id = ?", Long.class, nomination);
				this.jdbc.update(
						"insert into review_resolution_score (resolution_id, measurement_code, score, "
								+ "justification) values (?, ?, 4, 'Majority reading.')",
						resolution, plan.codes().get(0));
				this.tasks.complete(task.getId());
				completions.incrementAndGet();
			}));
		}
	}

	/**
	 * The engine limit: as many plain user tasks (no listener, no delegate, no variable
	 * but the assignee) as the application's review had, completed by {@code workers}
	 * threads that query each assignee's tasks and complete them.
	 */
	Run limit(int taskCount, List<String> assignees, int workers, long timeoutSeconds) throws InterruptedException {
		deploy(PLAIN);
		start(PLAIN, taskCount, (i) -> assignees.get(i % assignees.size()));
		AtomicInteger completions = new AtomicInteger();
		return drive(PLAIN, workers, timeoutSeconds, (task) -> {
			this.tasks.complete(task.getId());
			completions.incrementAndGet();
		}, () -> {
		}, completions, completions);
	}

	/**
	 * Open tasks for the inbox comparison: {@code count} plain user tasks spread over
	 * 3,000 people, {@code peerTasks} of them assigned to the peer expert.
	 */
	void preload(int count, String peer, int peerTasks) throws InterruptedException {
		deploy(LOAD);
		int step = Math.max(1, count / Math.max(1, peerTasks));
		start(LOAD, count, (i) -> (i % step == 0 && i / step < peerTasks) ? peer : "load-user-" + (i % 3000));
	}

	/**
	 * The same open tasks, fast, on PostgreSQL: the peer's tasks and one template
	 * instance are started through the engine; the others are copies of the template's
	 * runtime rows (execution, task, variable) made by SQL, each with its own ids and one
	 * of 3,000 other people as assignee. The engine sees them as open tasks of running
	 * instances; they have no history rows (the queries compared read none).
	 */
	void preloadBySql(int count, String peer, int peerTasks) throws InterruptedException {
		deploy(LOAD);
		start(LOAD, peerTasks, (i) -> peer);
		String template = this.runtime.startProcessInstanceByKey(LOAD, Map.of("assignee", "load-template")).getId();
		int copies = Math.max(0, count - peerTasks - 1);
		String g = "cast(g as varchar(20))";
		Map<String, String> instance = Map.of("proc_inst_id_", "'bl-' || " + g, "root_proc_inst_id_", "'bl-' || " + g,
				"execution_id_", "'bl-' || " + g, "var_scope_", "'bl-' || " + g);
		String user = "'load-user-' || cast(mod(g, 3000) as varchar(20))";
		inTransaction(() -> {
			copy("act_ru_execution", "id_ = '" + template + "'", copies, instance,
					Map.of("id_", "'bl-' || " + g, "act_inst_id_", "'Task_Plain:bl-a-' || " + g));
			copy("act_ru_task", "proc_inst_id_ = '" + template + "'", copies, instance,
					Map.of("id_", "'bl-t-' || " + g, "assignee_", user));
			copy("act_ru_variable", "proc_inst_id_ = '" + template + "'", copies, instance,
					Map.of("id_", "'bl-v-' || " + g, "text_", user));
		});
		this.jdbc.execute("analyze");
	}

	private void copy(String table, String where, int copies, Map<String, String> instance, Map<String, String> own) {
		List<String> columns = this.jdbc.queryForList(
				"select column_name from information_schema.columns "
						+ "where table_schema = current_schema() and table_name = ? order by ordinal_position",
				String.class, table);
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			String c = column.toLowerCase(java.util.Locale.ROOT);
			values.add(own.containsKey(c) ? own.get(c) : instance.getOrDefault(c, "t." + c));
		}
		this.jdbc
			.update("insert into " + table + " (" + String.join(", ", columns) + ") select " + String.join(", ", values)
					+ " from " + table + " t cross join generate_series(1, " + copies + ") as s(g) where t." + where);
	}

	private void deploy(String key) {
		BpmnModelInstance model = Bpmn.createExecutableProcess(key)
			.name("Benchmark: one plain user task")
			.camundaHistoryTimeToLive(1)
			.startEvent("StartEvent_Started")
			.userTask("Task_Plain")
			.name("Plain task")
			.camundaAssignee("${assignee}")
			.endEvent("EndEvent_Done")
			.done();
		this.repository.createDeployment().name(key).addModelInstance(key + ".bpmn", model).deploy();
	}

	/** Starts the instances in transactions of 200, on two threads (untimed set-up). */
	private void start(String key, int count, java.util.function.IntFunction<String> assignee)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		List<Thread> threads = new ArrayList<>();
		for (int t = 0; t < 2; t++) {
			Thread thread = new Thread(() -> {
				while (true) {
					int from = next.getAndAdd(200);
					if (from >= count) {
						return;
					}
					this.tx.executeWithoutResult((status) -> {
						for (int i = from; i < Math.min(count, from + 200); i++) {
							this.runtime.startProcessInstanceByKey(key, Map.of("assignee", assignee.apply(i)));
						}
					});
				}
			}, "bench-start-" + t);
			thread.start();
			threads.add(thread);
		}
		for (Thread thread : threads) {
			thread.join();
		}
	}

	private Run drive(String processKey, int workers, long timeoutSeconds, TaskWork work, Runnable staffWork,
			AtomicInteger submissions, AtomicInteger completions) throws InterruptedException {
		BlockingQueue<String> queue = new LinkedBlockingQueue<>();
		Set<String> busy = ConcurrentHashMap.newKeySet();
		AtomicInteger running = new AtomicInteger(1);
		long start = System.nanoTime();
		long deadline = start + TimeUnit.SECONDS.toNanos(timeoutSeconds);
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < workers; i++) {
			Thread thread = new Thread(() -> {
				while (running.get() == 1) {
					String assignee;
					try {
						assignee = queue.poll(200, TimeUnit.MILLISECONDS);
					}
					catch (InterruptedException ex) {
						return;
					}
					if (assignee == null) {
						continue;
					}
					try {
						for (int pass = 0; pass < 20; pass++) {
							List<Task> mine = this.tasks.createTaskQuery()
								.processDefinitionKey(processKey)
								.taskAssignee(assignee)
								.active()
								.list();
							if (mine.isEmpty()) {
								break;
							}
							for (Task task : mine) {
								withRetries(() -> work.on(task));
							}
						}
					}
					catch (RuntimeException ex) {
						this.problems.add(processKey + " " + assignee + ": " + ex);
					}
					finally {
						busy.remove(assignee);
					}
				}
			}, "bench-engine-" + i);
			thread.start();
			threads.add(thread);
		}
		try {
			while (System.nanoTime() < deadline) {
				staffWork.run();
				for (String assignee : this.jdbc.queryForList("select distinct t.assignee_ from act_ru_task t "
						+ "join act_re_procdef d on d.id_ = t.proc_def_id_ where d.key_ = ? and t.assignee_ is not null",
						String.class, processKey)) {
					if (busy.add(assignee)) {
						queue.add(assignee);
					}
				}
				Integer left = this.jdbc.queryForObject("select count(*) from act_ru_execution e "
						+ "join act_re_procdef d on d.id_ = e.proc_def_id_ where d.key_ = ? and e.parent_id_ is null",
						Integer.class, processKey);
				if (left == 0 && busy.isEmpty()) {
					break;
				}
				Thread.sleep(ReviewDriver.POLL_MILLIS);
			}
			if (System.nanoTime() >= deadline) {
				this.problems.add(processKey + ": did not finish within " + timeoutSeconds + " s");
			}
		}
		finally {
			running.set(0);
			for (Thread thread : threads) {
				thread.join(60_000);
			}
		}
		return new Run(submissions.get(), completions.get(), (System.nanoTime() - start) / 1e9);
	}

	private void withRetries(Runnable work) {
		for (int attempt = 1;; attempt++) {
			try {
				work.run();
				return;
			}
			catch (OptimisticLockingException ex) {
				if (attempt >= 6) {
					throw ex;
				}
				this.optimisticLockRetries.incrementAndGet();
			}
			catch (org.camunda.bpm.engine.exception.NullValueException
					| org.camunda.bpm.engine.exception.NotFoundException ex) {
				return; // the task is gone already
			}
		}
	}

	private void inTransaction(Runnable work) {
		this.tx.executeWithoutResult((status) -> work.run());
	}

	private void insertScores(long review, int round, Map<String, Map<String, Object>> scores) {
		List<Object[]> rows = new ArrayList<>();
		scores.forEach((code, entry) -> rows
			.add(new Object[] { review, round, code, entry.get("score"), entry.get("justification") }));
		this.jdbc.batchUpdate("insert into review_score (review_id, round, measurement_code, score, justification) "
				+ "values (?, ?, ?, ?, ?)", rows);
	}

	@FunctionalInterface
	interface TaskWork {

		void on(Task task);

	}

	/** What a baseline did and how long it took. */
	record Run(int submissions, int completions, double seconds) {

		double submissionsPerSecond() {
			return (this.seconds > 0) ? this.submissions / this.seconds : 0;
		}

		double completionsPerSecond() {
			return (this.seconds > 0) ? this.completions / this.seconds : 0;
		}

	}

}
