package org.neurite.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/**
 * Requests Jetty refuses before any route runs get the same {error, hint} JSON as every other error, and a
 * known path asked with the wrong method is a 405 naming the allowed ones in {@code Allow}.
 */
class JettyRejectionsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    @Test
    void malformedAndOversizedRequestsAnswerJson() {
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed"), (server, client) -> {
            int port = server.port();
            byte[] badUtf8 = {'/', 'd', 'a', 't', 'a', '/', 'm', 'n', 'i', 's', 't', '/', '%', 'C', '3', '%', '2', '8'};
            rejected(400, "could not be read", RawHttp.send(port, RawHttp.request("GET", badUtf8)));
            rejected(400, "could not be read", RawHttp.send(port, RawHttp.request("GET",
                    "/api/jobs/%00".getBytes(StandardCharsets.US_ASCII))));
            rejected(400, "could not be read", RawHttp.send(port, RawHttp.request("GET",
                    new byte[] {'/', 'a', 'p', 'i', '/', (byte) 0xFF, (byte) 0xFE})));
            String longPath = "/api/jobs/" + "a".repeat(200_000);
            rejected(414, "URL is longer", RawHttp.send(port, RawHttp.request("GET",
                    longPath.getBytes(StandardCharsets.US_ASCII))));
            rejected(431, "headers are larger", RawHttp.send(port, RawHttp.request("GET",
                    "/api/server".getBytes(StandardCharsets.US_ASCII), "X-Big: " + "b".repeat(200_000))));
            assertEquals(200, Http.get(server, "/api/server").statusCode(), "the server keeps serving");
        });
    }

    @Test
    void aWrongMethodOnARouteIs405WithAllow() {
        JavalinTest.test(TestApps.withoutMnist(dataDir, "not needed"), (server, client) -> {
            String[][] cases = {{"PUT", "/api/jobs", "GET, POST"}, {"DELETE", "/api/server", "GET"},
                {"POST", "/data/mnist/t10k-labels-idx1-ubyte", "GET, HEAD"},
                {"PATCH", "/api/models/AAAAAAAAAAAAAAAA", "GET, DELETE"}};
            for (String[] c : cases) {
                HttpResponse<byte[]> response = Http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + server.port() + c[1]))
                        .method(c[0], HttpRequest.BodyPublishers.noBody()).build());
                assertEquals(405, response.statusCode(), c[0] + " " + c[1]);
                assertEquals(c[2], Http.header(response, "Allow"), c[0] + " " + c[1]);
                JsonNode body = Http.json(response);
                assertEquals("Method " + c[0] + " is not allowed on " + c[1], body.get("error").asText());
            }
            assertEquals(404, Http.get(server, "/api/nothing-here").statusCode(), "an unknown path stays 404");
        });
    }

    private static void rejected(int status, String error, RawHttp response) throws Exception {
        assertEquals(status, response.status(), response.body());
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.headers().toString());
        String body = response.body();
        JsonNode json = JSON.readTree(body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1));
        assertEquals(2, json.size(), body);
        assertTrue(json.get("error").asText().contains(error), body);
        assertTrue(!json.get("hint").asText().isBlank(), body);
    }
}
