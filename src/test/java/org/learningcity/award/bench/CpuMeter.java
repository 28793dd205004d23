package org.learningcity.award.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time spent during a phase: this JVM's (the application and the load generator) and
 * the whole machine's busy time (the JVM, PostgreSQL and anything else), from
 * {@code /proc/stat}. On a shared 2-core machine the wall-clock time of the same work
 * moves by a tenth between runs; the CPU it took moves much less, so changes are compared
 * on it.
 */
final class CpuMeter {

	private final double jvmStart = jvmSeconds();

	private final double machineStart = machineBusySeconds();

	/** CPU seconds of this JVM since the meter started. */
	double jvm() {
		return jvmSeconds() - this.jvmStart;
	}

	/**
	 * Busy CPU seconds of the machine since the meter started (-1 without /proc/stat).
	 */
	double machine() {
		double now = machineBusySeconds();
		return (now < 0 || this.machineStart < 0) ? -1 : now - this.machineStart;
	}

	private static double jvmSeconds() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime() / 1e9;
		}
		return -1;
	}

	/**
	 * user + nice + system + irq + softirq + steal of the first line of
	 * {@code /proc/stat}, in clock ticks of 1/100 s (idle and iowait are not busy).
	 */
	private static double machineBusySeconds() {
		try {
			String[] fields = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long busy = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(fields[i]);
			}
			return busy / 100.0;
		}
		catch (IOException | RuntimeException ex) {
			return -1;
		}
	}

}
