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
import org.neurite.server.mnist.MnistAvailability;

/**
 * The real server, started on a free loopback port for a whole test class, serving the pages, the TeaVM
 * bundle of the web jar and the WebJars exactly as in production. MNIST is not provisioned: the pages
 * under test do not need it.
 */
public final class LiveSite implements BeforeAllCallback, AfterAllCallback {
    private Javalin app;
    private Path dataDir;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("neurite-browser-test");
        app = App.create(new AppSettings(dataDir,
                MnistAvailability.unavailable("the browser tests do not provision MNIST")));
        app.start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.stop();
        }
        Files.deleteIfExists(dataDir);
    }

    /** The absolute URL of {@code pathAndQuery} (starting with '/') on the running server. */
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + app.port() + pathAndQuery;
    }
}
