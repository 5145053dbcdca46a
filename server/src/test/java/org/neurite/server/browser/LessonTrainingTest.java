package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.openqa.selenium.By;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lessons 5, 6, 9 and 10 in a real Chromium: networks and optimizers training live in the page. */
class LessonTrainingTest extends LessonTest {
    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Override
    protected LiveSite site() {
        return site;
    }

    @Override
    protected BrowserExtension chromium() {
        return chromium;
    }

    // ---------- lesson 5 ----------

    @Test
    void lesson5ChecksTheLearningRateExerciseAndRunsTheRace() {
        Browser browser = open(PAGES[4]);
        type(browser, "curve-lr", "0.01");
        click(browser, "curve-run50");
        assertExercise(browser, "failed");
        type(browser, "curve-lr", "1.05");
        click(browser, "curve-run50");
        assertExercise(browser, "failed");
        type(browser, "curve-lr", "0.3");
        click(browser, "curve-run50");
        assertExercise(browser, "passed");
        assertEquals(2, value(browser, "curve-w"), 0.01);

        double before = value(browser, "race-loss-adam");
        click(browser, "race-play");
        waitUntil(browser, "100 race steps", () -> Integer.parseInt(browser.text("race-steps")) >= 100);
        for (String optimizer : new String[] {"sgd", "momentum", "rmsprop", "adam"}) {
            assertTrue(value(browser, "race-loss-" + optimizer) < before / 10, optimizer + " should be well down");
        }
        browser.screenshotAt("race", "lesson-05-race");
        assertNoConsoleErrors(browser);
    }
    // ---------- lesson 6 ----------

    @Test
    void lesson6HighlightsTheRowsOfEachStepAndChecksTheSharedLearningRate() {
        Browser browser = open(PAGES[5]);
        click(browser, "batch-step");
        assertEquals(8, usedRows(browser, "b"), "batch descent uses every row");
        assertEquals(4, usedRows(browser, "m"), "mini-batches of 4");
        assertEquals(1, usedRows(browser, "s"), "stochastic descent uses one row");

        type(browser, "batch-lr", "0.03");
        click(browser, "batch-run20");
        assertExercise(browser, "failed");
        assertTrue(browser.text("exercise-status").contains("batch"), browser.text("exercise-status"));
        type(browser, "batch-lr", "0.15");
        click(browser, "batch-run20");
        assertExercise(browser, "passed");
        for (String run : new String[] {"b", "m", "s"}) {
            assertEquals(20, Double.parseDouble(browser.text("batch-" + run + "-epochs")), 1e-9);
        }
        assertNoConsoleErrors(browser);
    }

    private static int usedRows(Browser browser, String run) {
        int used = 0;
        for (int r = 1; r <= 8; r++) {
            used += "true".equals(browser.byId("batch-" + run + "-row" + r).getDomAttribute("data-used")) ? 1 : 0;
        }
        return used;
    }
    // ---------- lesson 9 ----------

    @Test
    void lesson9SigmoidStarvesTheFirstLayer() {
        Browser browser = open(PAGES[8]);
        click(browser, "compound-099");
        assertEquals(Math.pow(0.99, 365), value(browser, "compound-result"), 1e-9);
        click(browser, "compound-101");
        assertEquals(Math.pow(1.01, 365), value(browser, "compound-result"), 1e-6);

        click(browser, "deep-train");
        waitUntil(browser, "60 training steps", () -> value(browser, "deep-steps") >= 60);
        click(browser, "deep-train");
        assertTrue(value(browser, "deep-a-first") < value(browser, "deep-b-first"),
                "first layer: sigmoid " + browser.text("deep-a-first") + ", relu " + browser.text("deep-b-first"));
        assertTrue(value(browser, "deep-a-ratio") < 0.01, "sigmoid ratio " + browser.text("deep-a-ratio"));
        assertExercise(browser, "failed");

        choose(browser, "deep-a-activation", "relu");
        choose(browser, "deep-a-init", "he");
        click(browser, "deep-train");
        waitForExercise(browser, "passed");
        click(browser, "deep-train");
        assertNoConsoleErrors(browser);
    }
    // ---------- lesson 10 ----------

    @Test
    void lesson10PassesWithThreeNeuronsAndFailsWithMore() {
        Browser browser = open(PAGES[9]);
        choose(browser, "features-activation", "relu");
        choose(browser, "features-lr", "0.1");
        choose(browser, "features-neurons", "4");
        click(browser, "features-train");
        waitForExercise(browser, "failed");
        assertTrue(browser.text("exercise-status").contains("4 neurons"), browser.text("exercise-status"));
        assertTrue(value(browser, "features-test-loss") < 0.1);

        choose(browser, "features-neurons", "3");
        assertEquals(3, browser.byId("features-grid").findElements(By.tagName("canvas")).size());
        assertTrue(browser.byId("features-playground").getDomAttribute("href").contains("layers=3"));
        click(browser, "features-train");
        waitForExercise(browser, "passed");
        browser.screenshotAt("features", "lesson-10-features");
        assertNoConsoleErrors(browser);
    }
}
