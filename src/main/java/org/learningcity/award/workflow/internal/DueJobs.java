package org.learningcity.award.workflow.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Runs every job of the engine that is due now, one at a time and the earliest first
 * (asynchronous continuations before timers), as the job executor would have if time had
 * really passed: a timer that fires may cancel other timers or create new jobs, so the
 * jobs are queried again after each one. A failing job is left to its retry cycle.
 */
@Component
class DueJobs {

	private static final Log logger = LogFactory.getLog(DueJobs.class);

	/** A safety net against a process that keeps creating due jobs. */
	static final int MAX_JOBS = 1000;

	private final ManagementService management;

	DueJobs(ManagementService management) {
		this.management = management;
	}

	/** Runs the due jobs; returns how many ran and how many failed. */
	Result runDue() {
		Set<String> tried = new HashSet<>();
		int executed = 0;
		int failed = 0;
		while (tried.size() < MAX_JOBS) {
			Optional<Job> next = this.management.createJobQuery()
				.executable()
				.active()
				.list()
				.stream()
				.filter(job -> !tried.contains(job.getId()))
				.min(Comparator.comparing(DueJobs::due).thenComparing(Job::getId));
			if (next.isEmpty()) {
				break;
			}
			Job job = next.get();
			tried.add(job.getId());
			try {
				this.management.executeJob(job.getId());
				executed++;
			}
			catch (RuntimeException ex) {
				// another node's job executor took it, or it failed and waits for its
				// retry
				logger.info("Job " + job.getId() + " did not run: " + ex.getMessage());
				failed++;
			}
		}
		return new Result(executed, failed);
	}

	private static Instant due(Job job) {
		return (job.getDuedate() != null) ? job.getDuedate().toInstant() : Instant.MIN;
	}

	record Result(int executed, int failed) {
	}

}
