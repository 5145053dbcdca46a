package org.neurite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What a process uses, read from Linux's {@code /proc/<pid>/status} (resident memory, its peak, threads) and
 * {@code /proc/<pid>/stat} (CPU time in user and kernel mode). Every figure is NaN where there is no /proc.
 */
record ProcessUsage(double residentMb, double peakResidentMb, int threads, double cpuSeconds) {
    /** Clock ticks per second of the stat file's CPU times: 100 on every Linux kernel config in common use. */
    private static final double TICKS_PER_SECOND = 100;

    static ProcessUsage of(long pid) {
        double rss = Double.NaN;
        double peak = Double.NaN;
        int threads = -1;
        double cpu = Double.NaN;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = kilobytes(line) / 1024.0;
                } else if (line.startsWith("VmHWM:")) {
                    peak = kilobytes(line) / 1024.0;
                } else if (line.startsWith("Threads:")) {
                    threads = (int) kilobytes(line);
                }
            }
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            // Fields after the command name (which may hold spaces) start after the last ')': state is field 3,
            // utime and stime are fields 14 and 15.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
            cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            // reported as unknown
        }
        return new ProcessUsage(rss, peak, threads, cpu);
    }

    private static long kilobytes(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    String describe() {
        return String.format("RSS %.0f MB (peak %.0f MB), %d threads, CPU %.1f s", residentMb, peakResidentMb, threads,
                cpuSeconds);
    }
}
