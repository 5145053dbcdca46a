package org.neurite.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.neurite.engine.train.NamedRecipe;

/**
 * {@code bench/run --server}: the workloads as server jobs, watched over their event stream as a page watches
 * them, beside the same workload trained in this process; and with {@code --presets}, a preset trained to the
 * end on the server. A job's speed is the one its last batch event reports (the engine's own clock, from the
 * epoch's first batch), so it is the in-process figure plus what the job's events and slicing cost.
 */
final class ServerJobs {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SPEED = Pattern.compile("\"samplesPerSecond\":([0-9.Ee+-]+)");
    private static final Pattern TEST_ACCURACY = Pattern.compile("\"testAccuracy\":([0-9.Ee+-]+)");
    private static final int[] THREADS = {1, 2};

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    private ServerJobs(String base) {
        this.base = base;
    }

    /** JOB lines: each workload at 1 and 2 threads on the server, beside the in-process run, interleaved. */
    static void printJobs(Path mnistDir, MnistData data, int rounds) throws Exception {
        try (ServerProcess server = ServerProcess.start(mnistDir, "2g", "--max-jobs", "1")) {
            ServerJobs jobs = new ServerJobs(server.base());
            for (NamedRecipe workload : new NamedRecipe[] {NamedRecipe.W1, NamedRecipe.W2}) {
                double[] inProcess = new double[rounds];
                double[][] job = new double[THREADS.length][rounds];
                for (int round = 0; round < rounds; round++) {
                    Result local = workload == NamedRecipe.W1 ? W1Neurite.run(data, 1) : W2Neurite.run(data, 1);
                    inProcess[round] = local.samplesPerSecond();
                    for (int t = 0; t < THREADS.length; t++) {
                        job[t][round] = jobs.train(workload.id(), THREADS[t]).speed;
                    }
                }
                double base = Report.median(inProcess);
                System.out.printf("JOB %s jvm in-process 1 thread %8.0f samples/s%n", workload.name(), base);
                for (int t = 0; t < THREADS.length; t++) {
                    double m = Report.median(job[t]);
                    System.out.printf("JOB %s server %d thread%s %8.0f samples/s  %.2fx in-process%n", workload.name(),
                            THREADS[t], THREADS[t] == 1 ? " " : "s", m, m / base);
                }
            }
        }
    }

    /** PRESET lines: each preset to the end as a server job at 2 threads. */
    static void printPresets(Path mnistDir, java.util.regex.Pattern only) throws Exception {
        try (ServerProcess server = ServerProcess.start(mnistDir, "2g", "--max-jobs", "1", "--max-epochs", "50")) {
            ServerJobs jobs = new ServerJobs(server.base());
            for (NamedRecipe preset : NamedRecipe.values()) {
                if (!preset.isPreset() || !only.matcher(preset.id()).find()) {
                    continue;
                }
                long start = System.nanoTime();
                Finished f = jobs.train(preset.id(), 2);
                System.out.printf("PRESET %s server %.2f%% in %.0f s (2 threads)%n", preset.id(), 100 * f.testAccuracy,
                        (System.nanoTime() - start) / 1e9);
            }
        }
    }

    private record Finished(double speed, double testAccuracy) {
    }

    /** Posts a job and reads its event stream to the end. */
    private Finished train(String recipe, int threads) throws IOException, InterruptedException {
        HttpResponse<String> posted = client.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"recipe\":\"" + recipe + "\",\"dataset\":{\"name\":"
                        + "\"mnist\"},\"threads\":" + threads + ",\"name\":\"bench\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(posted.body());
        if (posted.statusCode() != 202 || !id.find()) {
            throw new IllegalStateException("the job was refused: " + posted.statusCode() + " " + posted.body());
        }
        HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create(base + "/api/jobs/"
                + id.group(1) + "/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        double[] speed = {Double.NaN};
        double[] accuracy = {Double.NaN};
        String[] last = {""};
        stream.body().filter(line -> line.startsWith("data:")).forEach(line -> {
            last[0] = line;
            Matcher s = SPEED.matcher(line);
            if (line.contains("\"type\":\"batch\"") && s.find()) {
                speed[0] = Double.parseDouble(s.group(1));
            }
            Matcher a = TEST_ACCURACY.matcher(line);
            if (a.find()) {
                accuracy[0] = Double.parseDouble(a.group(1));
            }
        });
        if (!last[0].contains("\"type\":\"done\"")) {
            throw new IllegalStateException("job " + recipe + " did not finish: " + last[0]);
        }
        return new Finished(speed[0], accuracy[0]);
    }
}
