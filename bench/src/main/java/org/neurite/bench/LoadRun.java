package org.neurite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neurite.bench.LoadTraffic.Kind;

/**
 * {@code bench/run --load}: a class on loopback. A real server in its own JVM (heap as {@code ./neurite run} gives
 * it) trains four MNIST jobs, each followed by 50 clients over its event stream, while 200 students arrive over
 * the first half minute and each opens the site as a browser does ({@link ClassroomStudent}). Bounded in time:
 * students start no request after the deadline. Prints latency per route and per kind, throughput, errors, and
 * the server's memory, threads and CPU before and after (from /proc).
 */
final class LoadRun {
    static final int STUDENTS = 200;
    static final int JOBS = 4;
    static final int WATCHERS_PER_JOB = 50;
    static final int ARRIVAL_SECONDS = 30;
    static final int DEFAULT_SECONDS = 120;
    /** The heap {@code ./neurite run} gives the server on a 2-core machine. */
    static final String HEAP = "1g";
    /** What the run is held to: pages and the bundle answer within this at the 99th percentile. */
    static final double TARGET_P99_MS = 300;
    static final int WARM_UP_VISITS = 4;
    private static final String JOB = "{\"recipe\":\"from=mlp&epochs=50\",\"dataset\":{\"name\":\"mnist\"},"
            + "\"name\":\"load\"}";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern VERSION = Pattern.compile("var version = '([^'@][^']*)'");

    private LoadRun() {
    }

