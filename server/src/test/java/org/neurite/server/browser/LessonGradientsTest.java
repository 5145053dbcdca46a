package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Lessons 7 and 8 in a real Chromium: backpropagation gate by gate, checked against central differences. */
class LessonGradientsTest extends LessonTest {
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
    @Test
    void lesson7NarratesTheRunningTotalOfEachContribution() {
        Browser browser = open(PAGES[6]);
        build(browser, "x * x");
        type(browser, "graph-var-x", "3");
        click(browser, "graph-all");
        assertEquals(List.of("3", "6"), soFar(browser.text("graph-gates"), "x"));

        build(browser, "x * x * x");
        type(browser, "graph-var-x", "2");
        click(browser, "graph-all");
        // In the order the backward pass runs: the outer gate f first, then the square q.
        assertEquals(List.of("4", "8", "12"),
                soFar(browser.text("graph-gate-f") + " " + browser.text("graph-gate-q"), "x"));
        browser.screenshotAt("graph-gates", "lesson-07-running-totals");
        assertEquals(12, value(browser, "graph-grad-x"), 0.0);
    }

    @Test
    void lesson7KeepsTheNumericalCheckForAfterThePass() {
        Browser browser = open(PAGES[6]);
        assertEquals("–", browser.text("graph-numeric-x"));
        assertNull(browser.byId("graph-numeric-x").getDomAttribute("data-value"), "no check before a pass");
        click(browser, "graph-forward");
        assertEquals("–", browser.text("graph-numeric-x"), "nor halfway through the forward pass");
        click(browser, "graph-all");
        assertEquals(value(browser, "graph-grad-x"), value(browser, "graph-numeric-x"), 1e-8);
    }

    @Test
    void lesson7SaysWhyAValueIsMissing() {
        Browser browser = open(PAGES[6]);
        build(browser, "x / y");
        type(browser, "graph-var-y", "0");
        click(browser, "graph-all");
        String graph = browser.text("graph");
        assertFalse(graph.contains("undefined"), graph);
        assertTrue(browser.text("graph-numeric-x").contains("division by zero"), browser.text("graph-numeric-x"));
        browser.screenshotAt("graph-inputs", "lesson-07-division-by-zero");

        build(browser, "log(x)");
        type(browser, "graph-var-x", "-1");
        click(browser, "graph-all");
        graph = browser.text("graph");
        assertFalse(graph.contains("undefined"), graph);
        assertTrue(browser.text("graph-status").contains("log of a negative number"), browser.text("graph-status"));
        assertTrue(browser.text("graph-numeric-x").contains("log of a negative number"));
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

    private static void build(Browser browser, String expression) {
        type(browser, "graph-expression", expression);
        click(browser, "graph-build");
    }

    /** Every "name has N so far" in the narration, in reading order. */
    private static List<String> soFar(String narration, String name) {
        List<String> totals = new ArrayList<>();
        Matcher found = Pattern.compile(Pattern.quote(name) + " has (\\S+) so far").matcher(narration);
        while (found.find()) {
            totals.add(found.group(1));
        }
        return totals;
    }
}
