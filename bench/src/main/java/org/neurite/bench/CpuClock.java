package org.neurite.bench;

import java.lang.management.ManagementFactory;

/** CPU time of this JVM, and of the processes it started (the browser), for cpu/wall figures. */
final class CpuClock {
    private CpuClock() {
    }

    /** CPU nanoseconds used by this JVM so far (all its threads: training, JIT, GC). */
    static long jvmNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU nanoseconds used so far by the processes this JVM started and theirs (ChromeDriver, Chromium). */
    static long childrenNanos() {
        return ProcessHandle.current().descendants()
                .mapToLong(p -> p.info().totalCpuDuration().map(d -> d.toNanos()).orElse(0L))
                .sum();
    }

    /** The 1-minute load average, as the peers record it. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
