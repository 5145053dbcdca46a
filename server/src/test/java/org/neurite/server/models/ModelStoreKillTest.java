package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.model.ModelFile;
import org.neurite.server.TestApps;

/**
 * The server killed with SIGKILL while clients upload models, again and again on one data directory: after
 * each restart every listed model downloads whole and loads, every upload that was answered 201 is listed,
 * and no temp file is left behind.
 */
class ModelStoreKillTest {
    private static final int ROUNDS = 5;
    private static final int UPLOADERS = 3;
    private static final Pattern ADDRESS = Pattern.compile("Neurite is running at http://127.0.0.1:(\\d+)/");
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
            Server server = Server.start(dataDir, log);
            try {
                Set<String> listed = checkEveryListedModel(server.port);
                long cleaned = Files.readString(log).lines().filter(line -> line.contains("Removing")).count();
                System.out.printf("start %d: %d models listed, all whole (%d uploads were answered 201);"
                        + " %d leftovers of interrupted saves removed%n", round, listed.size(), acknowledged.size(),
                        cleaned);
                assertTrue(listed.containsAll(acknowledged), "every upload answered 201 survives the kill");
                assertNoTempFiles(dataDir.resolve("models"));
                if (round == ROUNDS) {
                    return;
                }
                ExecutorService uploaders = Executors.newFixedThreadPool(UPLOADERS);
                for (int u = 0; u < UPLOADERS; u++) {
                    uploaders.submit(() -> uploadUntilRefused(server.port, models, acknowledged));
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

    private Set<String> checkEveryListedModel(int port) throws IOException, InterruptedException {
        JsonNode list = json.readTree(get(port, "/api/models").body());
        Set<String> ids = new HashSet<>();
        for (JsonNode model : list) {
            String id = model.get("id").asText();
            HttpResponse<byte[]> download = get(port, "/api/models/" + id);
            assertEquals(200, download.statusCode(), id);
            assertEquals(model.get("sizeBytes").asLong(), download.body().length, id);
            ModelFile.read(download.body()); // throws on a half-written or corrupt file
            ids.add(id);
        }
        return ids;
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

    private HttpResponse<byte[]> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void assertNoTempFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = new ArrayList<>(files.map(path -> path.getFileName().toString()).toList());
            assertFalse(names.stream().anyMatch(name -> name.endsWith(".part")), "temp files left: " + names);
        }
    }

    /** {@code org.neurite.server.Main} in a child JVM on a free port, on this test's class path. */
    private record Server(Process process, int port) {
        static Server start(Path dataDir, Path log) throws IOException, InterruptedException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            // a small heap and the quick compiler: six starts of a server that only stores files
            Process process = new ProcessBuilder(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC", "-cp",
                    System.getProperty("java.class.path"), "org.neurite.server.Main", "--port", "0",
                    "--data-dir", dataDir.toString(), "--mnist-dir", TestApps.provisionedMnistDir().toString(),
                    "--max-jobs", "1")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (System.nanoTime() < deadline) {
                Matcher address = ADDRESS.matcher(Files.readString(log));
                if (address.find()) {
                    return new Server(process, Integer.parseInt(address.group(1)));
                }
                if (!process.isAlive()) {
                    break;
                }
                Thread.sleep(50);
            }
            process.destroyForcibly();
            throw new AssertionError("the server did not start:\n" + Files.readString(log));
        }

        /** SIGKILL: no shutdown hook, no finally block, no flush runs in the server. */
        void kill() throws InterruptedException {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
