package org.neurite.server.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.neurite.server.Http;

/** The job API as a client calls it, over real HTTP. */
final class JobsApi {
    private final Javalin server;

    JobsApi(Javalin server) {
        this.server = server;
    }

    int port() {
        return server.port();
    }

    HttpResponse<byte[]> post(String path, String json) {
        return Http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<byte[]> get(String path) {
        return Http.get(server, path);
    }

    HttpResponse<byte[]> delete(String path) {
        return Http.send(HttpRequest.newBuilder(uri(path)).DELETE().build());
    }

    /** Starts a job and returns its id; fails the test unless the server answers 202. */
    String start(String json) {
        HttpResponse<byte[]> response = post("/api/jobs", json);
        if (response.statusCode() != 202) {
            throw new AssertionError("expected 202, got " + response.statusCode() + ": " + Http.text(response));
        }
        return Http.json(response).get("id").asText();
    }

    JsonNode job(String id) {
        return Http.json(get("/api/jobs/" + id));
    }

    SseStream events(String id) {
        return SseStream.open(server.port(), "/api/jobs/" + id + "/events", null);
    }

    SseStream eventsAfter(String id, long lastEventId) {
        return SseStream.open(server.port(), "/api/jobs/" + id + "/events", lastEventId);
    }

    /** Follows the job's stream to its end: the whole history and every live event. */
    List<SseStream.Event> follow(String id) {
        try (SseStream stream = events(id)) {
            return stream.readToEnd();
        }
    }

    /** A small 2D job: a tiny MLP on 200 samples of {@code dataset}, for {@code epochs} epochs. */
    static String twoDimensionalJob(String dataset, int epochs) {
        return twoDimensionalJob(dataset, epochs, 200);
    }

    /** A tiny MLP on {@code samples} samples of {@code dataset}, for {@code epochs} epochs. */
    static String twoDimensionalJob(String dataset, int epochs, int samples) {
        return "{\"recipe\": \"optimizer=adam&lr=0.01&batch=16&epochs=" + epochs + "&spec=input 2 | dense 8 tanh"
                + " | dense 2 linear | loss softmaxCrossEntropy\", \"dataset\": {\"name\": \"" + dataset + "\","
                + " \"seed\": 3, \"noise\": 0.1, \"samples\": " + samples + "},"
                + " \"name\": \"" + dataset + " x" + epochs + "\"}";
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + server.port() + path);
    }
}
