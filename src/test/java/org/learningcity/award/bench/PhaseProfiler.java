package org.learningcity.award.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CPU profiles of the measured phases, with async-profiler, when {@code scripts/bench.sh
 * --profile} asks for them ({@code bench.asyncProfiler} names its library). The profiler
 * is attached to this JVM by the JDK's own {@code jcmd} at the start of a phase and
 * stopped at its end, so that a profile holds one phase only; the result is one line per
 * distinct stack, prefixed with the thread's name ({@code collapsed}, the input of flame
 * graphs), in {@code target/bench/profile-<phase>.collapsed}.
 *
 * <p>
 * JFR's own sampler, tried first, takes a handful of threads per period and skips those
 * it cannot walk: a tight loop (such as BCrypt's) came out ten times larger than it is.
 * async-profiler samples on CPU time, every thread alike.
 */
final class PhaseProfiler {

	private final String library;

	private final Path output;

	private PhaseProfiler(String library, Path output) {
		this.library = library;
		this.output = output;
	}

	static PhaseProfiler fromSystemProperties(Path output) {
		String library = System.getProperty("bench.asyncProfiler", "");
		return new PhaseProfiler(library.isBlank() ? null : library, output);
	}

	void start() {
		agent("start,event=cpu,interval=2ms,threads,cstack=no");
	}

	void stop(String phase) {
		agent("stop,collapsed,file=" + this.output.resolve("profile-" + phase + ".collapsed"));
	}

	private void agent(String arguments) {
		if (this.library == null) {
			return;
		}
		try {
			Files.createDirectories(this.output);
			Process jcmd = new ProcessBuilder(
					List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
							Long.toString(ProcessHandle.current().pid()), "JVMTI.agent_load", this.library,
							// quoted: jcmd would read the first '=' as its own
							'"' + arguments + '"'))
				.redirectErrorStream(true)
				.start();
			String answer = new String(jcmd.getInputStream().readAllBytes());
			if (!jcmd.waitFor(30, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
				System.err.println("async-profiler: " + arguments + ": " + answer);
			}
		}
		catch (IOException ex) {
			System.err.println("async-profiler: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
