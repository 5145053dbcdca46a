package org.neurite.server.browser;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Every page of the site, opened as a visitor opens it and read back: what it loaded, where it links. */
final class SitePages {
    static final Duration LOAD = Duration.ofSeconds(120);
    static final List<String> PAGES = List.of("/", "/playground.html", "/mnist.html", "/lessons/index.html",
            "/lessons/01-linear-regression.html", "/lessons/02-perceptron.html", "/lessons/03-activation-functions.html",
            "/lessons/04-loss.html", "/lessons/05-gradient-descent.html", "/lessons/06-batch-vs-stochastic.html",
            "/lessons/07-backpropagation.html", "/lessons/08-chain-rule.html", "/lessons/09-vanishing-gradients.html",
            "/lessons/10-hidden-features.html", "/lessons/11-mnist.html", "/selfcheck.html");

    /** The page has started its engine and shown its first state (or the loader reported an error). */
    private static final String READY = ""
            + "var h = document.documentElement;"
            + "if (h.dataset.engineError) { return 'engine error: ' + h.dataset.engineError; }"
            + "if (!document.querySelector('script[src$=\"loader.js\"]')) {"
            + "  return document.readyState === 'complete' ? 'ready' : null;"  // a page without the engine
            + "}"
            + "var proof = document.getElementById('proof-status');"
            + "var shown = document.querySelector('main[data-ready=\"true\"]')"
            + "    || document.querySelector('#st-where[data-server-training]')"
            + "    || document.querySelector('#selfcheck-summary[data-done=\"true\"]')"
            + "    || (proof && /epoch|done|seed/i.test(proof.textContent));"
            + "return h.dataset.engineTarget && document.readyState === 'complete' && shown ? 'ready' : null;";

    private SitePages() {
    }

    /** Opens {@code url} in a fresh document and waits until the page is ready; fails on a loader error. */
    static void open(Browser browser, String url) {
        browser.open("about:blank");
        browser.open(url);
        try {
            Object state = new WebDriverWait(browser.driver(), LOAD, Duration.ofMillis(100))
                    .until(d -> js(browser).executeScript(READY));
            if (!"ready".equals(state)) {
                throw new AssertionError(url + ": " + state);
            }
        } catch (TimeoutException e) {
            throw new AssertionError(url + " did not get ready in " + LOAD.toSeconds() + " s; console errors: "
                    + browser.consoleErrors() + "; screenshot: " + browser.screenshot("not-ready-" + System.nanoTime()), e);
        }
    }

    /** The URLs of everything the page has loaded so far (scripts, styles, fonts, wasm, fetches, the worker). */
    @SuppressWarnings("unchecked")
    static List<String> resources(Browser browser) {
        return (List<String>) js(browser).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
    }

    /** The absolute URLs of the page's links and of every element's src/href, as the browser resolved them. */
    @SuppressWarnings("unchecked")
    static List<String> links(Browser browser) {
        return (List<String>) js(browser).executeScript(
                "return Array.from(document.querySelectorAll('a[href], link[href], script[src], img[src]'))"
                        + ".map(function (e) { return e.href || e.src; })"
                        + ".filter(function (u) { return u.indexOf('#') !== 0; });");
    }

    static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }
}
