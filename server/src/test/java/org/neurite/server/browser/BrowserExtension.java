package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium for a whole test class (starting one takes about 1.5 s, so never per test):
 * <pre>
 *   &#64;RegisterExtension
 *   static final BrowserExtension chromium = new BrowserExtension();
 *   ... chromium.browser().open(url) ...
 * </pre>
 * It drives Debian's {@code chromium} and {@code chromium-driver} at fixed paths, so Selenium Manager never
 * runs and nothing is downloaded. Without them the tests fail and say how to install them.
 */
public final class BrowserExtension implements BeforeAllCallback, AfterAllCallback {
    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final String INSTALL_COMMAND = "sudo apt-get install -y chromium chromium-driver";

    private Path profile;
    private ChromeDriverService service;
    private Browser browser;

    /** The browser of the running test class. */
    public Browser browser() {
        if (browser == null) {
            throw new IllegalStateException("the browser is not started: register BrowserExtension on a static "
                    + "field with @RegisterExtension");
        }
        return browser;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        requireExecutable(CHROMIUM, "Chromium");
        requireExecutable(CHROMEDRIVER, "ChromeDriver");
        profile = Files.createTempDirectory("neurite-chromium-profile");
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        browser = new Browser(new ChromeDriver(service, options(profile)));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (browser != null) {
                browser.quit();
            }
        } finally {
            browser = null;
            if (service != null) {
                service.stop();
            }
            deleteRecursively(profile);
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile,
                "--window-size=1280,900");
        // Keep the page's console, so tests can assert that it logged no errors.
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return options;
    }

    private static void requireExecutable(String path, String what) {
        File file = new File(path);
        if (!file.canExecute()) {
            fail(what + " was not found at " + path + ", and the browser tests need it. Install it with: "
                    + INSTALL_COMMAND);
        }
    }

    /** Best effort: a Chromium child still closing may hold a file a moment longer; it is only a temp dir. */
    /** Deletes {@code dir} and everything in it; what cannot be deleted is left for the system's temp cleaning. */
    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // left for the system's temp cleaning
        }
    }
}
