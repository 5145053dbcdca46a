package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.ServerProcess;

/**
 * The server killed with SIGKILL while clients upload models, again and again on one data directory: after
 * each restart every listed model downloads whole and loads, every upload that was answered 201 is listed,
 * and no temp file is left behind.
 */
class ModelStoreKillTest {
    private static final int ROUNDS = 5;
    private static final int UPLOADERS = 3;
    /** About 2 MB: big enough that a kill often lands in the middle of writing one. */
    private static final String BIG_SPEC = "input 784 | dense 640 relu | dense 10 linear | loss softmaxCrossEntropy";

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyListedModelIsWholeAfterAKillAtARandomMoment() throws Exception {
        Path dataDir = temp.resolve("data");
        Random random = new Random(7);
        byte[][] models = {ModelStoreTest.model(ModelStoreTest.SPEC, 1), ModelStoreTest.model(BIG_SPEC, 2)};
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 0; round <= ROUNDS; round++) {
            Path log = temp.resolve("server-" + round + ".log");
            ServerProcess server = ServerProcess.start(dataDir, log, "--max-jobs", "1");
            try {
                Set<String> listed = StoredModels.checkEveryListedModel(server.port()).keySet();
                long cleaned = Files.readString(log).lines().filter(line -> line.contains("Removing")).count();
                System.out.printf("start %d: %d models listed, all whole (%d uploads were answered 201);"
                        + " %d leftovers of interrupted saves removed%n", round, listed.size(), acknowledged.size(),
                        cleaned);
                assertTrue(listed.containsAll(acknowledged), "every upload answered 201 survives the kill");
                StoredModels.assertNoTempFiles(dataDir.resolve("models"));
                if (round == ROUNDS) {
                    return;
                }
                ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
                for (int u = 0; u < UPLOADERS; u++) {
                    uploaders.submit(() -> uploadUntilRefused(server.port(), models, acknowledged));
                }
                Thread.sleep(100 + random.nextInt(400));
                server.kill();
                uploaders.shutdown();
                assertTrue(uploaders.awaitTermination(30, TimeUnit.SECONDS), "uploads end with the server");
            } finally {
                server.kill();
            }
        }
    }

    private void uploadUntilRefused(int port, byte[][] models, Set<String> acknowledged) {
        for (int i = 0; ; i++) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + port + "/api/models?name=upload-" + i))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(models[i % models.length])).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() != 201) {
                    throw new AssertionError("upload refused: " + new String(response.body()));
                }
                acknowledged.add(json.readTree(response.body()).get("id").asText());
            } catch (IOException e) {
                return; // the server was killed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
