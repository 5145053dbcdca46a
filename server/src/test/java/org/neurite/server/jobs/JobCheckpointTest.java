package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Hosting;
import org.neurite.server.Http;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.models.ModelStore;
import org.neurite.server.models.StoredModels;

/**
 * A job's model is kept in the model store as it trains (one entry per job, the newest epoch's), and a job whose
 * model cannot be stored ends with an error event that says why, leaving nothing half-written.
 */
class JobCheckpointTest {
    /** About 270 KB as a model file. */
    private static final String WIDE_SPEC = "input 2 | dense 256 relu | dense 256 relu | dense 2 linear"
            + " | loss softmaxCrossEntropy";

    @TempDir
    Path dataDir;

    private void withServer(long maxStoreBytes, TestCase test) {
        TrainingLimits limits = new TrainingLimits(true, 1, 2, 10, TrainingLimits.DEFAULT_MAX_PARAMS);
        Javalin app = App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed here"), limits,
                Hosting.defaults(), maxStoreBytes), new Jobs(limits));
        JavalinTest.test(app, test);
    }

    @Test
    void aFinishedJobLeavesItsLastEpochsModelInTheStore() {
        withServer(ModelStore.NO_CAP, (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(JobsApi.twoDimensionalJob("xor", 3));
            List<SseStream.Event> events = api.follow(id);
            assertEquals("done", events.get(events.size() - 1).type());

            List<JsonNode> ofThisJob = StoredModels.checkEveryListedModel(server.port()).values().stream()
                    .filter(model -> model.get("name").asText().contains("(job " + id + ",")).toList();
            assertEquals(1, ofThisJob.size(), "one stored model per job: " + ofThisJob);
            JsonNode stored = ofThisJob.get(0);
            assertEquals("xor x3 (job " + id + ", epoch 3 of 3)", stored.get("name").asText());
            HttpResponse<byte[]> fromStore = api.get("/api/models/" + stored.get("id").asText());
            assertArrayEquals(api.get("/api/jobs/" + id + "/model").body(), fromStore.body(),
                    "the stored model is the job's last one");
            StoredModels.assertNoTempFiles(dataDir.resolve("models"));
        });
    }

    @Test
    void aJobWhoseModelDoesNotFitTheStoreEndsWithAnErrorThatSaysWhy() {
        withServer(100_000, (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start("{\"recipe\": \"optimizer=adam&lr=0.01&batch=16&epochs=5&spec=" + WIDE_SPEC + "\","
                    + " \"dataset\": {\"name\": \"spiral\", \"seed\": 1, \"noise\": 0.1, \"samples\": 64},"
                    + " \"name\": \"too big\"}");
            List<SseStream.Event> events = api.follow(id);
            SseStream.Event last = events.get(events.size() - 1);
            assertEquals("error", last.type(), events.toString());
            String message = last.json().get("message").asText();
            assertTrue(message.contains("stopped after epoch 1 because its model could not be saved"), message);
            assertTrue(message.contains("The model store is full"), message);
            assertTrue(message.contains("--max-store-bytes"), "says how to make room: " + message);
            assertEquals("epoch", events.get(events.size() - 2).type(), "the epoch that trained is reported");
            assertEquals("failed", api.job(id).get("state").asText());
            assertEquals(200, api.get("/api/jobs/" + id + "/model").statusCode(), "its model is still in memory");

            assertEquals(0, StoredModels.checkEveryListedModel(server.port()).size(), "nothing listed");
            assertEquals(List.of(), StoredModels.assertNoTempFiles(dataDir.resolve("models")), "nothing on disk");
        });
    }
}
