package org.neurite.server.browser;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;

/**
 * The real server, started on a free loopback port for a whole test class, serving the pages, the TeaVM
 * bundle of the web jar and the WebJars exactly as in production. MNIST is not provisioned: the pages
 * under test do not need it.
 */
public final class LiveSite implements BeforeAllCallback, AfterAllCallback {
    private final TrainingLimits training;
    private Javalin app;
    private Path dataDir;

    /** The server as {@code Main} starts it by default: training jobs on. */
    public LiveSite() {
        this(TrainingLimits.defaults());
    }

    /** The server with these training limits ({@code withEnabled(false)}: as with --no-server-training). */
    public LiveSite(TrainingLimits training) {
        this.training = training;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("neurite-browser-test");
        app = App.create(new AppSettings(dataDir,
                MnistAvailability.unavailable("the browser tests do not provision MNIST"), training));
        app.start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.stop();
        }
        BrowserExtension.deleteRecursively(dataDir); // models a test stored on the server live under it
    }

    /** The absolute URL of {@code pathAndQuery} (starting with '/') on the running server. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }
}
