package org.neurite.server.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/**
 * Every kind of bad request gets a 4xx with a JSON error and hint that name what is wrong, and the server
 * keeps serving after each one.
 */
class BadRequestsTest {

    @TempDir
    Path dataDir;

    private JobsApi api;

    @Test
    void badJobRequestsAre4xxThatNameTheField() {
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed here"), (server, client) -> {
            api = new JobsApi(server);
            refused(400, "The request body is not the JSON", post("{\"recipe\": \"mlp\", "));
            refused(400, "The request body is not the JSON", post(""));
            refused(400, "Unknown field 'colour'", post("{\"recipe\": \"mlp\", \"colour\": 1,"
                    + " \"dataset\": {\"name\": \"xor\"}}"));
            JsonNode nested = refused(400, "Unknown field 'nosie' in dataset", post("{\"recipe\": \"mlp\","
                    + " \"dataset\": {\"name\": \"xor\", \"nosie\": 0.1}}"));
            assertTrue(nested.get("hint").asText().contains("noise"), nested.toString());
            refused(400, "(at dataset.samples)", post("{\"recipe\": \"mlp\", \"dataset\": {\"name\": \"xor\","
                    + " \"samples\": \"many\"}}"));
            refused(400, "no recipe (field 'recipe')", post("{\"dataset\": {\"name\": \"xor\"}}"));
            refused(400, "unknown recipe 'mpl' (named recipes: mlp,", job("mpl", "{\"name\": \"xor\"}"));
            JsonNode twoBad = refused(400, "Bad recipe (field 'recipe')", job("from=mlp&epochs=zero&lr=-1",
                    "{\"name\": \"xor\"}"));
            assertTrue(twoBad.get("error").asText().contains("epochs 'zero' is not a whole number"), twoBad.toString());
            assertTrue(twoBad.get("error").asText().contains("learning rate"), "every bad field: " + twoBad);
            refused(400, "asks for 51 epochs but this server trains at most 50", job("from=mlp&epochs=51",
                    "{\"name\": \"mnist\"}"));
            refused(400, "parameters but this server trains at most 5000000 (recipe field 'spec')",
                    job("spec=input 784 | dense 4096 relu | dense 4096 relu | dense 10 linear"
                            + " | loss softmaxCrossEntropy", "{\"name\": \"mnist\"}"));
            refused(400, "Unknown dataset 'imagenet' (field 'dataset.name')", job("mlp", "{\"name\": \"imagenet\"}"));
            refused(400, "field 'dataset.name'", job("mlp", "{}"));
            refused(400, "dataset 'mnist' has no setting 'noise' (field 'dataset.noise')",
                    job("mlp", "{\"name\": \"mnist\", \"noise\": 0.2}"));
            refused(400, "outside 10 to 100000 (field 'dataset.samples')",
                    job("mlp", "{\"name\": \"xor\", \"samples\": 100000000}"));
            refused(400, "noise 0.9 is outside 0 to 0.5 (field 'dataset.noise')",
                    job("mlp", "{\"name\": \"xor\", \"noise\": 0.9}"));
            refused(400, "The recipe does not fit the dataset: the model expects 784 inputs",
                    job("mlp", "{\"name\": \"spiral\"}"));
            refused(400, "field 'dataset.csv'", job("mlp", "{\"name\": \"csv\", \"csv\": \"a,b\\n1,x\\n\"}"));
            refused(503, "MNIST is not available", job("from=mlp&epochs=1", "{\"name\": \"mnist\"}"));
            refused(413, "more than the 8388608 a job request may have", post(tooLarge()));
        });
    }

    @Test
    void badModelUploadsAndUnknownIdsAre4xx() {
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed here"), (server, client) -> {
            api = new JobsApi(server);
            byte[] model = ModelFile.write(Model.create(ModelSpec.parse("input 2 | dense 3 tanh | dense 1 linear"
                    + " | loss mse"), new Rng(1)));
            refused(400, "does not start with 'NRTM'", upload("/api/models", "this is not a model file".getBytes()));
            refused(400, "checksum does not match", upload("/api/models", Arrays.copyOf(model, model.length - 7)));
            byte[] flipped = model.clone();
            flipped[model.length / 2] ^= 1;
            refused(400, "corrupt or truncated", upload("/api/models", flipped));
            refused(400, "must be a number from 0 to 1 (query parameter 'accuracy')",
                    upload("/api/models?accuracy=97", model));
            refused(413, "larger than this server accepts", upload("/api/models", new byte[21 * 1024 * 1024]));
            assertEquals(0, Http.json(api.get("/api/models")).size(), "nothing was stored");

            for (String path : new String[] {"/api/jobs/AAAAAAAAAAAAAAAA", "/api/jobs/AAAAAAAAAAAAAAAA/model",
                "/api/jobs/..%2F..%2Fetc", "/api/models/AAAAAAAAAAAAAAAA", "/api/models/..%2Fmodels"}) {
                refused(404, "No ", api.get(path));
            }
            refused(404, "No job with id", api.delete("/api/jobs/AAAAAAAAAAAAAAAA"));
            refused(404, "No stored model with id", api.delete("/api/models/AAAAAAAAAAAAAAAA"));
            try (SseStream stream = SseStream.open(server.port(), "/api/jobs/AAAAAAAAAAAAAAAA/events", null)) {
                assertEquals(404, stream.status(), "an unknown job's stream is a 404, not an empty stream");
            }
            String id = api.start(JobsApi.twoDimensionalJob("xor", 1));
            refused(406, "event stream", api.get("/api/jobs/" + id + "/events"));
            try (SseStream stream = SseStream.open(server.port(), "/api/jobs/" + id + "/events", null)) {
                assertEquals(200, stream.status());
            }
        });
    }

    /** Checks the status and the JSON error, then that the server still answers; returns the error body. */
    private JsonNode refused(int status, String errorPart, HttpResponse<byte[]> response) {
        assertEquals(status, response.statusCode(), Http.text(response));
        assertTrue(Http.header(response, "Content-Type").startsWith("application/json"), Http.text(response));
        JsonNode body = Http.json(response);
        assertTrue(body.get("error").asText().contains(errorPart), "'" + errorPart + "' in " + body);
        assertFalse(body.get("hint").asText().isBlank(), body.toString());
        assertEquals(200, api.get("/api/server").statusCode(), "still serving after " + body);
        return body;
    }

    private HttpResponse<byte[]> post(String body) {
        return api.post("/api/jobs", body);
    }

    private HttpResponse<byte[]> job(String recipe, String dataset) {
        return post("{\"recipe\": \"" + recipe + "\", \"dataset\": " + dataset + "}");
    }

    private HttpResponse<byte[]> upload(String path, byte[] bytes) {
        return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + api.port() + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** A CSV dataset of 9 MB: a valid request, only too large. */
    private static String tooLarge() {
        StringBuilder csv = new StringBuilder("x1,x2,label\\n");
        while (csv.length() < 9 * 1024 * 1024) {
            csv.append("0.25,0.75,1\\n");
        }
        return "{\"recipe\": \"mlp\", \"dataset\": {\"name\": \"csv\", \"csv\": \"" + csv + "\"}}";
    }
}
