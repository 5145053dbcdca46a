package org.neurite.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A client following one job's event stream, as the Studio's EventSource does, until the job's last event. The time
 * until the stream's headers arrive is counted as the route {@code events (SSE open)}.
 */
final class StreamWatcher implements Runnable {
    static final String ROUTE = "events (SSE open)";
    private static final String[] FINAL_TYPES = {"\"type\":\"done\"", "\"type\":\"stopped\"", "\"type\":\"diverged\"",
        "\"type\":\"error\""};

    private final LoadTraffic traffic;
    private final String job;
    private final Latencies opened;
    private final AtomicInteger events;
    private final AtomicInteger endedCleanly;

    StreamWatcher(LoadTraffic traffic, String job, Latencies opened, AtomicInteger events, AtomicInteger endedCleanly) {
        this.traffic = traffic;
        this.job = job;
        this.opened = opened;
        this.events = events;
        this.endedCleanly = endedCleanly;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        boolean open = false;
        HttpRequest request = HttpRequest.newBuilder(URI.create(traffic.base() + "/api/jobs/" + job + "/events"))
                .header("Accept", "text/event-stream").build();
        try {
            HttpResponse<InputStream> r = traffic.client().send(request, HttpResponse.BodyHandlers.ofInputStream());
            opened.add((System.nanoTime() - start) / 1e6, r.statusCode() == 200);
            open = true;
            boolean ended = false;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("data:")) {
                        events.incrementAndGet();
                        ended = isFinal(line);
                    }
                }
            }
            if (ended) {
                endedCleanly.incrementAndGet();
            }
        } catch (IOException e) {
            if (!open) {
                opened.add((System.nanoTime() - start) / 1e6, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean isFinal(String line) {
        for (String type : FINAL_TYPES) {
            if (line.contains(type)) {
                return true;
            }
        }
        return false;
    }
}
