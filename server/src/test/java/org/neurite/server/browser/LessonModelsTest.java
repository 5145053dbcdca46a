package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lessons 1 to 4 in a real Chromium: the course's numbers, widgets following edits, exercises failed and passed. */
class LessonModelsTest extends LessonTest {
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

    // ---------- lesson 1 ----------

    @Test
    void lesson1FitsTheHousingTableAndTheStackCollapsesUnlessAReluSitsBetween() {
        Browser browser = open(PAGES[0]);
        double start = value(browser, "housing-loss");
        click(browser, "housing-run");
        waitUntil(browser, "100 gradient-descent steps", () -> "100".equals(browser.text("housing-steps")));
        assertTrue(value(browser, "housing-loss") < start / 1000,
                "loss " + start + " -> " + value(browser, "housing-loss"));
        assertEquals(180, value(browser, "housing-prediction-1"), 1.0, "the first flat sold for 180");

        assertEquals(value(browser, "stack-output"), value(browser, "stack-collapsed"), 1e-4);
        assertExercise(browser, "waiting");
        type(browser, "stack-x2", "0");
        assertExercise(browser, "failed");
        choose(browser, "stack-activation", "relu");
        type(browser, "stack-x1", "1");
        type(browser, "stack-x2", "0");
        type(browser, "stack-x3", "0");
        assertEquals("true", browser.byId("stack-verdict").getDomAttribute("data-same"), "both hidden values >= 0");
        assertExercise(browser, "failed");
        type(browser, "stack-x1", "-1");
        assertEquals("false", browser.byId("stack-verdict").getDomAttribute("data-same"));
        assertExercise(browser, "passed");
        assertNoConsoleErrors(browser);
    }
    // ---------- lesson 2 ----------

    @Test
    void lesson2ShowsTheCourseExampleAndFollowsEdits() {
        Browser browser = open(PAGES[1]);
        assertEquals("3.2", browser.text("perceptron-sum"));
        assertEquals(3.2, value(browser, "perceptron-sum"), 1e-9);
        assertEquals(0.96, Math.round(value(browser, "perceptron-output") * 100) / 100.0, 0.0);
        String outputLine = browser.text("perceptron-output-line");
        assertTrue(outputLine.startsWith("σ(3.2) = 0.96"), outputLine);
        assertExercise(browser, "waiting");

        type(browser, "perceptron-x1", "4");
        // 4 * 0.1 instead of 2 * 0.1: the sum grows by 0.2.
        assertEquals(3.4, value(browser, "perceptron-sum"), 1e-9);
        assertEquals("0.4", browser.text("perceptron-p1"));
        assertExercise(browser, "failed");

        click(browser, "perceptron-reset");
        type(browser, "perceptron-w5", "3");
        assertExercise(browser, "failed");
        type(browser, "perceptron-w5", "-1");
        assertTrue(value(browser, "perceptron-output") < 0.5);
        assertExercise(browser, "passed");

        type(browser, "perceptron-w2", "abc");
        assertTrue(browser.text("perceptron-problem").contains("weight w2"), browser.text("perceptron-problem"));
        assertNoConsoleErrors(browser);
    }
    // ---------- lesson 3 ----------

    @Test
    void lesson3ShowsFlatSigmoidsAndALineThatCannotSeparateACircle() {
        Browser browser = open(PAGES[2]);
        slide(browser, "act-x", "0");
        assertEquals(0.5, value(browser, "act-value"), 1e-6);
        assertEquals(0.25, value(browser, "act-derivative"), 1e-6);
        assertExercise(browser, "failed");
        slide(browser, "act-x", "6");
        assertTrue(value(browser, "act-derivative") < 0.01);
        assertExercise(browser, "passed");
        choose(browser, "act-function", "relu");
        slide(browser, "act-x", "-2");
        assertEquals(0, value(browser, "act-derivative"), 0.0);

        click(browser, "sep-train");
        waitUntil(browser, "40 epochs of training", () -> browser.text("sep-epoch").startsWith("40 "));
        assertTrue(value(browser, "sep-linear-accuracy") < 0.75,
                "a straight line: " + browser.text("sep-linear-accuracy"));
        assertTrue(value(browser, "sep-hidden-accuracy") > 0.95, "four ReLUs: " + browser.text("sep-hidden-accuracy"));
        assertNoConsoleErrors(browser);
    }
    // ---------- lesson 4 ----------

    @Test
    void lesson4ShowsTheFlightDelayCrossEntropyWorkedByHand() {
        Browser browser = open(PAGES[3]);
        // Delayed flights (y = 1) cost -log p, the on-time one (y = 0) costs -log(1 - p).
        double byHand = -(Math.log(0.05) + Math.log(1 - 0.02) + Math.log(0.96) + Math.log(0.35)) / 4;
        assertEquals(byHand, value(browser, "bce-total"), 1e-9);
        assertEquals(1.0266, Double.parseDouble(browser.text("bce-total")), 1e-9);
        assertEquals(-Math.log(0.05), value(browser, "bce-t1"), 1e-9);
        double mse = (Math.pow(0.9 - 0.93, 2) + Math.pow(0.7 - 0.68, 2) + Math.pow(0.8 - 0.95, 2)
                + Math.pow(0.8 - 0.75, 2)) / 4;
        assertEquals(mse, value(browser, "mse-mean"), 1e-6);
        assertEquals(mse / 2, value(browser, "mse-half"), 1e-6);

        type(browser, "bce-p1", "0.95");
        assertExercise(browser, "failed");
        assertTrue(value(browser, "bce-total") > 0.1, "the last flight still costs -log 0.35");
        type(browser, "bce-p4", "1");
        assertExercise(browser, "failed");
        type(browser, "bce-p4", "0.95");
        assertTrue(value(browser, "bce-total") < 0.1);
        assertExercise(browser, "passed");
        assertNoConsoleErrors(browser);
    }
}
