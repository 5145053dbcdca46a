package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neurite.server.Hosting;
import org.neurite.server.jobs.TrainingLimits;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every embed fits the narrowest iframe a course page gives it (320 px; the Studio, whose model table needs a
 * little more, 360 px) and a column of 800 px: nothing scrolls sideways, no site header.
 */
class EmbedWidthsTest {
    static final Duration LOAD = Duration.ofSeconds(60);

    /** With MNIST, so the Studio lays out as a student sees it once the digits are in. */
    @RegisterExtension
    static final LiveSite site = new LiveSite(TrainingLimits.defaults(), Hosting.defaults(), true);

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @ParameterizedTest
    @CsvSource({
        "playground.html?embed#dataset=xor&layers=4&seed=2, embed-playground, main, data-ready, true, 320",
        "mnist.html?embed, embed-studio, st-data, data-state, ready, 360",
        "lessons/04-loss.html?embed&widget=bce, embed-lesson-04-bce, main, data-ready, true, 320",
        "lessons/05-gradient-descent.html?embed&widget=surface, embed-lesson-05-surface, main, data-ready, true, 320",
        "lessons/07-backpropagation.html?embed&widget=graph, embed-lesson-07-graph, main, data-ready, true, 320",
    })
    void theEmbedFitsA320AndAn800PixelFrame(String path, String name, String readyId, String readyAttribute,
                                            String readyValue, int narrowest) {
        Browser browser = chromium.browser();
        try {
            for (int width : new int[] {narrowest, 800}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("about:blank");
                browser.open(site.url("/" + path));
                browser.waitForAttribute(readyId, readyAttribute, readyValue, LOAD);
                long inner = number(browser, "return document.documentElement.clientWidth");
                long content = number(browser, "return document.documentElement.scrollWidth");
                assertTrue(content <= inner, path + " at " + width + " px scrolls sideways: content " + content
                        + " px in a " + inner + " px frame; too wide: " + ((JavascriptExecutor) browser.driver())
                        .executeScript("var w = document.documentElement.clientWidth, out = [];"
                                + "document.querySelectorAll('body *').forEach(function (e) {"
                                + "  var r = e.getBoundingClientRect();"
                                + "  if (r.right > w + 0.5 && r.width > 0) { out.push((e.id || e.className || e.tagName)"
                                + "    + ' ' + Math.round(r.right)); } });"
                                + "return out.slice(0, 8).join(', ');"));
                assertTrue(number(browser, "return document.querySelector('.site-header').offsetHeight") == 0,
                        path + " shows the site header");
                browser.screenshot(name + "-" + width);
            }
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static long number(Browser browser, String js) {
        return ((Number) ((JavascriptExecutor) browser.driver()).executeScript(js)).longValue();
    }
}
