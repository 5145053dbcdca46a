package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The lesson pages read as a student uses them, in a real Chromium: the numbers the course gives, widgets
 * that follow edits, every exercise both failed and passed, KaTeX rendered, the pages usable on a phone.
 */
class LessonPagesTest {
    private static final Duration LOAD = Duration.ofSeconds(30);
    private static final Duration TRAINING = Duration.ofSeconds(60);
    static final String[] PAGES = {"01-linear-regression.html", "02-perceptron.html", "03-activation-functions.html",
        "04-loss.html", "05-gradient-descent.html", "06-batch-vs-stochastic.html", "07-backpropagation.html",
        "08-chain-rule.html", "09-vanishing-gradients.html", "10-hidden-features.html", "11-mnist.html"};

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    // ---------- helpers: a student's actions and what they read ----------

    private static Browser open(String page) {
        return open(page, "");
    }

    /** Opens a lesson; {@code query} such as "?target=js" picks the engine build. */
    private static Browser open(String page, String query) {
        Browser browser = chromium.browser();
        browser.open(site.url("/lessons/" + page + query));
        browser.waitForAttribute("main", "data-ready", "true", LOAD);
        return browser;
    }

    /** Brings {@code #id} to the middle of the window, clear of the sticky header, as a student would scroll. */
    private static WebElement reach(Browser browser, String id) {
        WebElement element = browser.byId(id);
        js(browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = reach(browser, id);
        input.clear();
        input.sendKeys(text);
    }

    private static void choose(Browser browser, String id, String value) {
        new Select(reach(browser, id)).selectByValue(value);
    }

    /** Moves a range slider the way a drag does: sets the value and fires the input event. */
    private static void slide(Browser browser, String id, String value) {
        js(browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.byId(id), value);
    }

    private static void click(Browser browser, String id) {
        reach(browser, id).click();
    }

    private static double value(Browser browser, String id) {
        String raw = browser.byId(id).getDomAttribute("data-value");
        assertNotNull(raw, "#" + id + " has no data-value; it shows \"" + browser.text(id) + "\"");
        return Double.parseDouble(raw);
    }

    private static String exerciseState(Browser browser) {
        return browser.byId("exercise-status").getDomAttribute("data-state");
    }

    private static void assertExercise(Browser browser, String state) {
        assertEquals(state, exerciseState(browser), "exercise: " + browser.text("exercise-status"));
    }

    private static void waitForExercise(Browser browser, String state) {
        browser.waitForAttribute("exercise-status", "data-state", state, TRAINING);
    }

    private static void waitUntil(Browser browser, String what, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), TRAINING, Duration.ofMillis(50)).until(d -> condition.getAsBoolean());
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("waited " + TRAINING.toSeconds() + " s for " + what + "; screenshot: "
                    + browser.screenshot("timeout-" + System.currentTimeMillis()), e);
        }
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    private static void assertNoConsoleErrors(Browser browser) {
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    // ---------- lesson 1 ----------

    @Test
    void lesson1FitsTheHousingTableAndTheStackCollapsesUnlessAReluSitsBetween() {
        Browser browser = open(PAGES[0]);
        double start = value(browser, "housing-loss");
        click(browser, "housing-run");
        waitUntil(browser, "100 gradient-descent steps", () -> "100".equals(browser.text("housing-steps")));
        assertTrue(value(browser, "housing-loss") < start / 1000, "loss " + start + " -> " + value(browser, "housing-loss"));
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
        assertTrue(browser.text("perceptron-output-line").startsWith("σ(3.2) = 0.96"), browser.text("perceptron-output-line"));
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
        assertTrue(value(browser, "sep-linear-accuracy") < 0.75, "a straight line: " + browser.text("sep-linear-accuracy"));
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

    // ---------- lesson 7 ----------

    @Test
    void lesson7StepsBackwardToTheCourseGradientsAndChecksTypedExpressions() {
        Browser browser = open(PAGES[6]);
        click(browser, "graph-forward");
        click(browser, "graph-forward");
        assertEquals("backward", browser.byId("graph-status").getDomAttribute("data-phase"));
        assertTrue(browser.text("graph-gate-q").contains("q = -2 + 5 = 3"), browser.text("graph-gate-q"));
        assertTrue(browser.text("graph-gate-f").contains("= -12"), browser.text("graph-gate-f"));
        click(browser, "graph-backward");
        assertEquals("–", browser.text("graph-grad-x"), "x has no gradient before the pass reaches it");
        click(browser, "graph-backward");
        assertEquals("done", browser.byId("graph-status").getDomAttribute("data-phase"));
        assertEquals(-4, value(browser, "graph-grad-x"), 0.0);
        assertEquals(-4, value(browser, "graph-grad-y"), 0.0);
        assertEquals(3, value(browser, "graph-grad-z"), 0.0);
        assertTrue(browser.text("graph-gate-q").contains("-4 × 1 = -4"), browser.text("graph-gate-q"));
        browser.screenshotAt("graph", "lesson-07-graph");

        type(browser, "graph-var-z", "2");
        type(browser, "graph-var-x", "3");
        click(browser, "graph-all");
        assertExercise(browser, "failed");
        type(browser, "graph-var-y", "2");
        assertExercise(browser, "passed");

        type(browser, "graph-expression", "sigmoid(a * b) + a^2 / c");
        click(browser, "graph-build");
        type(browser, "graph-var-a", "1");
        type(browser, "graph-var-b", "2");
        type(browser, "graph-var-c", "4");
        click(browser, "graph-all");
        double s = 1 / (1 + Math.exp(-2));
        assertEquals(s * (1 - s) * 2 + 2 * 1 / 4.0, value(browser, "graph-grad-a"), 1e-12);
        assertEquals(s * (1 - s) * 1, value(browser, "graph-grad-b"), 1e-12);
        assertEquals(-1 / 16.0, value(browser, "graph-grad-c"), 1e-12);
        for (String name : new String[] {"a", "b", "c"}) {
            assertEquals(value(browser, "graph-grad-" + name), value(browser, "graph-numeric-" + name), 1e-8, name);
        }

        type(browser, "graph-expression", "(x + ");
        click(browser, "graph-build");
        assertTrue(browser.text("graph-problem").contains("position"), browser.text("graph-problem"));
        assertNoConsoleErrors(browser);
    }

    // ---------- lesson 8 ----------

    @Test
    void lesson8AnalyticAndNumericDerivativesAgree() {
        Browser browser = open(PAGES[7]);
        assertEquals(value(browser, "nested-analytic"), value(browser, "nested-numeric"), 1e-4);
        assertEquals(8 * Math.pow(1.2, 7), value(browser, "nested-analytic"), 1e-9);
        type(browser, "nested-x", "-0.7");
        assertEquals(value(browser, "nested-analytic"), value(browser, "nested-numeric"), 1e-4);

        for (String activation : new String[] {"tanh", "relu", "sigmoid"}) {
            choose(browser, "chain-activation", activation);
            assertEquals(value(browser, "chain-analytic"), value(browser, "chain-numeric"), 1e-4, activation);
            assertEquals(value(browser, "chain-analytic"), value(browser, "chain-backprop"), 1e-12, activation);
        }
        assertExercise(browser, "failed");
        choose(browser, "chain-activation", "relu");
        assertExercise(browser, "failed");
        type(browser, "chain-w1", "0");
        assertExercise(browser, "failed");
        assertTrue(browser.text("exercise-status").contains("zero weight"), browser.text("exercise-status"));
        type(browser, "chain-w1", "-1");
        assertEquals(0, value(browser, "chain-dydw1"), 0.0);
        assertExercise(browser, "passed");
        assertNoConsoleErrors(browser);
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

    // ---------- lesson 11 ----------

    @Test
    void lesson11CountsParametersWithTheEngine() {
        Browser browser = open(PAGES[10]);
        assertEquals(784 * 128 + 128 + 128 * 10 + 10, value(browser, "budget-count"), 0.0);
        click(browser, "budget-check");
        assertExercise(browser, "failed");
        type(browser, "budget-spec", "input 784 | dense 32 relu | dense 10 linear | loss softmaxCrossEntropy");
        click(browser, "budget-check");
        assertEquals(784 * 32 + 32 + 32 * 10 + 10, value(browser, "budget-count"), 0.0);
        assertExercise(browser, "passed");
        assertTrue(browser.byId("budget-studio").getDomAttribute("href").startsWith("/mnist.html#spec=input%20784"));
        type(browser, "budget-spec", "input 784 | dense 32 wobbly");
        click(browser, "budget-check");
        assertTrue(browser.text("budget-problem").contains("wobbly"), browser.text("budget-problem"));
        assertExercise(browser, "failed");

        click(browser, "check-train");
        browser.driver().navigate().refresh();
        browser.waitForAttribute("main", "data-ready", "true", LOAD);
        assertTrue(browser.byId("check-train").isSelected(), "ticks are remembered");
        assertNoConsoleErrors(browser);
    }

    // ---------- the JavaScript build ----------

    /** Browsers without WebAssembly GC get the JavaScript build: the same widgets, the same numbers. */
    @Test
    void theJavaScriptBuildRunsTheLessonsToo() {
        Browser browser = open(PAGES[1], "?target=js");
        assertEquals("js", js(browser).executeScript("return document.documentElement.dataset.engineTarget;"));
        assertEquals(3.2, value(browser, "perceptron-sum"), 1e-9);

        open(PAGES[6], "?target=js");
        click(browser, "graph-all");
        assertEquals(-4, value(browser, "graph-grad-x"), 0.0);
        assertEquals(3, value(browser, "graph-grad-z"), 0.0);

        open(PAGES[5], "?target=js");
        type(browser, "batch-lr", "0.15");
        click(browser, "batch-run20");
        assertExercise(browser, "passed");
        assertNoConsoleErrors(browser);
    }

    // ---------- every page ----------

    @Test
    void everyLessonRendersItsMathsAndLinksToItsNeighbours() {
        Browser browser = chromium.browser();
        browser.open(site.url("/lessons/index.html"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector(".lesson-index a"));
        assertEquals(PAGES.length, links.size(), "the index lists every lesson");
        for (int i = 0; i < PAGES.length; i++) {
            assertTrue(links.get(i).getDomAttribute("href").equals(PAGES[i]), "lesson " + (i + 1) + " in order");
        }
        for (int i = 0; i < PAGES.length; i++) {
            open(PAGES[i]);
            assertMathRendered(browser);
            String prev = attribute(browser, ".lesson-pager a[rel=prev]", "href");
            String next = attribute(browser, ".lesson-pager a[rel=next]", "href");
            assertEquals(i == 0 ? null : PAGES[i - 1], prev, "previous of lesson " + (i + 1));
            assertEquals(i == PAGES.length - 1 ? null : PAGES[i + 1], next, "next of lesson " + (i + 1));
            assertEquals("waiting", exerciseState(browser), "lesson " + (i + 1) + " starts with its exercise untried");
            assertNoConsoleErrors(browser);
        }
    }

    private static String attribute(Browser browser, String selector, String name) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(selector));
        return found.isEmpty() ? null : found.get(0).getDomAttribute(name);
    }

    /** KaTeX rendered every formula: no delimiters or TeX commands left in the text, no KaTeX errors. */
    private static void assertMathRendered(Browser browser) {
        Object katexCount = js(browser).executeScript("return document.querySelectorAll('.katex').length;");
        assertTrue(((Number) katexCount).intValue() > 0, "no KaTeX output on " + browser.driver().getCurrentUrl());
        Object errors = js(browser).executeScript("return document.querySelectorAll('.katex-error').length;");
        assertEquals(0L, ((Number) errors).longValue(), "KaTeX errors on " + browser.driver().getCurrentUrl());
        String text = (String) js(browser).executeScript("var clone = document.body.cloneNode(true);"
                + "clone.querySelectorAll('.katex, script, pre, code').forEach(function (e) { e.remove(); });"
                + "return clone.textContent;");
        for (String raw : new String[] {"\\(", "\\)", "$$", "\\frac", "\\hat", "\\sigma", "\\partial", "\\begin"}) {
            assertTrue(!text.contains(raw), "raw TeX '" + raw + "' left on " + browser.driver().getCurrentUrl());
        }
    }

    @Test
    void lessonsFitAPhoneScreen() {
        Browser browser = chromium.browser();
        browser.driver().manage().window().setSize(new Dimension(360, 780));
        try {
            for (String page : new String[] {PAGES[1], PAGES[4], PAGES[6], PAGES[9]}) {
                open(page);
                Number overflow = (Number) js(browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertEquals(0, overflow.intValue(), page + " scrolls sideways on a phone");
            }
            open(PAGES[1]);
            browser.screenshotAt("perceptron", "lesson-02-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }
}
