package org.neurite.server.browser;

import io.javalin.Javalin;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Hosting;
import org.neurite.server.Http;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistProvisioner;

/**
 * The real server on a free loopback port, like {@link LiveSite}, but with MNIST provisioned (fetched once
 * into the cache directory, then verified), because the worker pages train on the real files.
 */
public final class WorkerSite implements BeforeAllCallback, AfterAllCallback {
    private final TrainingLimits training;
    private final Hosting hosting;
    private Javalin app;
    private Path dataDir;

    /** The server as {@code Main} starts it by default: training jobs on. */
    public WorkerSite() {
        this(TrainingLimits.defaults());
    }

    /** The server with these training limits ({@code withEnabled(false)}: as with --no-server-training). */
    public WorkerSite(TrainingLimits training) {
        this(training, Hosting.defaults());
    }

    /** The server with these limits and this hosting (e.g. {@code --data-origins} for MNIST from elsewhere). */
    public WorkerSite(TrainingLimits training, Hosting hosting) {
        this.training = training;
        this.hosting = hosting;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("neurite-worker-test");
        MnistAvailability mnist = MnistAvailability.provision(MnistProvisioner.defaultDir(), System.out);
        if (!mnist.isReady()) {
            throw new IllegalStateException("the worker tests train on MNIST, which is not available: "
                    + mnist.problem());
        }
        app = App.create(new AppSettings(dataDir, mnist, training, hosting));
        app.start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.stop();
        }
        BrowserExtension.deleteRecursively(dataDir); // models a test stored on the server live under it
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }

    /** GET on this site; fails the test unless the answer is 200. */
    public HttpResponse<byte[]> get(String path) {
        HttpResponse<byte[]> response = Http.send(HttpRequest.newBuilder(URI.create(url(path))).build());
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode() + ": " + Http.text(response));
        }
        return response;
    }

    /** Posts a training job, waits until it is done and returns its model file. */
    public byte[] trainOnTheServer(String job, Duration timeout) throws InterruptedException {
        HttpResponse<byte[]> posted = Http.send(HttpRequest.newBuilder(URI.create(url("/api/jobs")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(job)).build());
        if (posted.statusCode() != 202) {
            throw new AssertionError("the job was refused: " + posted.statusCode() + " " + Http.text(posted));
        }
        String id = Http.json(posted).get("id").asText();
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode state;
        do {
            Thread.sleep(250);
            state = Http.json(get("/api/jobs/" + id));
        } while (!state.get("state").asText().equals("done") && System.nanoTime() < deadline);
        if (!state.get("state").asText().equals("done")) {
            throw new AssertionError("the job did not finish in " + timeout + ": " + state);
        }
        return get("/api/jobs/" + id + "/model").body();
    }
}
