package org.neurite.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Request latencies of one kind or route, collected from many threads, with the errors and the bytes received. */
final class Latencies {
    private final String kind;
    private final List<Double> millis = new ArrayList<>();
    private int errors;
    private long bytes;

    Latencies(String kind) {
        this.kind = kind;
    }

    synchronized void add(double ms, boolean ok) {
        add(ms, ok, 0);
    }

    synchronized void add(double ms, boolean ok, long received) {
        millis.add(ms);
        bytes += received;
        if (!ok) {
            errors++;
        }
    }

    String kind() {
        return kind;
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized int errors() {
        return errors;
    }

    synchronized long bytes() {
        return bytes;
    }

    /** The {@code q}-quantile (0..1), nearest rank. */
    synchronized double quantile(double q) {
        if (millis.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank)));
    }

    String line() {
        return String.format("LOAD %-7s %6d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d", kind,
                count(), quantile(0.5), quantile(0.99), quantile(1.0), errors());
    }

    /** One row of the per-route table: requests, p50, p99, max, errors, megabytes received. */
    String row() {
        return String.format("%-34s %7d %9.1f %9.1f %9.1f %6d %9.1f", kind, count(), quantile(0.5), quantile(0.99),
                quantile(1.0), errors(), bytes() / 1e6);
    }

    static String header() {
        return String.format("%-34s %7s %9s %9s %9s %6s %9s", "route", "reqs", "p50 ms", "p99 ms", "max ms", "errors",
                "MB");
    }
}
