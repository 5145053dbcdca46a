package org.neurite.bench;

import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.mnist.MnistAvailability;
import org.neurite.server.mnist.MnistProvisioner;
import org.neurite.engine.train.NamedRecipe;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The engine in Chromium: the real server on a free loopback port, and bench.html run in headless Chromium,
 * which trains the workload in the training worker with the Wasm GC or the JavaScript build and writes the
 * result into the page. Every measurement loads the page afresh (a new worker, a cold engine), as the peers
 * start a fresh page per measurement.
 */
final class BrowserBench implements AutoCloseable {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(10);

    private final Javalin server;
    private final Chromium chromium;
    private boolean closed;

    private BrowserBench(Javalin server, Chromium chromium) {
        this.server = server;
        this.chromium = chromium;
    }

    static BrowserBench start() throws IOException {
        Path mnist = MnistProvisioner.ensure(MnistProvisioner.defaultDir(), System.out);
        Path dataDir = Files.createTempDirectory("neurite-bench-data");
        dataDir.toFile().deleteOnExit();
        Javalin server = App.create(new AppSettings(dataDir, MnistAvailability.ready(mnist)));
        server.start("127.0.0.1", 0);
        try {
            return new BrowserBench(server, Chromium.start());
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    String version() {
        return chromium.version();
    }

    /**
     * Trains a Studio preset to the end as a user would: opens the Studio with the preset chosen, waits for the
     * data, presses Train and waits for the run to finish. Returns "98.12% in 240 s" or what went wrong.
     */
    String studioPreset(String presetId, Duration timeout) {
        var driver = chromium.driver();
        driver.get("http://127.0.0.1:" + server.port() + "/mnist.html#preset=" + presetId);
        WebElement data = driver.findElement(By.id("st-data"));
        new WebDriverWait(driver, RUN_TIMEOUT, Duration.ofMillis(100))
                .until(d -> "ready".equals(data.getDomAttribute("data-state")));
        WebElement train = driver.findElement(By.id("st-train"));
        new WebDriverWait(driver, RUN_TIMEOUT).until(d -> train.isEnabled());
        long start = System.nanoTime();
        train.click();
        WebElement status = driver.findElement(By.id("st-train-status"));
        try {
            new WebDriverWait(driver, timeout, Duration.ofSeconds(1)).until(d -> {
                String state = status.getDomAttribute("data-state");
                return "done".equals(state) || "error".equals(state) || "diverged".equals(state);
            });
        } catch (TimeoutException e) {
            return "no result within " + timeout.toMinutes() + " min; the page says: " + status.getText();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (!"done".equals(status.getDomAttribute("data-state"))) {
            return "failed: " + status.getText();
        }
        return String.format("%s in %.0f s", driver.findElement(By.id("st-test-accuracy")).getText(), seconds);
    }

    /**
     * One measurement of {@code workload} with {@code target} ("wasm" or "js") on {@code workers} workers (a
     * count, or "default": the page's own choice for this browser).
     */
    Result run(NamedRecipe workload, String target, String workers) {
        return run(workload, target, workers, "");
    }

    /** The same, with the training worker's matrix kernel forced ("scalar", "simd"...; "" for the default). */
    Result run(NamedRecipe workload, String target, String workers, String kernel) {
        var driver = chromium.driver();
        driver.get("http://127.0.0.1:" + server.port() + "/bench.html?target=" + target + "&run=" + workload.name()
                + "&workers=" + workers + (kernel.isEmpty() ? "" : "&kernel=" + kernel));
        WebElement status = driver.findElement(By.id("bench-status"));
        // Training starts once MNIST is downloaded and decoded in the worker: from then, the browser's CPU
        // time is the training's (plus the test-set scoring after it).
        new WebDriverWait(driver, RUN_TIMEOUT, Duration.ofMillis(20)).until(d -> !"loading".equals(state(status)));
        long cpu = CpuClock.childrenNanos();
        long start = System.nanoTime();
        try {
            new WebDriverWait(driver, RUN_TIMEOUT, Duration.ofMillis(50))
                    .until(d -> "done".equals(state(status)) || "error".equals(state(status)));
        } catch (TimeoutException e) {
            return Result.failed("no result within " + RUN_TIMEOUT.toMinutes() + " min; the page says: "
                    + status.getText());
        }
        double cpuPerWall = (double) (CpuClock.childrenNanos() - cpu) / (System.nanoTime() - start);
        if ("error".equals(state(status))) {
            return Result.failed(status.getText());
        }
        WebElement row = driver.findElement(By.id("bench-result-1"));
        if (!target.equals(row.getDomAttribute("data-target"))) {
            return Result.failed("the page ran the " + row.getDomAttribute("data-target") + " build, not " + target);
        }
        String used = row.getDomAttribute("data-workers");
        return Result.of(Double.parseDouble(row.getDomAttribute("data-samples-per-second")),
                Double.parseDouble(row.getDomAttribute("data-test-accuracy")), cpuPerWall,
                used + ("1".equals(used) ? " (worker)" : " (workers)"));
    }

    /** Runs the kernel micro-benchmark page (kernel-bench.html) afresh and returns its report. */
    String kernelReport() {
        var driver = chromium.driver();
        driver.get("http://127.0.0.1:" + server.port() + "/kernel-bench.html");
        WebElement out = driver.findElement(By.id("kernel-bench"));
        new WebDriverWait(driver, RUN_TIMEOUT, Duration.ofMillis(100)).until(d -> !"running".equals(state(out)));
        return out.getText();
    }

    private static String state(WebElement status) {
        return status.getDomAttribute("data-state");
    }

    /** Stops browser and server; safe to call twice (the shutdown hook and the normal end both call it). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            chromium.close();
        } finally {
            server.stop();
        }
    }
}
