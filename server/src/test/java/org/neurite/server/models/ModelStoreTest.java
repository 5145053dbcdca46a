package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/** Storing, listing, downloading and deleting models over HTTP, and what a restart finds on disk. */
class ModelStoreTest {
    static final String SPEC = "input 2 | dense 8 tanh | dense 2 linear | loss softmaxCrossEntropy";

    @TempDir
    Path dataDir;

    @Test
    void aStoredModelIsListedDownloadedWholeAndDeleted() {
        byte[] first = model(SPEC, 1);
        byte[] second = model("input 1x28x28 | conv 4 3 relu | maxpool 2 | flatten | dense 10 linear"
                + " | loss softmaxCrossEntropy", 2);
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed"), (server, client) -> {
            HttpResponse<byte[]> stored = upload(server.port(), "/api/models?name=spiral%20net&accuracy=0.875", first);
            assertEquals(201, stored.statusCode(), Http.text(stored));
            JsonNode one = Http.json(stored);
            assertEquals("/api/models/" + one.get("id").asText(), Http.header(stored, "Location"));
            assertEquals("spiral net", one.get("name").asText());
            assertEquals(0.875, one.get("accuracy").asDouble());
            assertEquals(2 * 8 + 8 + 8 * 2 + 2, one.get("parameters").asLong());
            assertEquals(first.length, one.get("sizeBytes").asLong());
            assertEquals(SPEC, one.get("spec").asText());
            assertEquals("input 2 -> dense 8 tanh (8) -> dense 2 linear (2), loss softmaxCrossEntropy",
                    one.get("architecture").asText());

            JsonNode two = Http.json(upload(server.port(), "/api/models", second));
            assertTrue(two.get("name").isNull());
            assertTrue(two.get("accuracy").isNull(), "accuracy unknown");
            assertTrue(two.get("architecture").asText().contains("conv 4 3 relu (4x28x28) -> maxpool 2 (4x14x14)"),
                    two.toString());

            JsonNode list = Http.json(Http.get(server, "/api/models"));
            assertEquals(2, list.size());
            assertEquals(two.get("id"), list.get(0).get("id"), "newest first");
            assertEquals(one, list.get(1), "listed as stored");

            HttpResponse<byte[]> download = Http.get(server, "/api/models/" + one.get("id").asText());
            assertEquals(200, download.statusCode());
            assertEquals("application/octet-stream", Http.header(download, "Content-Type"));
            assertArrayEquals(first, download.body());

            HttpResponse<byte[]> deleted = Http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + server.port() + "/api/models/" + one.get("id").asText())).DELETE().build());
            assertEquals(204, deleted.statusCode());
            assertEquals(404, Http.get(server, "/api/models/" + one.get("id").asText()).statusCode());
            assertEquals(1, Http.json(Http.get(server, "/api/models")).size());
        });
        // a restart lists what is on disk
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed"), (server, client) -> {
            JsonNode list = Http.json(Http.get(server, "/api/models"));
            assertEquals(1, list.size());
            assertArrayEquals(second, Http.get(server, "/api/models/" + list.get(0).get("id").asText()).body());
        });
    }

    @Test
    void aRestartListsOnlyWholeModelsAndRemovesWhatACrashLeft() throws IOException {
        byte[] whole = model(SPEC, 3);
        String kept;
        Path models = dataDir.resolve("models");
        ModelStore store = ModelStore.open(models);
        kept = store.save(whole, "kept", null).id();
        String metadataOnly = store.save(model(SPEC, 4), "its model file vanished", null).id();
        Files.delete(models.resolve(metadataOnly + ".neurite"));
        String truncated = store.save(model(SPEC, 5), "its model file was cut short", null).id();
        Files.write(models.resolve(truncated + ".neurite"), new byte[10]);
        Files.write(models.resolve("BBBBBBBBBBBBBBBB.neurite"), whole); // killed before its metadata was written
        Files.write(models.resolve(".CCCCCCCCCCCCCCCC.neurite.1234.part"), new byte[100]); // killed mid-write
        Files.writeString(models.resolve("notes.txt"), "someone else's file");

        ModelStore reopened = ModelStore.open(models);
        assertEquals(List.of(kept), reopened.list().stream().map(StoredModel::id).toList());
        assertArrayEquals(whole, reopened.read(reopened.find(kept).orElseThrow()).orElseThrow());
        try (Stream<Path> files = Files.list(models)) {
            List<String> left = files.map(path -> path.getFileName().toString()).sorted().toList();
            assertFalse(left.contains("BBBBBBBBBBBBBBBB.neurite"), left.toString());
            assertFalse(left.stream().anyMatch(name -> name.endsWith(".part")), left.toString());
            assertTrue(left.contains("notes.txt"), "files that are not the store's are left alone");
        }
    }

    static byte[] model(String spec, int seed) {
        return ModelFile.write(Model.create(ModelSpec.parse(spec), new Rng(seed)));
    }

    static HttpResponse<byte[]> upload(int port, String path, byte[] bytes) {
        return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }
}
