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
import org.neurite.server.mnist.MnistProvisioner;

/**
 * The real server on a free loopback port, like {@link LiveSite}, but with MNIST provisioned (fetched once
 * into the cache directory, then verified), because the worker pages train on the real files.
 */
public final class WorkerSite implements BeforeAllCallback, AfterAllCallback {
    private final TrainingLimits training;
    private Javalin app;
    private Path dataDir;

    /** The server as {@code Main} starts it by default: training jobs on. */
    public WorkerSite() {
        this(TrainingLimits.defaults());
    }

    /** The server with these training limits ({@code withEnabled(false)}: as with --no-server-training). */
    public WorkerSite(TrainingLimits training) {
        this.training = training;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("neurite-worker-test");
        MnistAvailability mnist = MnistAvailability.provision(MnistProvisioner.defaultDir(), System.out);
        if (!mnist.isReady()) {
            throw new IllegalStateException("the worker tests train on MNIST, which is not available: "
                    + mnist.problem());
        }
        app = App.create(new AppSettings(dataDir, mnist, training));
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
}
