package org.neurite.server.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Hosting;
import org.neurite.server.Http;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;

/** {@code --max-store-bytes}: an upload past the cap is a 507 that says how to make room, and stores nothing. */
class ModelStoreCapTest {
    /** About 200 KB as a model file. */
    static final String MEDIUM_SPEC = "input 784 | dense 64 relu | dense 10 linear | loss softmaxCrossEntropy";

    @TempDir
    Path dataDir;

    @Test
    void anUploadPastTheCapIsRefusedWith507AndNothingIsKept() {
        byte[] medium = ModelStoreTest.model(MEDIUM_SPEC, 1);
        long cap = 2 * medium.length + medium.length / 2;
        var app = App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed"),
                TrainingLimits.defaults(), Hosting.defaults(), cap));
        JavalinTest.test(app, (server, client) -> {
            int port = server.port();
            String first = Http.json(ModelStoreTest.upload(port, "/api/models?name=one", medium)).get("id").asText();
            assertEquals(201, ModelStoreTest.upload(port, "/api/models?name=two", medium).statusCode());

            HttpResponse<byte[]> refused = ModelStoreTest.upload(port, "/api/models?name=three", medium);
            assertEquals(507, refused.statusCode(), Http.text(refused));
            assertTrue(Http.header(refused, "Content-Type").startsWith("application/json"));
            JsonNode body = Http.json(refused);
            assertTrue(body.get("error").asText().startsWith("The model store is full"), body.toString());
            assertTrue(body.get("hint").asText().contains("DELETE /api/models/{id}"), body.toString());
            assertTrue(body.get("hint").asText().contains("--max-store-bytes"), body.toString());

            assertEquals(2, StoredModels.checkEveryListedModel(port).size(), "the refused one is not listed");
            assertEquals(4, StoredModels.assertNoTempFiles(dataDir.resolve("models")).size(),
                    "two model files and their metadata, nothing else");

            Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/models/" + first))
                    .DELETE().build());
            assertEquals(201, ModelStoreTest.upload(port, "/api/models?name=three", medium).statusCode(),
                    "deleting a model makes room");
        });
        // the cap counts what a restart finds on disk
        JavalinTest.test(App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed"),
                TrainingLimits.defaults(), Hosting.defaults(), cap)), (server, client) -> {
            assertEquals(507, ModelStoreTest.upload(server.port(), "/api/models", medium).statusCode());
            assertEquals(List.of("one", "three").size(), StoredModels.checkEveryListedModel(server.port()).size());
        });
    }
}
