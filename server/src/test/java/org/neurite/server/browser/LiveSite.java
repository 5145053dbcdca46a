package org.neurite.server.browser;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Hosting;
import org.neurite.server.TestApps;
import org.neurite.server.jobs.TrainingLimits;
import org.neurite.server.mnist.MnistAvailability;

/**
 * The real server, started on a free loopback port for a whole test class, serving the pages, the TeaVM
 * bundle of the web jar and the WebJars exactly as in production, with its security headers. MNIST is not
 * provisioned unless asked for: most pages under test do not need it. Every request path it receives is recorded.
 */
public final class LiveSite implements BeforeAllCallback, AfterAllCallback, SiteAddress {
    private final TrainingLimits training;
    private final Hosting hosting;
    private final boolean withMnist;
    private final List<String> requested = new ArrayList<>();
    private Javalin app;
    private Path dataDir;

    /** The server as {@code Main} starts it by default: training jobs on. */
    public LiveSite() {
        this(TrainingLimits.defaults());
    }

    /** The server with these training limits ({@code withEnabled(false)}: as with --no-server-training). */
    public LiveSite(TrainingLimits training) {
        this(training, Hosting.defaults(), false);
    }

    /** The server with this hosting (a base path, frame ancestors...), and the real MNIST files if asked. */
    public LiveSite(TrainingLimits training, Hosting hosting, boolean withMnist) {
        this.training = training;
        this.hosting = hosting;
        this.withMnist = withMnist;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("neurite-browser-test");
        MnistAvailability mnist = withMnist ? MnistAvailability.ready(TestApps.provisionedMnistDir())
                : MnistAvailability.unavailable("the browser tests do not provision MNIST");
        app = App.create(new AppSettings(dataDir, mnist, training, hosting));
        // Jetty's request log sees every request, also those outside the base path that Javalin never gets.
        app.jettyServer().server().setRequestLog((request, response) -> {
            synchronized (requested) {
                requested.add(request.getHttpURI().getPath());
            }
        });
        app.start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.stop();
        }
        BrowserExtension.deleteRecursively(dataDir); // models a test stored on the server live under it
    }

    /** The absolute URL of {@code pathAndQuery} (starting with '/', under the base path) on the running server. */
    @Override
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + hosting.basePath() + pathAndQuery;
    }

    /** The paths of every request the server has received so far (forgotten by {@link #forgetRequests}). */
    public List<String> requestedPaths() {
        synchronized (requested) {
            return List.copyOf(requested);
        }
    }

    public void forgetRequests() {
        synchronized (requested) {
            requested.clear();
        }
    }
}
