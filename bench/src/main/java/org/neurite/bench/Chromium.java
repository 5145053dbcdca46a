package org.neurite.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its own ChromeDriver at fixed paths (so Selenium Manager never runs
 * and nothing is downloaded), with the flags the browser tests and the peers' harness use.
 */
final class Chromium implements AutoCloseable {
    static final String BINARY = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
        this.service = service;
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts the browser, or explains what is missing. */
    static Chromium start() throws IOException {
        for (String path : new String[] {BINARY, DRIVER}) {
            if (!new File(path).canExecute()) {
                throw new IllegalStateException(path + " is missing; install it with: "
                        + "sudo apt-get install -y chromium chromium-driver (or run bench/run --only jvm)");
            }
        }
        Path profile = Files.createTempDirectory("neurite-bench-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        return new Chromium(service, new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Chromium's version line, for the report. */
    String version() {
        Object version = driver.getCapabilities().getCapability("browserVersion");
        return "Chromium " + version;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            profile.toFile().deleteOnExit();
        }
    }
}
