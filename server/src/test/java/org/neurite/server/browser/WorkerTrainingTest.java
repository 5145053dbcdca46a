package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongPredicate;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.model.ModelFile;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * MNIST training in the training worker, driven from worker-check.html as a person drives it: start, pause,
 * one batch, resume, a new learning rate, stop, and the model file back. The page records every metrics
 * event and every task over 50 ms on its own thread; during ten seconds of training there must be none.
 */
class WorkerTrainingTest {
    private static final String SPEC = "input 784 | dense 128 relu init=glorot | dense 10 linear | loss softmaxCrossEntropy";
    private static final int BATCH = 64;
    private static final long TRAINING_MS = 10_000;
    /** Downloading 55 MB over loopback and decoding it in the worker; generous for a loaded machine. */
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @ParameterizedTest
    @ValueSource(strings = { "wasm", "js" })
    void trainsInTheWorkerWhileThePageStaysResponsive(String target) throws Exception {
        Browser browser = chromium.browser();
        browser.open(site.url("/worker-check.html?target=" + target));
        browser.waitForAttribute("check-status", "data-state", "ready", READY_TIMEOUT);
        long started = System.currentTimeMillis();
        click("check-start");
        long first = waitForSamples(n -> n > 0, "the first metrics event");

        // pause: the counter stops
        sleepUntil(started + 3_000);
        click("check-pause");
        browser.waitForAttribute("check-state", "data-state", "paused", WAIT);
        long paused = samples();
        Thread.sleep(1_000);
        assertEquals(paused, samples(), "samples seen while paused");

        // one batch: exactly one more batch of samples (a trailing batch of an epoch has 60,000 % 64 = 32)
        click("check-step");
        long stepped = waitForSamples(n -> n > paused, "the step's batch");
        long stepSize = stepped - paused;
        assertTrue(stepSize == BATCH || (stepSize == 60_000 % BATCH && stepped % 60_000 == 0),
                "one step trained " + stepSize + " samples");

        // resume: the counter moves again
        click("check-resume");
        browser.waitForAttribute("check-state", "data-state", "running", WAIT);
        waitForSamples(n -> n > stepped + 10 * BATCH, "training after resume");

        // a new learning rate shows in later events
        WebElement rate = browser.byId("check-lr");
        rate.clear();
        rate.sendKeys("0.05");
        click("check-set-lr");
        waitForText("check-rate-now", "0.05");

        sleepUntil(started + TRAINING_MS);
        click("check-stop");
        browser.waitForAttribute("check-status", "data-state", "stopped", WAIT);
        click("check-get-model");
        new WebDriverWait(browser.driver(), WAIT).until(d -> !"0".equals(browser.byId("check-model")
                .getDomAttribute("data-bytes")));

        List<Event> events = events();
        assertTrue(first > 0 && events.size() > 20, "metrics events received: " + events.size());
        assertEquals("stopped", events.get(events.size() - 1).type(), "the last event");
        checkBatchRate(events);
        checkLearningRates(events);
        checkModelFile(browser);
        checkNoLongTasks(events);
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
        browser.screenshot("worker-check-" + target);
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        browser.screenshotAt("check-state", "worker-check-" + target + "-phone");
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
    }

    /** Time-throttled: at most about 20 batch events a second, in total and in any one-second window. */
    private static void checkBatchRate(List<Event> events) {
        List<Double> batches = new ArrayList<>();
        for (Event e : events) {
            if ("batch".equals(e.type())) {
                batches.add(e.at());
            }
        }
        double span = (batches.get(batches.size() - 1) - batches.get(0)) / 1000;
        assertTrue(batches.size() > 10 && span > 5, batches.size() + " batch events over " + span + " s");
        assertTrue(batches.size() / span <= 21, batches.size() + " batch events in " + span + " s");
        int worst = 0;
        for (int i = 0, j = 0; i < batches.size(); i++) {
            while (batches.get(i) - batches.get(j) >= 1000) {
                j++;
            }
            worst = Math.max(worst, i - j + 1);
        }
        // 20 a second in the worker; delivery to the page may bunch a few together
        assertTrue(worst <= 24, worst + " batch events arrived within one second");
    }

