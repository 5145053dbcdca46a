package org.neurite.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.neurite.server.Http;

/** The central mapping, on a tiny app with routes that fail in each of the ways handlers can. */
class ErrorMappingTest {

    record Point(double x, double y) {
    }

    private static Javalin app() {
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.post("/api/points", ctx -> ctx.json(ctx.bodyAsClass(Point.class)));
            config.routes.get("/api/teapot", ctx -> {
                throw new ApiException(418, "I am a teapot", "Ask a coffee pot.");
            });
            config.routes.get("/api/bug", ctx -> {
                throw new IllegalStateException("secret internal detail");
            });
            config.routes.get("/api/broken-handler", ctx -> {
                throw new UnloadableClassException();
            });
            ErrorMapping.configure(config);
        });
    }

    @Test
    void anApiExceptionBecomesItsStatusAndBody() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> response = Http.get(server, "/api/teapot");
            assertEquals(418, response.statusCode());
            assertEquals("{\"error\":\"I am a teapot\",\"hint\":\"Ask a coffee pot.\"}", Http.text(response),
                    "record keys come out in declaration order");
        });
    }

    @Test
    void malformedJsonIs400NotA500() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> good = post(server, "{\"x\": 1, \"y\": 2}");
            assertEquals(200, good.statusCode(), Http.text(good));

            for (String body : new String[] {"{\"x\": 1,", "not json", "{\"x\": \"one\", \"y\": 2}"}) {
                HttpResponse<byte[]> response = post(server, body);
                assertEquals(400, response.statusCode(), body + " -> " + Http.text(response));
                JsonNode json = Http.json(response);
                assertTrue(json.get("error").asText().startsWith("The request body is not the JSON"), json.toString());
                assertTrue(json.get("hint").asText().contains("field names"), json.toString());
            }
        });
    }

    @Test
    void aWrongMethodIsA405JsonThatSaysWhichAreAllowed() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> response = Http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/api/teapot")).DELETE().build());
            assertEquals(405, response.statusCode());
            assertEquals("GET", Http.header(response, "Allow"));
            JsonNode json = Http.json(response);
            assertEquals("Method DELETE is not allowed on /api/teapot", json.get("error").asText());
            assertEquals("This URL answers GET.", json.get("hint").asText());
        });
    }

    @Test
    void aBugIsA500ThatHidesItsDetails() {
        JavalinTest.test(app(), (server, client) -> {
            HttpResponse<byte[]> response = Http.get(server, "/api/bug");
            assertEquals(500, response.statusCode());
            JsonNode json = Http.json(response);
            assertEquals("Internal error: IllegalStateException", json.get("error").asText());
            assertTrue(!Http.text(response).contains("secret internal detail"));
        });
    }

    /** What a handler meets when its jar was replaced under the server: a class that cannot be loaded. */
    static final class UnloadableClassException extends com.fasterxml.jackson.core.JsonProcessingException {
        UnloadableClassException() {
            super("unloadable");
        }

        @Override
        public String getOriginalMessage() {
            throw new NoClassDefFoundError("org/neurite/server/http/Gone");
        }
    }

    @Test
    @Timeout(60)
    void anErrorHandlerThatFailsStillEndsTheRequest() {
        JavalinTest.test(app(), (server, client) -> {
            // A handler that meets a class it cannot load still ends the request, with a bare 500.
            HttpResponse<byte[]> response = Http.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + server.port() + "/api/broken-handler"))
                    .timeout(java.time.Duration.ofSeconds(20)).build());
            assertEquals(500, response.statusCode());
            assertEquals(418, Http.get(server, "/api/teapot").statusCode(), "the server still serves");
        });
    }

    private static HttpResponse<byte[]> post(Javalin server, String body) {
        return Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/points"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
