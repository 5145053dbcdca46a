package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The lessons as a whole: lesson 11, the index and the prev/next links, KaTeX on every page, the JavaScript
 * build, phones.
 */
class LessonSiteTest extends LessonTest {
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
        assertTrue(browser.byId("budget-studio").getDomAttribute("href")
                .startsWith(site.url("/mnist.html#spec=input%20784")));
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

    /**
     * A wrong input leaves no result beside its message (lessons 4, 9, 2), and no page says "undefined": a
     * total left from the last valid input reads as the answer to the wrong one.
     */
    @Test
    void aWrongInputLeavesNoResultBesideItsMessage() {
        Browser browser = open(PAGES[3]);
        assertTrue(value(browser, "bce-total") > 0);
        type(browser, "bce-p1", "0");
        assertFalse(browser.text("bce").contains("undefined"), browser.text("bce"));
        assertTrue(browser.text("bce-problem").contains("(0, 1)"), browser.text("bce-problem"));
        assertBlank(browser, "bce-total");
        type(browser, "bce-p1", "1.5");
        assertBlank(browser, "bce-total");
        assertBlank(browser, "bce-t1");
        browser.screenshotAt("bce", "lesson-04-no-probability");
        type(browser, "bce-p1", "0.05");
        assertTrue(value(browser, "bce-total") > 0, "a valid prediction brings the total back");

        browser = open(PAGES[8]);
        assertTrue(value(browser, "compound-result") > 0);
        type(browser, "compound-days", "100000");
        String message = browser.text("compound-problem");
        assertTrue(message.contains("repetitions") && !message.contains("days"), message);
        assertBlank(browser, "compound-result");
        browser.screenshotAt("compound", "lesson-09-too-many-repetitions");

        browser = open(PAGES[1]);
        assertEquals(3.2, value(browser, "perceptron-sum"), 1e-12);
        type(browser, "perceptron-bias", "1,5");
        assertTrue(browser.text("perceptron-problem").contains("comma"), browser.text("perceptron-problem"));
        assertBlank(browser, "perceptron-sum");
        assertBlank(browser, "perceptron-output");
        assertEquals("", browser.text("perceptron-sum-line"));
    }

    private static void assertBlank(Browser browser, String id) {
        assertEquals("–", browser.text(id), "#" + id + " beside an error");
        assertNull(browser.byId(id).getDomAttribute("data-value"), "#" + id + " keeps a value beside an error");
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
