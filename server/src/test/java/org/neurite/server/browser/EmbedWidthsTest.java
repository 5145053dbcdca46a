package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/** Every embed fits the narrowest iframe a course page gives it (320 px) and a column of 800 px: nothing sideways. */
class EmbedWidthsTest {
    static final Duration LOAD = Duration.ofSeconds(60);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @ParameterizedTest
    @CsvSource({
        "playground.html?embed#dataset=xor&layers=4&seed=2, embed-playground",
        "mnist.html?embed, embed-studio",
        "lessons/04-loss.html?embed&widget=bce, embed-lesson-04-bce",
        "lessons/05-gradient-descent.html?embed&widget=surface, embed-lesson-05-surface",
        "lessons/07-backpropagation.html?embed&widget=graph, embed-lesson-07-graph",
    })
    void theEmbedFitsA320AndAn800PixelFrame(String path, String name) {
        Browser browser = chromium.browser();
        try {
            for (int width : new int[] {320, 800}) {
                browser.driver().manage().window().setSize(new Dimension(width, 900));
                browser.open("about:blank");
                browser.open(site.url("/" + path));
                browser.waitForAttribute("main", "data-ready", "true", LOAD);
                long inner = number(browser, "return document.documentElement.clientWidth");
                long content = number(browser, "return document.documentElement.scrollWidth");
                assertTrue(content <= inner, path + " at " + width + " px scrolls sideways: content " + content
                        + " px in a " + inner + " px frame");
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
