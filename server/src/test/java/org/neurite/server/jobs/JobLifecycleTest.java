package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestCase;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.model.ModelFile;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.mnist.MnistAvailability;

/** Jobs on small 2D datasets: stopping, diverging, queueing, a full queue, late and resuming clients, hanging up. */
class JobLifecycleTest {
    /** Enough epochs that a job runs until it is stopped. */
    private static final int ENDLESS = 100_000;
    /** Samples of an endless job: enough that an epoch (and its event) takes a while. */
    private static final int MANY = 20_000;

    @TempDir
    Path dataDir;

    private Jobs jobs;

    private void withServer(TrainingLimits limits, TestCase test) {
        jobs = new Jobs(limits);
        Javalin app = App.create(new AppSettings(dataDir, MnistAvailability.unavailable("not needed here")), jobs);
        JavalinTest.test(app, test);
    }

    private static TrainingLimits limits(int maxJobs, int maxQueue) {
        return new TrainingLimits(true, maxJobs, maxQueue, ENDLESS, TrainingLimits.DEFAULT_MAX_PARAMS);
    }

    @Test
    void aJobStoppedMidRunEndsStoppedAndKeepsItsModel() {
        withServer(limits(1, 2), (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(JobsApi.twoDimensionalJob("circle", ENDLESS, MANY));
            try (SseStream stream = api.events(id)) {
                SseStream.Event event = stream.next();
                while (!event.type().equals("epoch")) {
                    event = stream.next();
                }
                HttpResponse<byte[]> stop = api.delete("/api/jobs/" + id);
                assertEquals(200, stop.statusCode(), Http.text(stop));
                assertEquals("stopped", Http.json(stop).get("state").asText(), "the answer comes once it has stopped");
                List<SseStream.Event> rest = stream.readToEnd();
                SseStream.Event last = rest.get(rest.size() - 1);
                assertEquals("stopped", last.type());
                assertTrue(last.json().get("message").asText().startsWith("Training stopped at epoch"), last.data());
            }
            JsonNode job = api.job(id);
            assertEquals("stopped", job.get("state").asText());
            assertTrue(job.get("progress").asDouble() > 0 && job.get("progress").asDouble() < 1, job.toString());
            HttpResponse<byte[]> model = api.get("/api/jobs/" + id + "/model");
            assertEquals(200, model.statusCode());
            assertEquals("input 2 | dense 8 tanh | dense 2 linear | loss softmaxCrossEntropy",
                    ModelFile.read(model.body()).spec().toText());

            HttpResponse<byte[]> again = api.delete("/api/jobs/" + id);
            assertEquals(200, again.statusCode(), "stopping an ended job only reports it");
            assertEquals("stopped", Http.json(again).get("state").asText());
        });
    }

    @Test
    void queuedJobsAllFinishAndAFullQueueIsRefusedWith429() {
        withServer(limits(1, 3), (server, client) -> {
            JobsApi api = new JobsApi(server);
            String blocker = api.start(JobsApi.twoDimensionalJob("gaussian", ENDLESS, MANY));
            List<String> queued = new ArrayList<>();
            for (String dataset : new String[] {"xor", "spiral", "circle"}) {
                queued.add(api.start(JobsApi.twoDimensionalJob(dataset, 30)));
            }
            HttpResponse<byte[]> refused = api.post("/api/jobs", JobsApi.twoDimensionalJob("xor", 30));
            assertEquals(429, refused.statusCode(), Http.text(refused));
            assertTrue(Integer.parseInt(Http.header(refused, "Retry-After")) > 0);
            JsonNode body = Http.json(refused);
            assertTrue(body.get("error").asText().contains("busy"), body.toString());
            assertFalse(body.get("hint").asText().isBlank());
            assertEquals(4, Http.json(api.get("/api/jobs")).size(), "the refused job is not listed");

            // a queued job stops at once and never trains
            String dropped = queued.remove(2);
            assertEquals("stopped", Http.json(api.delete("/api/jobs/" + dropped)).get("state").asText());
            List<SseStream.Event> droppedEvents = api.follow(dropped);
            assertEquals(1, droppedEvents.size(), droppedEvents.toString());
            assertTrue(droppedEvents.get(0).json().get("message").asText().contains("before it started"));
            assertEquals(409, api.get("/api/jobs/" + dropped + "/model").statusCode());

            for (String id : queued) {
                assertEquals("queued", api.job(id).get("state").asText(), "waiting behind the endless job");
            }
            api.delete("/api/jobs/" + blocker);
            for (String id : queued) {
                List<SseStream.Event> events = api.follow(id);
                assertEquals("done", events.get(events.size() - 1).type());
                assertEquals(30, events.get(events.size() - 2).json().get("epoch").asInt());
                assertEquals("done", api.job(id).get("state").asText());
            }
            assertEquals(202, api.post("/api/jobs", JobsApi.twoDimensionalJob("xor", 1)).statusCode(),
                    "room in the queue again");
        });
    }

