package org.neurite.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPU seconds of a process's threads grouped by name (the JVM names its native threads: {@code JettyServerThre...}
 * are Jetty's request threads, {@code neurite-job-1} a training job, {@code C2 CompilerThre} the JIT,
 * {@code GC Thread#0} the collector), from {@code /proc/<pid>/task/<tid>/stat}: where a server's CPU went.
 * Empty without /proc.
 */
final class ThreadCpu {
    private static final double TICKS_PER_SECOND = 100;

    private ThreadCpu() {
    }

    /** Group name -> CPU seconds of the threads alive now. */
    static Map<String, Double> of(long pid) {
        Map<String, Double> groups = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
                    double cpu = (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
                    groups.merge(group(name), cpu, Double::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            // no /proc here
        }
        return groups;
    }

    /** A thread's name without its number ("neurite-job-2" -> "neurite-job"); Jetty's pool as one group. */
    static String group(String name) {
        if (name.startsWith("qtp") || name.startsWith("JettyServerThre")) {
            return "Jetty requests";
        }
        return name.replaceAll("[-#]?[0-9]+$", "").replaceAll("[-#]?[0-9]+$", "").strip();
    }

    /** The groups that used at least 0.5 CPU s between {@code before} and {@code after}, most first, on one line. */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        List<Map.Entry<String, Double>> used = after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0.0)))
                .filter(e -> e.getValue() >= 0.5).sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .toList();
        StringBuilder line = new StringBuilder();
        for (Map.Entry<String, Double> e : used) {
            line.append(line.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format("%.1f s", e.getValue()));
        }
        return line.toString();
    }
}
