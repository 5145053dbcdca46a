package org.neurite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The requests of a load run and their figures, per route and per kind (pages, bundle, mnist). Every request asks
 * for gzip as a browser does; a body is read to its end (as received on the wire, not inflated) before its time
 * is taken. Pages asked for while an MNIST download is running are also counted apart, to see whether the
 * downloads starve them.
 */
final class LoadTraffic {
    enum Kind { PAGES, BUNDLE, MNIST }

    /** What a browser sends when it opens a page over plain HTTP. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final Duration timeout;
    private final Map<String, Latencies> routes = new ConcurrentHashMap<>();
    private final Map<Kind, Latencies> kinds = new ConcurrentHashMap<>();
    private final Latencies pagesDuringDownloads = new Latencies("pages while MNIST downloads run");
    private final AtomicInteger downloading = new AtomicInteger();

    LoadTraffic(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new Latencies(kind.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }

    HttpClient client() {
        return client;
    }

    String base() {
        return base;
    }

    /** GETs {@code path}, counted under {@code route} and {@code kind}; a non-200 answer or a failure is an error. */
    void get(String path, String route, Kind kind) {
        boolean download = kind == Kind.MNIST;
        boolean duringDownloads = kind == Kind.PAGES && downloading.get() > 0;
        if (download) {
            downloading.incrementAndGet();
        }
        long start = System.nanoTime();
        boolean ok = false;
        long[] received = {0};
        try {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Accept-Encoding", ACCEPT_ENCODING).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                received[0] = body.transferTo(OutputStream.nullOutputStream());
            }
            ok = r.statusCode() == 200;
        } catch (IOException e) {
            // an error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (download) {
                downloading.decrementAndGet();
            }
        }
        double ms = (System.nanoTime() - start) / 1e6;
        routes.computeIfAbsent(route, Latencies::new).add(ms, ok, received[0]);
        kinds.get(kind).add(ms, ok, received[0]);
        if (duringDownloads) {
            pagesDuringDownloads.add(ms, ok, received[0]);
        }
    }

    /** GETs {@code path} for its text (no figures kept): the warm-up and reading the bundle's version. */
    String text(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    Map<String, Latencies> routes() {
        return routes;
    }

    Latencies kind(Kind kind) {
        return kinds.get(kind);
    }

    Latencies pagesDuringDownloads() {
        return pagesDuringDownloads;
    }
}
