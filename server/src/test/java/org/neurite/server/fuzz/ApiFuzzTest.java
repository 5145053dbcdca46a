package org.neurite.server.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;

/**
 * Every request body of the API, mutated, over real HTTP: the server answers a success or a 4xx whose body is
 * the {@code {error, hint}} JSON with both filled in; never a 5xx (the one documented 503: MNIST missing).
 * Accepted jobs are stopped at once, so the run measures the API, not training.
 */
class ApiFuzzTest {
    private static final Duration BUDGET = Duration.ofMillis(Long.getLong("neurite.fuzz.millis", 3000));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> JOB_BODIES = List.of(
            "{\"recipe\":\"from=mlp&epochs=1\",\"dataset\":{\"name\":\"mnist\"}}",
            "{\"recipe\":\"optimizer=adam&lr=0.01&epochs=2&spec=input 2 | dense 8 tanh | dense 2 linear"
                    + " | loss softmaxCrossEntropy\",\"dataset\":{\"name\":\"spiral\",\"seed\":1,\"noise\":0.1,"
                    + "\"samples\":400},\"name\":\"spiral\",\"threads\":1}",
            "{\"recipe\":\"epochs=1&spec=input 2 | dense 3 relu | dense 3 linear | loss softmaxCrossEntropy\","
                    + "\"dataset\":{\"name\":\"multiclass\",\"classes\":3,\"samples\":50}}",
            "{\"recipe\":\"epochs=1&spec=input 2 | dense 1 linear | loss mse\",\"dataset\":{\"name\":\"csv\","
                    + "\"csv\":\"x1,x2,y\\n1,2,3\\n2,3,5\\n3,4,7\\n4,5,9\\n5,6,11\\n\",\"label\":\"y\"}}",
            "{\"recipe\":\"w1\",\"dataset\":{\"name\":\"xor\"},\"threads\":2}");

    @TempDir
    Path dataDir;

    /** JavalinTest shows a passing test's output to no one, so the count line is printed after it. */
    private String countLine;

    @AfterEach
    void printCount() {
        if (countLine != null) {
            System.out.println(countLine);
        }
    }

    private Javalin app() {
        // One running job, two waiting, two epochs: accepted jobs stay cheap and a full queue is a 429.
        TrainingLimits limits = new TrainingLimits(true, 1, 2, 2, 200_000);
        return App.create(new AppSettings(dataDir, MnistAvailability.unavailable("put the files in place"), limits));
    }

    @Test
    @Timeout(120)
    void jobRequestsGetAnAnswerOrA4xxThatSaysWhy() {
        JavalinTest.test(app(), (server, client) -> {
            JsonMutator m = new JsonMutator(21);
            int n = fuzz("api-jobs", i -> {
                byte[] body = m.random().nextInt(20) == 0 ? JOB_BODIES.get(i % JOB_BODIES.size())
                        .getBytes(StandardCharsets.UTF_8) : m.mutate(JOB_BODIES.get(m.random().nextInt(JOB_BODIES.size())));
                HttpResponse<byte[]> response = Http.send(request(server, "/api/jobs")
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build());
                check("POST /api/jobs", body, response);
                if (response.statusCode() == 202) {
                    String id = Http.json(response).get("id").asText();
                    check("DELETE job", body, Http.send(request(server, "/api/jobs/" + id).DELETE().build()));
                }
                return response.statusCode();
            });
            assertTrue(n > 0);
        });
    }

