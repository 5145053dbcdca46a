package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.train.Recipe;
import org.neurite.engine.train.TrainingRun;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.mnist.MnistAvailability;

/** Jobs on several threads: the same shard count gives the same model, one thread gives the in-process model. */
class ShardedJobTest {
    private static final String RECIPE = "optimizer=adam&lr=0.01&batch=32&epochs=4&spec=input 2 | dense 16 tanh"
            + " | dropout 0.1 | dense 2 linear | loss softmaxCrossEntropy";

    @TempDir
    Path dataDir;

    private static String job(int threads) {
        return "{\"recipe\": \"" + RECIPE + "\", \"dataset\": {\"name\": \"spiral\", \"seed\": 3, \"noise\": 0.1,"
                + " \"samples\": 600}, \"threads\": " + threads + "}";
    }

    private static byte[] trainedModel(JobsApi api, int threads) {
        String id = api.start(job(threads));
        List<SseStream.Event> events = api.follow(id);
        assertEquals("done", events.get(events.size() - 1).type(), "job on " + threads + " thread(s)");
        assertEquals(threads, api.job(id).get("threads").asInt());
        HttpResponse<byte[]> model = api.get("/api/jobs/" + id + "/model");
        assertEquals(200, model.statusCode());
        return model.body();
    }

    @Test
    void aThreadCountIsDeterministicAndOneThreadIsTheEnginesOwnRun() {
        Jobs jobs = new Jobs(TrainingLimits.defaults());
        Javalin app = App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed here")), jobs);
        JavalinTest.test(app, (server, client) -> {
            JobsApi api = new JobsApi(server);
            byte[] two = trainedModel(api, 2);
            assertArrayEquals(two, trainedModel(api, 2), "two threads, twice: the same weights");
            byte[] one = trainedModel(api, 1);
            assertFalse(Arrays.equals(one, two), "two shards draw other dropout masks than one model");

            // the same recipe and data trained here, on the engine alone
            TrainingData data = new JobDatasets(MnistAvailability.unavailable("not needed")).resolve(org.neurite.server.http.Json.MAPPER
                    .readValue("{\"name\": \"spiral\", \"seed\": 3, \"noise\": 0.1, \"samples\": 600}",
                            DatasetRequest.class));
            TrainingRun run = Recipe.parse(RECIPE).newRun(data.train(), data.test());
            while (run.step()) {
                // to the end
            }
            assertArrayEquals(ModelFile.write(run.model()), one, "one thread is the engine's own run, bit for bit");

            HttpResponse<byte[]> tooMany = api.post("/api/jobs", job(TrainingLimits.maxThreadsPerJob() + 1));
            assertEquals(400, tooMany.statusCode());
            assertTrue(Http.text(tooMany).contains("field 'threads'"), Http.text(tooMany));
            assertEquals(400, api.post("/api/jobs", job(0)).statusCode());
        });
        jobs.close();
    }
}