    @Test
    void aJobThatDivergesStopsSaysWhyAndTheServerTrainsOn() {
        withServer(limits(1, 2), (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start("{\"recipe\": \"optimizer=sgd&lr=100&batch=16&epochs=200&spec=input 2 | dense 32 relu"
                    + " | dense 2 linear | loss softmaxCrossEntropy\", \"dataset\": {\"name\": \"spiral\", \"seed\": 3,"
                    + " \"noise\": 0.1, \"samples\": 200}, \"name\": \"too fast\"}");
            List<SseStream.Event> events = api.follow(id);
            SseStream.Event last = events.get(events.size() - 1);
            assertEquals("diverged", last.type(), last.data());
            String message = last.json().get("message").asText();
            assertTrue(message.contains("learning rate"), "says what to change: " + message);
            assertTrue(last.json().get("epoch").asInt() < 200, "stopped before the last epoch: " + last.data());
            assertEquals("diverged", api.job(id).get("state").asText());
            assertTrue(api.get("/api/jobs/" + id + "/model").statusCode() < 500, "its model route answers");
            List<SseStream.Event> next = api.follow(api.start(JobsApi.twoDimensionalJob("xor", 3)));
            assertEquals("done", next.get(next.size() - 1).type(), "the next job trains as usual");
        });
    }

    @Test
    void aLateClientGetsTheWholeHistoryThenLiveEventsAndLastEventIdResumes() {
        withServer(limits(1, 2), (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(JobsApi.twoDimensionalJob("spiral", ENDLESS, MANY));
            List<SseStream.Event> first = new ArrayList<>();
            List<SseStream.Event> late;
            try (SseStream early = api.events(id)) {
                for (int i = 0; i < 5; i++) {
                    first.add(early.next());
                }
                try (SseStream joiner = api.events(id)) {
                    api.delete("/api/jobs/" + id);
                    first.addAll(early.readToEnd());
                    late = joiner.readToEnd();
                }
            }
            assertEquals(first, late, "the late client got the same events: the history, then the live ones");
            assertEquals(first, api.follow(id), "a client after the end gets the whole history");

            int half = first.size() / 2;
            try (SseStream resumed = api.eventsAfter(id, half)) {
                assertEquals(first.subList(half, first.size()), resumed.readToEnd(), "Last-Event-ID resumes");
            }
            try (SseStream atEnd = api.eventsAfter(id, first.size())) {
                assertEquals(List.of(), atEnd.readToEnd(), "nothing after the last event; the stream closes");
            }
            assertEquals(0, jobs.find(id).orElseThrow().listenerCount());
        });
    }

    @Test
    void aClientThatHangsUpLeavesNoListenerBehind() {
        withServer(limits(1, 2), (server, client) -> {
            JobsApi api = new JobsApi(server);
            String id = api.start(JobsApi.twoDimensionalJob("xor", ENDLESS, MANY));
            Job job = jobs.find(id).orElseThrow();
            try (SseStream stream = api.events(id)) {
                stream.next();
                stream.next();
                assertEquals(1, job.listenerCount());
            }
            awaitTrue(() -> job.listenerCount() == 0, "the hung-up client is dropped at the next event");
            assertEquals("running", api.job(id).get("state").asText(), "the job trains on without it");
            assertEquals("stopped", Http.json(api.delete("/api/jobs/" + id)).get("state").asText());
        });
    }

    @Test
    void theServerSaysWhetherItTrains() {
        withServer(new TrainingLimits(true, 3, 5, 40, 1_000_000), (server, client) -> {
            JsonNode info = Http.json(Http.get(server, "/api/server"));
            assertEquals("{\"server\":true,\"training\":true,\"maxEpochs\":40,\"maxParams\":1000000,\"maxJobs\":3,"
                    + "\"maxQueue\":5,\"embedOrigins\":[]}", info.toString());
        });
        withServer(TrainingLimits.defaults().withEnabled(false), (server, client) -> {
            JobsApi api = new JobsApi(server);
            assertFalse(Http.json(api.get("/api/server")).get("training").asBoolean());
            HttpResponse<byte[]> refused = api.post("/api/jobs", JobsApi.twoDimensionalJob("xor", 1));
            assertEquals(403, refused.statusCode());
            assertTrue(Http.json(refused).get("hint").asText().contains("--no-server-training"));
            assertEquals(0, Http.json(api.get("/api/jobs")).size());
        });
    }

    /** Waits for something the server does on its own time; fails after a generous while. */
    static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
