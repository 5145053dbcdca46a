package org.neurite.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects every measurement by name, then prints medians and the same-run ratios the tooling reads. */
final class Report {
    private final Map<String, List<Result>> results = new LinkedHashMap<>();

    void add(String name, int round, Result result) {
        results.computeIfAbsent(name, k -> new ArrayList<>()).add(result);
        if (result.ok()) {
            System.out.printf("round %d  %-40s %9.0f samples/s  test acc %s  cpu/wall %s  load %.2f%n", round, name,
                    result.samplesPerSecond(), percent(result.testAccuracy()), fixed(result.cpuPerWall()),
                    CpuClock.loadAverage());
        } else {
            System.out.printf("round %d  %-40s FAILED: %s%n", round, name, result.error());
        }
    }

    /** The median samples/s of {@code name}'s successful runs, or NaN. */
    double median(String name) {
        return median(values(name, Result::samplesPerSecond));
    }

    void printTable() {
        System.out.println();
        System.out.printf("%-40s %12s %5s %17s %9s %12s %8s%n", "workload env contender", "median s/s", "runs",
                "min-max", "test acc", "threads", "cpu/wall");
        for (String name : results.keySet()) {
            double[] speeds = values(name, Result::samplesPerSecond);
            List<Result> runs = results.get(name);
            if (speeds.length == 0) {
                System.out.printf("%-40s %12s %5d  %s%n", name, "FAILED", runs.size(), runs.get(0).error());
                continue;
            }
            double[] sorted = speeds.clone();
            Arrays.sort(sorted);
            String threads = runs.stream().filter(Result::ok).findFirst().map(Result::threads).orElse("");
            System.out.printf("%-40s %12.0f %5d %17s %9s %12s %8s%n", name, median(speeds), speeds.length,
                    String.format("%.0f-%.0f", sorted[0], sorted[sorted.length - 1]),
                    percent(median(values(name, Result::testAccuracy))), threads,
                    fixed(median(values(name, Result::cpuPerWall))));
        }
    }

    /** The ratio lines; a ratio whose figures are missing is explained instead of printed. */
    void printRatios() {
        System.out.println();
        ratio("W1 chromium neurite/tfjs-wasm", "W1 chromium neurite-wasm", best("W1 chromium tfjs-wasm"), 3.0, "");
        ratio("W1 chromium neurite/best-browser-peer", "W1 chromium neurite-wasm", bestBrowserPeer("W1", true), 1.5,
                ONE_THREAD);
        ratio("W1 chromium neurite-workers/best-browser-peer", "W1 chromium neurite-wasm-workers",
                bestBrowserPeer("W1", false), Double.NaN, workersNote("W1"));
        ratio("W1 chromium neurite-2w/neurite", "W1 chromium neurite-wasm-2w", "W1 chromium neurite-wasm", 1.7,
                TWO_WORKERS);
        ratio("W1 jvm neurite/dl4j", "W1 jvm neurite", best("W1 jvm dl4j"), 2.5, "");
        ratio("W2 chromium neurite/best-browser-peer", "W2 chromium neurite-wasm", bestBrowserPeer("W2", true), 8.0,
                ONE_THREAD);
        ratio("W2 chromium neurite-workers/best-browser-peer", "W2 chromium neurite-wasm-workers",
                bestBrowserPeer("W2", false), 12.0, workersNote("W2"));
        ratio("W2 chromium neurite-2w/neurite", "W2 chromium neurite-wasm-2w", "W2 chromium neurite-wasm",
                Double.NaN, TWO_WORKERS);
        ratio("W2 jvm neurite/dl4j", "W2 jvm neurite", best("W2 jvm dl4j"), 6.0, "");
        ratio("W1 jvm neurite/naive-java", "W1 jvm neurite", "W1 jvm naive-java", Double.NaN, "");
        System.out.println("(the JavaScript fallback, for the record: " + fallback("W1", best("W1 chromium tfjs-wasm"))
                + "; " + fallback("W2", bestBrowserPeer("W2", true)) + ")");
    }

    private static final String ONE_THREAD = "one worker against the best peer on one thread";
    private static final String TWO_WORKERS = "two workers against one, Wasm GC build";

    /** What the "workers" ratio compares: the default worker count the bench page reported. */
    private String workersNote(String workload) {
        String threads = results.getOrDefault(workload + " chromium neurite-wasm-workers", List.of()).stream()
                .filter(Result::ok).findFirst().map(Result::threads).orElse("?");
        return "our default worker count for this browser (hardwareConcurrency less one, 1 to 8: here "
                + threads.replace(" (workers)", "").replace(" (worker)", "") + ") against the best peer in any "
                + "configuration";
    }

    private String fallback(String workload, String peer) {
        double js = median(workload + " chromium neurite-js");
        double other = peer == null ? Double.NaN : median(peer);
        return workload + " neurite-js/" + (peer == null ? "peer" : peer.substring(workload.length() + 10)) + " "
                + (Double.isNaN(js) || Double.isNaN(other) ? "n/a" : String.format("%.2f", js / other));
    }

    private void ratio(String label, String ours, String theirs, double target, String note) {
        double a = median(ours);
        double b = theirs == null ? Double.NaN : median(theirs);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            System.out.println("NO RATIO " + label + ": " + (Double.isNaN(a) ? "no result for " + ours
                    : "no result for the peer" + (theirs == null ? "" : " (" + theirs + ")")));
            return;
        }
        System.out.printf("RATIO %s %.2f%n", label, a / b);
        System.out.printf("      %s %.0f / %s %.0f samples/s%s%s%n", ours, a, theirs, b,
                Double.isNaN(target) ? "" : String.format("; target %.1f", target), note.isEmpty() ? "" : "; " + note);
    }

    /** Of the names starting with {@code prefix}, the one with the highest median. */
    private String best(String prefix) {
        String best = null;
        for (String name : results.keySet()) {
            if (name.startsWith(prefix) && !Double.isNaN(median(name))
                    && (best == null || median(name) > median(best))) {
                best = name;
            }
        }
        return best;
    }

    /**
     * The fastest peer of {@code workload} in Chromium; with {@code oneThread}, only among the configurations a
     * page without cross-origin isolation gets (an embedded course page): not a "-threads" build, one thread.
     */
    private String bestBrowserPeer(String workload, boolean oneThread) {
        String best = null;
        for (String name : results.keySet()) {
            if (name.startsWith(workload + " chromium ") && !name.contains(" neurite") && !Double.isNaN(median(name))
                    && (!oneThread || isOneThread(name)) && (best == null || median(name) > median(best))) {
                best = name;
            }
        }
        return best;
    }

    private boolean isOneThread(String name) {
        return !name.contains("-threads") && results.get(name).stream().filter(Result::ok)
                .allMatch(r -> "1".equals(r.threads()));
    }

    private double[] values(String name, java.util.function.ToDoubleFunction<Result> field) {
        return results.getOrDefault(name, List.of()).stream().filter(Result::ok).mapToDouble(field)
                .filter(v -> !Double.isNaN(v)).toArray();
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format("%.2f%%", 100 * fraction);
    }

    private static String fixed(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.2f", value);
    }
}
