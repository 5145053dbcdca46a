package org.neurite.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench/run --load}: a classroom on loopback. A real server in its own JVM trains two MNIST jobs while 50
 * clients watch their event streams and 200 students open the site: pages, the Studio's bundle and the MNIST
 * files, as a browser asks for them (gzip accepted). Prints latency quantiles per kind, throughput, errors and
 * the server's resident memory before and after.
 */
final class LoadRun {
    static final int STUDENTS = 200;
    static final int WATCHERS = 50;
    static final int JOBS = 2;
    /** One student in this many also downloads the 47 MB training images (the others only the test set). */
    static final int FULL_DOWNLOAD_EVERY = 10;

    private static final String[] PAGES = {"/", "/mnist.html", "/playground.html", "/lessons/index.html",
        "/lessons/04-loss.html", "/css/site.css", "/css/mnist.css"};
    private static final String[] BUNDLE = {"/bundle/loader.js", "/bundle/wasm-gc-runtime.js", "/bundle/studio.wasm",
        "/bundle/trainer.wasm", "/bundle/worker-loader.js"};
    private static final String[] TEST_DATA = {"/data/mnist/t10k-labels-idx1-ubyte",
        "/data/mnist/t10k-images-idx3-ubyte"};
    private static final String[] TRAIN_DATA = {"/data/mnist/train-labels-idx1-ubyte",
        "/data/mnist/train-images-idx3-ubyte"};
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Latencies pages = new Latencies("pages");
    private final Latencies bundle = new Latencies("bundle");
    private final Latencies data = new Latencies("mnist");

    private LoadRun() {
    }

    /** Twice: with the server's default pool (cores - 1 jobs train at once), then with every job training. */
    static void print(Path mnistDir) throws Exception {
        new LoadRun().run(mnistDir, null);
        new LoadRun().run(mnistDir, JOBS);
    }

    private void run(Path mnistDir, Integer maxJobs) throws Exception {
        System.out.printf("%nLoad on loopback: %d students, %d MNIST jobs posted (%s), %d stream watchers; %d cores%n",
                STUDENTS, JOBS, maxJobs == null ? "the default pool: cores - 1 train at once, the rest wait"
                        : "--max-jobs " + maxJobs + ": all train at once", WATCHERS,
                Runtime.getRuntime().availableProcessors());
        String[] options = maxJobs == null ? new String[0] : new String[] {"--max-jobs", Integer.toString(maxJobs)};
        try (ServerProcess server = ServerProcess.start(mnistDir, "3g", options)) {
            String base = server.base();
            warmUp(base);
            double rssBefore = server.residentMegabytes();
            List<String> jobs = new ArrayList<>();
            for (int j = 0; j < JOBS; j++) {
                jobs.add(startJob(base));
            }
            ExecutorService watchers = Executors.newFixedThreadPool(WATCHERS);
            AtomicInteger endedCleanly = new AtomicInteger();
            AtomicInteger events = new AtomicInteger();
            for (int w = 0; w < WATCHERS; w++) {
                String job = jobs.get(w % JOBS);
                watchers.submit(() -> watch(base, job, events, endedCleanly));
            }
            ExecutorService students = Executors.newFixedThreadPool(STUDENTS);
            long start = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int s = 0; s < STUDENTS; s++) {
                int student = s;
                done.add(students.submit(() -> student(base, student)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            students.shutdown();
            double rssLoaded = server.residentMegabytes();
            for (String job : jobs) {
                send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job)).DELETE().build());
            }
            watchers.shutdown();
            boolean watchersEnded = watchers.awaitTermination(60, TimeUnit.SECONDS);
            int requests = pages.count() + bundle.count() + data.count();
            System.out.printf("LOAD students %d requests in %.1f s: %.0f requests/s, errors %d%n", requests, seconds,
                    requests / seconds, pages.errors() + bundle.errors() + data.errors());
            System.out.println(pages.line());
            System.out.println(bundle.line());
            System.out.println(data.line());
            System.out.printf("LOAD streams %d watchers: %d ended with a final event, %d events received%s%n",
                    WATCHERS, endedCleanly.get(), events.get(), watchersEnded ? "" : " (some still open after 60 s)");
            System.out.printf("LOAD server RSS %.0f MB before, %.0f MB under load, %.0f MB after%n", rssBefore,
                    rssLoaded, server.residentMegabytes());
        }
    }

    /** One request of every file first: the JIT, the classpath resources and the MNIST cache are warm. */
    private void warmUp(String base) {
        for (String[] group : new String[][] {PAGES, BUNDLE, TEST_DATA}) {
            for (String path : group) {
                fetch(base + path, null);
            }
        }
    }

    private String startJob(String base) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"recipe\":\"from=mlp&epochs=3\",\"dataset\":{\"name\":\"mnist\"},\"name\":\"load\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 202 || !m.find()) {
            throw new IllegalStateException("the job was refused: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    private void watch(String base, String job, AtomicInteger events, AtomicInteger endedCleanly) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/jobs/" + job + "/events"))
                .header("Accept", "text/event-stream").build();
        try {
            HttpResponse<Stream<String>> r = client.send(request, HttpResponse.BodyHandlers.ofLines());
            boolean[] ended = {false};
            r.body().forEach(line -> {
                if (line.startsWith("data:")) {
                    events.incrementAndGet();
                    ended[0] = line.contains("\"type\":\"done\"") || line.contains("\"type\":\"stopped\"")
                            || line.contains("\"type\":\"diverged\"") || line.contains("\"type\":\"error\"");
                }
            });
            if (ended[0]) {
                endedCleanly.incrementAndGet();
            }
        } catch (IOException e) {
            // counted as not ended cleanly
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void student(String base, int student) {
        for (String path : PAGES) {
            fetch(base + path, pages);
        }
        for (String path : BUNDLE) {
            fetch(base + path, bundle);
        }
        for (String path : TEST_DATA) {
            fetch(base + path, data);
        }
        if (student % FULL_DOWNLOAD_EVERY == 0) {
            for (String path : TRAIN_DATA) {
                fetch(base + path, data);
            }
        }
    }

    private void fetch(String url, Latencies into) {
        long start = System.nanoTime();
        boolean ok = false;
        try {
            HttpResponse<InputStream> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", "gzip").timeout(Duration.ofSeconds(120)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            ok = r.statusCode() == 200;
        } catch (IOException e) {
            // an error
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (into != null) {
            into.add((System.nanoTime() - start) / 1e6, ok);
        }
    }

    private void send(HttpRequest request) throws IOException, InterruptedException {
        client.send(request, HttpResponse.BodyHandlers.discarding());
    }
}
