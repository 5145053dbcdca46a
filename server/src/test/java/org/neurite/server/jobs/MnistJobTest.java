package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.data.Dataset;
import org.neurite.engine.data.IdxReader;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.train.Evaluation;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.TestApps;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistFiles;

/**
 * The documented example, run as written: docs/api.md's request that trains the MLP for one epoch on the
 * real MNIST files. Its events arrive in order, and the model it hands out scores what it reported.
 */
class MnistJobTest {

    private static final Pattern DOCUMENTED_REQUEST = Pattern.compile(
            "^curl -X POST localhost:7070/api/jobs -H 'Content-Type: application/json' -d '(\\{.*\"mnist\".*\\})'$",
            Pattern.MULTILINE);

    @TempDir
    Path dataDir;

    @Test
    void theDocumentedMnistJobStreamsItsEpochAndItsModelScoresWhatItReported() throws IOException {
        String body = documentedMnistRequest();
        List<String> firstLines = new ArrayList<>();
        Jobs jobs = new Jobs(TrainingLimits.defaults());
        Path mnist = TestApps.provisionedMnistDir();
        JavalinTest.test(App.create(new AppSettings(dataDir, MnistAvailability.ready(mnist)), jobs), (server, c) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(body);

            List<SseStream.Event> events;
            List<String> transcript;
            try (SseStream stream = api.events(id)) {
                assertEquals(200, stream.status());
                assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
                events = stream.readToEnd();
                transcript = stream.transcript();
            }
            firstLines.addAll(transcript.subList(0, 12));
            assertInOrder(events);
            assertEquals(0, jobs.find(id).orElseThrow().listenerCount(), "the closed stream left no listener");

            JsonNode epoch = events.get(events.size() - 2).json();
            assertEquals("epoch", epoch.get("type").asText());
            assertEquals(1, epoch.get("epoch").asInt());
            assertEquals(60_000, epoch.get("samplesSeen").asInt());

            JsonNode job = api.job(id);
            assertEquals("done", job.get("state").asText());
            assertEquals(1.0, job.get("progress").asDouble());
            assertEquals(events.get(events.size() - 1).json(), job.get("lastEvent"), "lastEvent is the stream's");
            assertEquals("mnist", job.at("/dataset/name").asText());

            HttpResponse<byte[]> model = api.get("/api/jobs/" + id + "/model");
            assertEquals(200, model.statusCode());
            assertEquals("application/octet-stream", Http.header(model, "Content-Type"));
            MnistFiles files = MnistFiles.load(mnist);
            Dataset test = IdxReader.mnist("mnist test", files.testImages(), files.testLabels());
            float accuracy = Evaluation.of(ModelFile.read(model.body()), test, 500).accuracy();
            assertEquals(epoch.get("testAccuracy").asDouble(), accuracy, 1e-6,
                    "the downloaded model scores the accuracy the job reported");
            assertTrue(accuracy > 0.9, "one epoch of the MLP: " + accuracy);
        });
        // JavalinTest holds back what a passing test prints; the stream's head is worth seeing
        System.out.println("The job's event stream began:\n" + String.join("\n", firstLines));
    }

    /** Ids 1, 2, 3... without gaps; batch events, then the epoch event, then done. */
    private static void assertInOrder(List<SseStream.Event> events) {
        assertTrue(events.size() >= 3, "events: " + events);
        for (int i = 0; i < events.size(); i++) {
            SseStream.Event event = events.get(i);
            assertEquals(i + 1, event.id(), "sequence ids count up from 1");
            assertEquals(null, event.name(), "plain message events, no event name");
        }
        for (SseStream.Event event : events.subList(0, events.size() - 2)) {
            assertEquals("batch", event.type(), event.data());
        }
        assertEquals("epoch", events.get(events.size() - 2).type());
        assertEquals("done", events.get(events.size() - 1).type());
        int lastBatch = 0;
        for (SseStream.Event event : events.subList(0, events.size() - 2)) {
            int batch = event.json().get("batch").asInt();
            assertTrue(batch > lastBatch, "batches count up: " + event.data());
            lastBatch = batch;
        }
    }

    /** The one-epoch MNIST request of docs/api.md, byte for byte. */
    static String documentedMnistRequest() throws IOException {
        Path doc = Path.of(System.getProperty("user.dir")).resolveSibling("docs").resolve("api.md");
        Matcher matcher = DOCUMENTED_REQUEST.matcher(Files.readString(doc));
        assertTrue(matcher.find(), "docs/api.md shows the MNIST job request as one curl line");
        String body = matcher.group(1);
        assertTrue(body.contains("epochs=1"), body);
        return body;
    }
}
