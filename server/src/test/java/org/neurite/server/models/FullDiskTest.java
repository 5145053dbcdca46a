package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/**
 * The data directory on a real file system of 1 MB that fills up ("No space left on device"): an upload that does
 * not fit is a 507 saying to free space or move the data dir, a job whose model does not fit ends with that in
 * its event stream, and neither leaves a byte behind; what fits is still stored. Mounting a small tmpfs needs
 * Linux and root, so elsewhere the test is skipped (the cap test, {@link ModelStoreCapTest}, runs everywhere).
 */
class FullDiskTest {
    /** About 2 MB as a model file: more than the whole disk. */
    private static final String BIG_SPEC = "input 784 | dense 640 relu | dense 10 linear | loss softmaxCrossEntropy";

    @TempDir
    Path temp;

    private Path disk;

    @BeforeEach
    void mountSmallDisk() throws IOException, InterruptedException {
        disk = Files.createDirectories(temp.resolve("small-disk"));
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "needs Linux to mount a tmpfs");
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", disk.toString()),
                "mounting a 1 MB tmpfs needs root (or CAP_SYS_ADMIN); the cap test covers a full store instead");
    }

    @AfterEach
    void unmount() throws IOException, InterruptedException {
        run("umount", disk.toString());
    }

    @Test
    void writesThatDoNotFitAre507OrAJobErrorAndLeaveNothing() {
        Path dataDir = disk.resolve("data");
        List<String> report = new ArrayList<>(); // printed after the server stops (JavalinTest holds its output)
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed"), (server, client) -> {
            int port = server.port();
            HttpResponse<byte[]> refused = ModelStoreTest.upload(port, "/api/models?name=big",
                    ModelStoreTest.model(BIG_SPEC, 1));
            assertEquals(507, refused.statusCode(), Http.text(refused));
            JsonNode body = Http.json(refused);
            report.add("upload on a full disk: " + refused.statusCode() + " " + body);
            assertTrue(body.get("error").asText().contains("No space left on device"), body.toString());
            assertTrue(body.get("hint").asText().contains("Free space"), body.toString());
            assertTrue(body.get("hint").asText().contains("--data-dir"), body.toString());
            assertTrue(!body.toString().contains(disk.toString()), "no machine path in the answer: " + body);
            assertEquals(List.of(), StoredModels.assertNoTempFiles(dataDir.resolve("models")));

            HttpResponse<byte[]> small = ModelStoreTest.upload(port, "/api/models?name=small",
                    ModelStoreTest.model(ModelStoreTest.SPEC, 2));
            assertEquals(201, small.statusCode(), "what fits is stored: " + Http.text(small));

            String job = startJob(port, "{\"recipe\": \"optimizer=adam&lr=0.01&batch=16&epochs=3&spec=input 2"
                    + " | dense 512 relu | dense 512 relu | dense 2 linear | loss softmaxCrossEntropy\","
                    + " \"dataset\": {\"name\": \"spiral\", \"seed\": 1, \"noise\": 0.1, \"samples\": 64}}");
            JsonNode last = lastEvent(port, job);
            report.add("job on a full disk, last event: " + last);
            assertEquals("error", last.get("type").asText(), last.toString());
            assertTrue(last.get("message").asText().contains("No space left on device"), last.toString());
            assertTrue(last.get("message").asText().contains("--data-dir"), last.toString());

            assertEquals(1, StoredModels.checkEveryListedModel(port).size(), "only the small model is listed");
            assertEquals(2, StoredModels.assertNoTempFiles(dataDir.resolve("models")).size(),
                    "the small model and its metadata, nothing of the job's");
        });
        report.forEach(System.out::println);
    }

    private static String startJob(int port, String json) {
        HttpResponse<byte[]> started = Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/jobs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
        assertEquals(202, started.statusCode(), Http.text(started));
        return Http.json(started).get("id").asText();
    }

    /** Waits for the job to end and returns its last event, as {@code GET /api/jobs/{id}} shows it. */
    private static JsonNode lastEvent(int port, String id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            JsonNode job = Http.json(Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                    + "/api/jobs/" + id)).build()));
            if (!List.of("queued", "running").contains(job.get("state").asText())) {
                return job.get("lastEvent");
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job did not end within 60 s");
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false; // no mount command here
        }
    }
}