    @Test
    @Timeout(120)
    void modelUploadsGetStoredOrA4xxThatSaysWhy() {
        JavalinTest.test(app(), (server, client) -> {
            Random random = new Random(22);
            byte[] valid = ModelFile.write(Model.create(ModelSpec.parse(
                    "input 2 | dense 3 tanh | dense 2 linear | loss softmaxCrossEntropy"), new Rng(1)));
            String[] names = {"mlp", "", "\u00E9\uD83D\uDE00", "a".repeat(300), "%00", "<script>", "\r\nX: y"};
            String[] accuracies = {"0.97", "1", "0", "-0.1", "1.5", "NaN", "Infinity", "1e999", "0x1", "", "abc"};
            fuzz("api-models", i -> {
                byte[] body = mutateBytes(random, valid);
                StringBuilder query = new StringBuilder("/api/models");
                if (random.nextBoolean()) {
                    query.append("?name=").append(URLEncoder.encode(names[random.nextInt(names.length)],
                            StandardCharsets.UTF_8));
                }
                if (random.nextBoolean()) {
                    query.append(query.indexOf("?") < 0 ? '?' : '&').append("accuracy=")
                            .append(URLEncoder.encode(accuracies[random.nextInt(accuracies.length)], StandardCharsets.UTF_8));
                }
                HttpResponse<byte[]> response = Http.send(request(server, query.toString())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
                check("POST " + query, body, response);
                if (response.statusCode() == 201) {
                    String id = Http.json(response).get("id").asText();
                    check("GET model", body, Http.send(request(server, "/api/models/" + id).GET().build()));
                    check("DELETE model", body, Http.send(request(server, "/api/models/" + id).DELETE().build()));
                }
                return response.statusCode();
            });
        });
    }

    @Test
    @Timeout(120)
    void oddIdsAndNamesInPathsGetA4xxThatSaysWhy() {
        JavalinTest.test(app(), (server, client) -> {
            Random random = new Random(23);
            String[] prefixes = {"/api/jobs/", "/api/models/", "/data/mnist/", "/api/jobs/AAAAAAAAAAAAAAAA/"};
            String[] tails = {"", "events", "model", "..", "%2e%2e%2f", "%00", "%C3%A9", "AAAAAAAAAAAAAAAA",
                "train-images-idx3-ubyte", "x".repeat(3000), "a%2Fb", "~", "%25"};
            String[] methods = {"GET", "DELETE", "POST", "PUT", "PATCH"};
            fuzz("api-paths", i -> {
                String path = prefixes[random.nextInt(prefixes.length)] + tails[random.nextInt(tails.length)]
                        + (random.nextBoolean() ? "" : tails[random.nextInt(tails.length)]);
                String method = methods[random.nextInt(methods.length)];
                HttpResponse<byte[]> response = Http.send(request(server, path)
                        .method(method, HttpRequest.BodyPublishers.noBody()).build());
                check(method + " " + path, new byte[0], response);
                return response.statusCode();
            });
        });
    }

    private static byte[] mutateBytes(Random random, byte[] valid) {
        byte[] b = valid.clone();
        switch (random.nextInt(5)) {
            case 0:
                return Arrays.copyOf(b, random.nextInt(b.length + 1));
            case 1:
                b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
                return b;
            case 2: {
                byte[] r = new byte[random.nextInt(200)];
                random.nextBytes(r);
                return r;
            }
            case 3:
                // A huge count in a header field.
                int at = 4 * random.nextInt(4);
                b[at] = (byte) 0xFF;
                b[at + 1] = (byte) 0xFF;
                b[at + 2] = (byte) 0xFF;
                b[at + 3] = (byte) 0x7F;
                return b;
            default:
                return b;
        }
    }

    private static HttpRequest.Builder request(Javalin server, String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(20));
    }

    /** Sends requests until the budget is spent; the count is printed once the app has stopped. */
    private int fuzz(String name, IntFunction<Integer> send) {
        long end = System.nanoTime() + BUDGET.toNanos();
        int n = 0;
        while (System.nanoTime() < end) {
            send.apply(n);
            n++;
        }
        countLine = "FUZZ " + name + " inputs=" + n;
        assertTrue(n >= 100, name + ": only " + n + " requests");
        return n;
    }

    /** A success, or a 4xx (or MNIST's documented 503) carrying exactly a non-empty error and hint. */
    static void check(String what, byte[] body, HttpResponse<byte[]> response) {
        int status = response.statusCode();
        String text = Http.text(response);
        String shown = what + " with body base64 " + Base64.getEncoder().encodeToString(
                Arrays.copyOf(body, Math.min(body.length, 600))) + " -> " + status + " " + text;
        if (status < 400) {
            return;
        }
        JsonNode error;
        try {
            error = JSON.readTree(text);
        } catch (Exception e) {
            fail("not a JSON error: " + shown);
            return;
        }
        assertTrue(error != null && error.isObject() && error.size() == 2, shown);
        assertTrue(error.path("error").isTextual() && !error.path("error").asText().isBlank(), shown);
        assertTrue(error.path("hint").isTextual() && !error.path("hint").asText().isBlank(), shown);
        if (status >= 500) {
            assertEquals(503, status, shown);
            assertTrue(error.path("error").asText().startsWith("MNIST is not available"), shown);
        }
    }
}
