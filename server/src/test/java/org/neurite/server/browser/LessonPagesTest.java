package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** The lesson pages read as a student uses them: numbers shown, widgets edited, exercises passed and failed. */
class LessonPagesTest {
    private static final Duration LOAD = Duration.ofSeconds(30);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static Browser open(String page) {
        Browser browser = chromium.browser();
        browser.open(site.url("/lessons/" + page));
        browser.waitForAttribute("main", "data-ready", "true", LOAD);
        return browser;
    }

    private static void type(Browser browser, String id, String text) {
        WebElement input = browser.byId(id);
        input.clear();
        input.sendKeys(text);
    }

    private static void choose(Browser browser, String id, String value) {
        new Select(browser.byId(id)).selectByValue(value);
    }

    private static double value(Browser browser, String id) {
        String raw = browser.byId(id).getDomAttribute("data-value");
        assertTrue(raw != null, "#" + id + " has no data-value; it shows \"" + browser.text(id) + "\"");
        return Double.parseDouble(raw);
    }

    private static String exerciseState(Browser browser) {
        return browser.byId("exercise-status").getDomAttribute("data-state");
    }

    /** KaTeX rendered every formula: no delimiters or TeX commands left in the text, no KaTeX errors. */
    private static void assertMathRendered(Browser browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        Object katexCount = js.executeScript("return document.querySelectorAll('.katex').length;");
        assertTrue(((Number) katexCount).intValue() > 0, "no KaTeX output on the page");
        Object errors = js.executeScript("return document.querySelectorAll('.katex-error').length;");
        assertEquals(0L, ((Number) errors).longValue(), "KaTeX errors on the page");
        String text = (String) js.executeScript("var clone = document.body.cloneNode(true);"
                + "clone.querySelectorAll('.katex, script, pre').forEach(function (e) { e.remove(); });"
                + "return clone.textContent;");
        for (String raw : new String[] {"\\(", "\\)", "$$", "\\frac", "\\hat", "\\sigma", "\\partial"}) {
            assertTrue(!text.contains(raw), "raw TeX '" + raw + "' left on the page");
        }
    }

    @Test
    void lesson2ShowsTheCourseExampleAndFollowsEdits() {
        Browser browser = open("02-perceptron.html");
        assertEquals("3.2", browser.text("perceptron-sum"));
        assertEquals(3.2, value(browser, "perceptron-sum"), 1e-9);
        assertEquals(0.96, Math.round(value(browser, "perceptron-output") * 100) / 100.0, 0.0);
        assertEquals("waiting", exerciseState(browser));
        assertMathRendered(browser);
        browser.screenshot("lesson-02");

        type(browser, "perceptron-x1", "4");
        // 4 * 0.1 instead of 2 * 0.1: the sum grows by 0.2.
        assertEquals(3.4, value(browser, "perceptron-sum"), 1e-9);
        assertEquals("0.4", browser.text("perceptron-p1"));
        assertEquals("failed", exerciseState(browser), "changing an input is not the task");

        browser.byId("perceptron-reset").click();
        type(browser, "perceptron-w5", "3");
        assertEquals("failed", exerciseState(browser));
        type(browser, "perceptron-w5", "-1");
        assertTrue(value(browser, "perceptron-output") < 0.5);
        assertEquals("passed", exerciseState(browser));

        type(browser, "perceptron-w2", "abc");
        assertTrue(browser.text("perceptron-problem").contains("weight w2"), browser.text("perceptron-problem"));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }
}