    /**
     * @param seconds how long students may keep asking (the run ends sooner when every student is done)
     * @param maxJobs the server's --max-jobs, or null for its default (cores - 1: the other jobs wait)
     */
    static void print(Path mnistDir, int seconds, Integer maxJobs) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf("%nLoad on loopback: %d students arriving over %d s, %d MNIST jobs (%s), %d watchers per job;"
                + " %d cores, server heap %s, students stop after %d s%n", STUDENTS, ARRIVAL_SECONDS, JOBS,
                maxJobs == null ? "the default pool: cores - 1 train at once, the rest wait" : "--max-jobs " + maxJobs,
                WATCHERS_PER_JOB, cores, HEAP, seconds);
        String[] options = maxJobs == null ? new String[0] : new String[] {"--max-jobs", Integer.toString(maxJobs)};
        try (ServerProcess server = ServerProcess.start(mnistDir, HEAP, options)) {
            // after the server has started (a child would inherit it), before any client thread exists
            System.out.println(NiceThreads.lowerThisThread()
                    ? "The load generator's threads run at nice " + NiceThreads.NICE
                            + ", the server at the usual priority"
                    : "The load generator runs at the same priority as the server (no renice here)");
            LoadTraffic traffic = new LoadTraffic(server.base(), Duration.ofSeconds(seconds));
            String version = warmUp(traffic);
            ProcessUsage before = server.usage();
            Map<String, Double> threadsBefore = ThreadCpu.of(server.pid());
            System.out.println("LOAD server before: " + before.describe());

            List<String> jobs = new ArrayList<>();
            for (int j = 0; j < JOBS; j++) {
                jobs.add(startJob(traffic));
            }
            Latencies opened = new Latencies(StreamWatcher.ROUTE);
            AtomicInteger events = new AtomicInteger();
            AtomicInteger endedCleanly = new AtomicInteger();
            ExecutorService watchers = Executors.newFixedThreadPool(JOBS * WATCHERS_PER_JOB);
            for (String job : jobs) {
                for (int w = 0; w < WATCHERS_PER_JOB; w++) {
                    watchers.submit(new StreamWatcher(traffic, job, opened, events, endedCleanly));
                }
            }

            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(seconds);
            Random arrivals = new Random(42);
            ExecutorService students = Executors.newFixedThreadPool(STUDENTS);
            for (int s = 0; s < STUDENTS; s++) {
                long arriveMs = arrivals.nextInt(ARRIVAL_SECONDS * 1000);
                ClassroomStudent student = new ClassroomStudent(traffic, version, s, deadline);
                students.submit(() -> {
                    Thread.sleep(arriveMs);
                    student.run();
                    return null;
                });
            }
            students.shutdown();
            boolean finished = students.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            ProcessUsage loaded = server.usage();
            Map<String, Double> threadsLoaded = ThreadCpu.of(server.pid());

            for (String job : jobs) {
                traffic.client().send(HttpRequest.newBuilder(URI.create(server.base() + "/api/jobs/" + job)).DELETE()
                        .build(), HttpResponse.BodyHandlers.discarding());
            }
            watchers.shutdown();
            boolean watchersEnded = watchers.awaitTermination(60, TimeUnit.SECONDS);
            ProcessUsage after = server.usage();

            report(traffic, opened, wall, finished, before, loaded, after, cores);
            System.out.println("LOAD server CPU by thread while the students came: "
                    + ThreadCpu.between(threadsBefore, threadsLoaded));
            System.out.printf("LOAD this load generator: %.1f CPU s (it shares the machine with the server)%n",
                    ProcessUsage.of(ProcessHandle.current().pid()).cpuSeconds());
            System.out.printf("LOAD streams %d watchers of %d jobs: %d ended with the job's last event, %d events"
                    + " received%s%n", JOBS * WATCHERS_PER_JOB, JOBS, endedCleanly.get(), events.get(),
                    watchersEnded ? "" : " (some still open 60 s after the jobs were stopped)");
            System.out.println("LOAD server after the jobs were stopped: " + after.describe());
        }
    }

    private static void report(LoadTraffic traffic, Latencies opened, double wall, boolean finished,
                               ProcessUsage before, ProcessUsage loaded, ProcessUsage after, int cores) {
        List<Latencies> kinds = List.of(traffic.kind(Kind.PAGES), traffic.kind(Kind.BUNDLE), traffic.kind(Kind.MNIST));
        int requests = kinds.stream().mapToInt(Latencies::count).sum();
        int errors = kinds.stream().mapToInt(Latencies::errors).sum() + opened.errors();
        double megabytes = kinds.stream().mapToLong(Latencies::bytes).sum() / 1e6;
        System.out.println();
        System.out.println(Latencies.header());
        traffic.routes().values().stream().sorted(Comparator.comparing(Latencies::kind))
                .forEach(route -> System.out.println(route.row()));
        System.out.println(opened.row());
        System.out.println();
        System.out.printf("LOAD students %d requests in %.1f s: %.0f requests/s, %.0f MB received (%.0f MB/s),"
                + " errors %d%s%n",
                requests, wall, requests / wall, megabytes, megabytes / wall, errors,
                finished ? "" : " (some students still busy at the end)");
        kinds.forEach(kind -> System.out.println(kind.line()));
        System.out.println(traffic.pagesDuringDownloads().line());
        double cpu = loaded.cpuSeconds() - before.cpuSeconds();
        System.out.printf("LOAD server under load: %s; %.1f CPU s in %.1f s = %.2f of %d cores%n", loaded.describe(),
                cpu, wall, cpu / wall, cores);
        boolean met = errors == 0 && traffic.kind(Kind.PAGES).quantile(0.99) < TARGET_P99_MS
                && traffic.kind(Kind.BUNDLE).quantile(0.99) < TARGET_P99_MS
                && traffic.pagesDuringDownloads().quantile(0.99) < TARGET_P99_MS;
        System.out.printf("LOAD target %s: 0 errors, p99 under %.0f ms for pages and bundle, also while MNIST"
                + " downloads run%n", met ? "MET" : "MISSED", TARGET_P99_MS);
    }

    /** Every file asked for once first (the JIT, the resources, the MNIST encodings); returns the bundle's version. */
    private static String warmUp(LoadTraffic traffic) throws IOException, InterruptedException {
        String loader = traffic.text("/bundle/loader.js");
        Matcher version = VERSION.matcher(loader);
        String v = version.find() ? version.group(1) : "";
        // a few students' whole visits at once, on figures of their own that are not reported: the server of a class
        // has served its instructor before the students come
        LoadTraffic scratch = new LoadTraffic(traffic.base(), Duration.ofSeconds(120));
        List<Thread> visits = new ArrayList<>();
        for (int s = 0; s < WARM_UP_VISITS; s++) {
            visits.add(new Thread(new ClassroomStudent(scratch, v, -1 - s, Long.MAX_VALUE)));
        }
        visits.forEach(Thread::start);
        for (Thread visit : visits) {
            visit.join();
        }
        return v;
    }

    private static String startJob(LoadTraffic traffic) throws IOException, InterruptedException {
        HttpResponse<String> r = traffic.client().send(HttpRequest.newBuilder(URI.create(traffic.base() + "/api/jobs"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JOB)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = ID.matcher(r.body());
        if (r.statusCode() != 202 || !m.find()) {
            throw new IllegalStateException("the job was refused: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }
}
