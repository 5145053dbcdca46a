package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.Http;
import org.neurite.server.ServerProcess;
import org.neurite.server.models.StoredModels;

/**
 * The server killed with SIGKILL while its training jobs write their checkpoints to the model store, again and
 * again on one data directory, each time (when it can be caught) while a model file is being written: after each
 * restart every listed model downloads whole and loads, no temp file is left, and every checkpoint a job had
 * announced (its epoch event was sent) is listed.
 */
class JobCheckpointKillTest {
    private static final int ROUNDS = 5;
    /** Clients each starting a job, following it to its end, and starting the next. */
    private static final int CLIENTS = 3;
    /**
     * Two short epochs of a model of about 1 MB: each job stores its first epoch's model, then replaces it with its
     * last one, so the disk is written nearly all the time and a kill often lands in the middle of a write.
     */
    private static final String JOB = "{\"recipe\": \"optimizer=adam&lr=0.01&batch=32&epochs=2&spec=input 2"
            + " | dense 500 relu | dense 500 relu | dense 2 linear | loss softmaxCrossEntropy\","
            + " \"dataset\": {\"name\": \"spiral\", \"seed\": 1, \"noise\": 0.1, \"samples\": 64}, \"name\": \"kill\"}";

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyListedCheckpointIsWholeAfterAKillAtARandomMoment() throws Exception {
        Path dataDir = temp.resolve("data");
        Random random = new Random(11);
        /** Job id -> the last epoch whose event a client received (the checkpoint of that epoch was stored first). */
        Map<String, Integer> announced = new ConcurrentHashMap<>();
        for (int round = 0; round <= ROUNDS; round++) {
            Path log = temp.resolve("server-" + round + ".log");
            ServerProcess server = ServerProcess.start(dataDir, log, "--max-jobs", "2");
            try {
                Collection<JsonNode> listed = StoredModels.checkEveryListedModel(server.port()).values();
                long cleaned = Files.readString(log).lines().filter(line -> line.contains("Removing")).count();
                System.out.printf("start %d: %d checkpoints listed, all whole (%d jobs had announced one);"
                        + " %d leftovers of interrupted saves removed%n", round, listed.size(), announced.size(),
                        cleaned);
                for (String job : announced.keySet()) {
                    assertTrue(listed.stream().anyMatch(model -> model.get("name").asText()
                            .startsWith("kill (job " + job + ", epoch ")), "job " + job + "'s checkpoint is listed");
                }
                StoredModels.assertNoTempFiles(dataDir.resolve("models"));
                if (round == ROUNDS) {
                    return;
                }
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                for (int c = 0; c < CLIENTS; c++) {
                    clients.submit(() -> trainUntilKilled(server.port(), announced));
                }
                Thread.sleep(1000 + random.nextInt(1000));
                boolean midWrite = awaitWriteInProgress(dataDir.resolve("models"));
                server.kill();
                System.out.printf("round %d: killed %s%n", round, midWrite ? "while a model file was being written"
                        : "at a random moment (no write caught in progress)");
                clients.shutdown();
                assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "clients end with the server");
            } finally {
                server.kill();
            }
        }
    }

    /**
     * Waits (up to a few seconds) for a moment when a model file is being written: a temp file exists, or a model
     * file is shorter than the others (all the jobs' models have one size). Returns whether one was caught.
     */
    private static boolean awaitWriteInProgress(Path dir) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(dir)) {
                long largest = 0;
                long smallest = Long.MAX_VALUE;
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".part")) {
                        return true;
                    }
                    if (name.endsWith(".neurite")) {
                        long size = Files.size(file);
                        largest = Math.max(largest, size);
                        smallest = Math.min(smallest, size);
                    }
                }
                if (smallest < largest) {
                    return true;
                }
            } catch (IOException e) {
                // a file went away while it was looked at: look again
            }
        }
        return false;
    }

    /** Starts a job, follows its events (noting each epoch), then the next job, until the server is gone. */
    private void trainUntilKilled(int port, Map<String, Integer> announced) {
        while (true) {
            String id;
            try {
                HttpResponse<byte[]> started = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/api/jobs")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JOB)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (started.statusCode() == 429) {
                    Thread.sleep(100);
                    continue;
                }
                id = Http.json(started).get("id").asText();
            } catch (IOException e) {
                return; // the server was killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try (SseStream stream = SseStream.open(port, "/api/jobs/" + id + "/events", null)) {
                for (SseStream.Event event = stream.next(); event != null; event = stream.next()) {
                    if (event.type().equals("epoch")) {
                        announced.put(id, event.json().get("epoch").asInt());
                    }
                }
            } catch (UncheckedIOException e) {
                return; // the server was killed mid-stream
            }
        }
    }
}