    /** 0.1 until the change, 0.05 after it, never back. */
    private static void checkLearningRates(List<Event> events) {
        boolean changed = false;
        for (Event e : events) {
            if (Double.isNaN(e.learningRate())) {
                continue;
            }
            if (e.learningRate() == 0.05) {
                changed = true;
            } else {
                assertFalse(changed, "learning rate went back to " + e.learningRate());
                assertEquals(0.1, e.learningRate(), 1e-9, "learning rate before the change");
            }
        }
        assertTrue(changed, "no event carried the new learning rate 0.05");
    }

    private static void checkModelFile(Browser browser) {
        int expected = ModelFile.write(Model.create(ModelSpec.parse(SPEC), new Rng(1))).length;
        WebElement model = browser.byId("check-model");
        assertEquals(Integer.toString(expected), model.getDomAttribute("data-bytes"), "model file length");
        assertEquals("NRTM", model.getDomAttribute("data-magic"), "model file magic");
        assertTrue(browser.text("check-model").contains("read it back: 101770 parameters"), browser.text("check-model"));
    }

    /** No task over 50 ms on the page's thread from the start click to the stopped event. */
    private static void checkNoLongTasks(List<Event> events) {
        Map<String, Object> marks = script("var s = document.getElementById('check-status').dataset;"
                + "return {start: s.trainingStart, end: s.trainingEnd};");
        double start = Double.parseDouble((String) marks.get("start"));
        double end = Double.parseDouble((String) marks.get("end"));
        assertTrue(end - start >= TRAINING_MS - 500, "trained for " + (end - start) + " ms");
        List<Map<String, Object>> tasks = script("return Array.from(document.querySelectorAll("
                + "'#check-longtasks li')).map(function (li) { return {start: li.dataset.start,"
                + " duration: li.dataset.duration}; });");
        List<String> during = new ArrayList<>();
        for (Map<String, Object> task : tasks) {
            double at = Double.parseDouble((String) task.get("start"));
            double duration = Double.parseDouble((String) task.get("duration"));
            if (at + duration > start && at < end) {
                during.add(Math.round(duration) + " ms at " + Math.round(at - start) + " ms into training");
            }
        }
        if (!during.isEmpty() && MachineLoad.overloaded()) {
            System.out.println("Worker: long tasks " + during + " not held against the page: the machine is "
                    + "overloaded (" + MachineLoad.describe() + ")");
            return;
        }
        assertEquals(List.of(), during, "tasks over 50 ms on the page thread while training ("
                + events.size() + " events)");
    }

    private record Event(String type, double at, double learningRate) {
    }

    private static List<Event> events() throws Exception {
        List<Map<String, Object>> items = script("return Array.from(document.querySelectorAll('#check-events li'))"
                + ".map(function (li) { return {at: li.dataset.at, json: li.textContent}; });");
        List<Event> events = new ArrayList<>();
        for (Map<String, Object> item : items) {
            JsonNode json = JSON.readTree((String) item.get("json"));
            events.add(new Event(json.get("type").asText(), Double.parseDouble((String) item.get("at")),
                    json.has("learningRate") ? json.get("learningRate").asDouble() : Double.NaN));
        }
        return events;
    }

    private static long samples() {
        return Long.parseLong(chromium.browser().text("check-samples"));
    }

    private static long waitForSamples(LongPredicate condition, String what) {
        try {
            new WebDriverWait(chromium.browser().driver(), WAIT, Duration.ofMillis(100))
                    .until(d -> condition.test(samples()));
        } catch (TimeoutException e) {
            throw new AssertionError("waited for " + what + " but samples seen stayed at " + samples()
                    + "; status: " + chromium.browser().text("check-status"), e);
        }
        return samples();
    }

    private static void waitForText(String id, String expected) {
        try {
            new WebDriverWait(chromium.browser().driver(), WAIT).until(d -> expected.equals(chromium.browser().text(id)));
        } catch (TimeoutException e) {
            throw new AssertionError("#" + id + " reads '" + chromium.browser().text(id) + "', not '" + expected
                    + "'; status: " + chromium.browser().text("check-status"), e);
        }
    }

    private static void click(String id) {
        WebElement button = chromium.browser().byId(id);
        new WebDriverWait(chromium.browser().driver(), WAIT).until(d -> button.isEnabled());
        button.click();
    }

    private static void sleepUntil(long millis) throws InterruptedException {
        long left = millis - System.currentTimeMillis();
        if (left > 0) {
            Thread.sleep(left);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T script(String source) {
        return (T) ((JavascriptExecutor) chromium.browser().driver()).executeScript(source);
    }
}
