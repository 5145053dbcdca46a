package org.neurite.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Request latencies of one kind (pages, bundle, data), collected from many threads. */
final class Latencies {
    private final String kind;
    private final List<Double> millis = new ArrayList<>();
    private int errors;

    Latencies(String kind) {
        this.kind = kind;
    }

    synchronized void add(double ms, boolean ok) {
        millis.add(ms);
        if (!ok) {
            errors++;
        }
    }

    synchronized int count() {
        return millis.size();
    }

    synchronized int errors() {
        return errors;
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
}
