package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.train.RunState;
import org.neurite.web.playground.Playground;
import org.neurite.web.playground.state.PlaygroundState;
import org.neurite.web.playground.train.Session;

/** The Playground trains in the page as its users expect, and never freezes it. */
class PlaygroundTrainingTest {
    /**
     * XOR, one hidden layer of 4 tanh neurons, Adam at 0.03: the page must reach test loss 0.05 within this
     * many epochs. On the JVM seed 8 gets there after 45 (about half of all seeds end in a local minimum with
     * so few neurons; seed 8 converges with every optimizer, so small float differences between builds do not
     * change the outcome).
     */
    static final int XOR_EPOCHS = 200;
    /**
     * The spiral, 4 hidden ReLU layers of 12, Adam at 0.01, stopped at test loss 0.15: within this many epochs,
     * with at least 90% test accuracy. On the JVM each of seeds 1 to 20 stops within 75 epochs at 91.6% or more
     * (seed 1: 37 epochs, 96%).
     */
    static final int SPIRAL_EPOCHS = 300;
    static final Duration TRAINING = Duration.ofSeconds(90);
    static final String XOR = "#dataset=xor&noise=0&layers=4&activations=tanh&optimizer=adam&learningRate=0.03"
            + "&batchSize=10&targetLoss=0.05&seed=8";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private PlaygroundUser page() {
        return new PlaygroundUser(chromium.browser(), site);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wasm", "js"})
    void xorWithFourTanhNeuronsReachesTestLossBelowFiveHundredths(String target) {
        PlaygroundUser page = page();
        page.open(target, XOR);
        assertEquals(0, page.epoch());
        page.play();
        page.waitUntil("the target test loss", TRAINING, () -> page.status().startsWith("Reached test loss"));

        assertFalse(page.isPlaying(), "training stops at the target");
        assertTrue(page.testLoss() <= 0.05, "test loss " + page.testLoss());
        assertTrue(page.epoch() > 0 && page.epoch() <= XOR_EPOCHS, "reached after " + page.epoch() + " epochs");
        assertTrue(page.status().endsWith("after " + page.epoch() + " epochs."), page.status());
        assertTrue(page.testAccuracy() > 0.95, "test accuracy " + page.testAccuracy());
        System.out.println("Playground XOR (" + target + "): test loss " + page.testLoss() + " after " + page.epoch()
                + " epochs in the page, " + jvmEpochsToTarget(XOR) + " on the JVM");
        page.browser().screenshot("playground-xor-" + target);
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    /** The same setup trained on the JVM with the same code: the epoch at which it reaches its target. */
    static int jvmEpochsToTarget(String hash) {
        Session session = new Playground(PlaygroundState.fromHash(hash).state).session();
        session.play();
        int[] ticks = {0};
        while (session.state() == RunState.RUNNING && session.epochs() < 10 * XOR_EPOCHS) {
            session.trainFor(10, () -> ticks[0]++);
        }
        return session.epochs();
    }

    @Test
    void theSpiralReachesNinetyPercentTestAccuracyWithADeeperNetwork() {
        PlaygroundUser page = page();
        page.open("#dataset=spiral&layers=12,12,12,12&activations=relu&optimizer=adam&learningRate=0.01"
                + "&batchSize=10&targetLoss=0.15&seed=1&showTest=true");
        page.play();
        page.waitUntil("the target test loss", TRAINING, () -> page.status().startsWith("Reached test loss"));

        assertTrue(page.testAccuracy() >= 0.9, "test accuracy " + page.testAccuracy());
        assertTrue(page.epoch() <= SPIRAL_EPOCHS, "stopped after " + page.epoch() + " epochs");
        assertEquals(4, page.browser().driver().findElements(org.openqa.selenium.By.cssSelector(
                "#pg-net .pg-layer-activation")).size(), "four hidden layers drawn");
        org.openqa.selenium.WebDriver.Window window = page.browser().driver().manage().window();
        org.openqa.selenium.Dimension usual = window.getSize();
        try {
            window.setSize(new org.openqa.selenium.Dimension(1280, 1250));
            page.js("window.scrollTo(0, 0);");
            page.browser().screenshot("playground-desktop");
        } finally {
            window.setSize(usual);
        }
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    @Test
    void threeClassesTrainWithSoftmax() {
        PlaygroundUser page = page();
        page.open("#dataset=multiclass&classes=3&layers=4&activations=tanh&learningRate=0.03&batchSize=10"
                + "&targetLoss=0.1&seed=2");
        assertEquals("crossEntropy", page.selected("pg-loss"));
        assertEquals("softmax, cross-entropy",
                page.browser().byId("pg-loss").findElement(org.openqa.selenium.By.cssSelector("option:checked"))
                        .getText());
        assertEquals(3, page.nodes(2).size(), "one output per class");
        page.play();
        page.waitUntil("the target test loss", TRAINING, () -> page.status().startsWith("Reached test loss"));
        assertTrue(page.testAccuracy() >= 0.95, "test accuracy " + page.testAccuracy());
        assertTrue(page.testLoss() <= 0.1, "test loss " + page.testLoss());
        page.browser().screenshot("playground-three-classes");
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    /**
     * The page trains in slices of a few milliseconds per animation frame and draws the costly parts in turns:
     * while a large network trains for five seconds, the page's own work in every frame stays below 50 ms and
     * the browser reports no long task (over 50 ms) on the main thread that began before pause was pressed. A slow frame can also come from outside
     * the page (another process taking the CPU of a shared machine), so a window with one is measured again, up
     * to three times in all; a page that really blocks fails every window. On an overloaded machine (load average
     * above the core count) three failed windows skip the test instead: they measure the machine, not the page.
     */
    @Test
    void trainingABigNetworkNeverBlocksThePageForFiftyMilliseconds() throws InterruptedException {
        PlaygroundUser page = page();
        page.open("#dataset=spiral&features=x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2&layers=16,16,16,16,16,16"
                + "&activations=relu&optimizer=adam&learningRate=0.003&batchSize=10&seed=3");
        page.js("window.longTasks = [];"
                + "new PerformanceObserver(function (list) {"
                // only tasks that began while it trained: pressing pause then draws every view once, at rest
                + "  list.getEntries().forEach(function (e) {"
                + "    if (!(e.startTime >= window.pausedAt)) { window.longTasks.push(Math.round(e.duration)); } });"
                + "}).observe({type: 'longtask'});"
                // The page's own share of each frame: its animation-frame callbacks, timed.
                + "window.frameWork = { max: 0, count: 0, sum: 0 };"
                + "var request = window.requestAnimationFrame.bind(window);"
                + "window.requestAnimationFrame = function (callback) {"
                + "  return request(function (time) {"
                + "    var start = performance.now(); callback(time); var spent = performance.now() - start;"
                + "    var work = window.frameWork; work.max = Math.max(work.max, spent); work.count++; work.sum += spent;"
                + "  });"
                + "};");
        List<String> windows = new java.util.ArrayList<>();
        boolean clear = false;
        for (int attempt = 1; attempt <= 3 && !clear; attempt++) {
            int epochsBefore = page.epoch();
            // Pressed in place: a WebDriver click first scrolls the button into view, and the long task of
            // repainting a scrolled page is not what is measured here.
            page.js("window.longTasks = []; window.frameWork = { max: 0, count: 0, sum: 0 }; window.pausedAt = Infinity;"
                    + "document.getElementById('pg-play').click();");
            Thread.sleep(5000);
            page.js("window.pausedAt = performance.now(); document.getElementById('pg-play').click();");
            Thread.sleep(200); // the observer reports a task after it ended
            Object longTasks = page.js("return window.longTasks;");
            @SuppressWarnings("unchecked")
            Map<String, Object> work = (Map<String, Object>) page.js("return window.frameWork;");
            double frames = ((Number) work.get("count")).doubleValue();
            double longest = ((Number) work.get("max")).doubleValue();
            String line = (page.epoch() - epochsBefore) + " epochs in 5 s; long tasks " + longTasks + "; "
                    + Math.round(frames) + " frames, the page's work per frame: mean "
                    + Math.round(((Number) work.get("sum")).doubleValue() / frames * 10) / 10.0 + " ms, longest "
                    + Math.round(longest * 10) / 10.0 + " ms";
            System.out.println("Playground longtask measurement, window " + attempt + ": " + line);
            windows.add(line);
            assertTrue(page.epoch() > epochsBefore, "it trained");
            clear = ((List<?>) longTasks).isEmpty() && longest < 50;
        }
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        // On a machine already running more than it has cores, the browser waits for the CPU and any task can
        // stretch past 50 ms; such a run says nothing about the page, so it is skipped, not failed.
        Assumptions.assumeTrue(clear || load <= cores, "the machine is overloaded (load " + load + " on " + cores
                + " cores); measured: " + windows);
        assertTrue(clear, "every window had a frame over 50 ms: " + windows);
    }

    @Test
    void absurdSettingsAreRefusedAndADivergedRunIsExplained() {
        PlaygroundUser page = page();
        page.open("#dataset=plane&layers=8,8&activations=relu&learningRate=0.03&seed=1");
        page.type("pg-learningRate", "1e6");
        page.waitUntil("the refusal", Duration.ofSeconds(5),
                () -> !page.browser().text("pg-learningRate-error").isEmpty());
        String refusal = page.browser().text("pg-learningRate-error");
        assertTrue(refusal.startsWith("learning rate 1000000"), refusal);
        assertTrue(refusal.contains("must be a number above 0 and at most 100"), refusal);
        assertEquals("0.03", page.value("pg-learningRate"), "the previous rate stays");
        assertTrue(page.hash().contains("learningRate=0.03"), page.hash());

        page.type("pg-learningRate", "100");
        page.waitUntil("the new rate in the link", Duration.ofSeconds(5),
                () -> page.hash().contains("learningRate=100"));
        assertEquals("", page.browser().text("pg-learningRate-error"));
        page.play();
        page.waitUntil("the divergence message", TRAINING, () -> page.status().startsWith("Training diverged"));
        String status = page.status();
        assertTrue(status.contains("The learning rate 100.0 is too high for this network; try 1.0"), status);
        assertTrue(status.endsWith("Press reset to start again."), status);
        assertFalse(page.isPlaying());
        assertFalse(page.browser().byId("pg-play").isEnabled(), "play waits for a reset");
        page.browser().screenshot("playground-diverged");

        page.click("pg-reset");
        page.waitUntil("the reset", Duration.ofSeconds(5), () -> page.browser().byId("pg-play").isEnabled());
        assertEquals(0, page.epoch());
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }
}
