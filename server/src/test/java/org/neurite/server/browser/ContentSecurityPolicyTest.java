package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.Hosting;
import org.neurite.server.jobs.TrainingLimits;

/**
 * The pages run with the server's Content-Security-Policy in force and break none of it: Chromium reports every
 * violation in the console, and these tests find none while the Playground trains, a lesson typesets its maths and
 * runs, and the Studio loads MNIST and starts its worker. A control proves a violation would be seen.
 */
class ContentSecurityPolicyTest {
    @RegisterExtension
    static final LiveSite site = new LiveSite(TrainingLimits.defaults(), Hosting.defaults(), true);

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void everyPageLoadsWithoutAViolation() {
        Browser browser = chromium.browser();
        for (String page : SitePages.PAGES) {
            SitePages.open(browser, site.url(page));
            assertPolicyInForce(browser);
            assertEquals(List.of(), browser.consoleErrors(), page + " logged errors (violations are errors)");
        }
    }

    @Test
    void thePlaygroundTrainsOnBothBuilds() {
        Browser browser = chromium.browser();
        for (String target : List.of("wasm", "js")) {
            PlaygroundUser playground = new PlaygroundUser(browser, site);
            playground.open(target, "#dataset=xor&noise=0&layers=4&activations=tanh&optimizer=adam&learningRate=0.03&seed=8");
            playground.play();
            playground.waitUntil("five epochs", Duration.ofSeconds(60), () -> playground.epoch() >= 5);
            playground.pause();
            assertEquals(List.of(), browser.consoleErrors(), "the Playground (" + target + ") logged errors");
        }
    }

    @Test
    void aLessonTypesetsItsMathsAndTheStudioStartsItsWorker() {
        Browser browser = chromium.browser();
        SitePages.open(browser, site.url("/lessons/05-gradient-descent.html"));
        Number formulas = (Number) SitePages.js(browser).executeScript(
                "return document.querySelectorAll('.katex').length;");
        assertTrue(formulas.intValue() > 0, "KaTeX typeset the lesson's maths from its script file");
        assertEquals(List.of(), browser.consoleErrors(), "the lesson logged errors");

        StudioUser studio = new StudioUser(browser);
        studio.openAndWaitForData(site.url("/mnist.html"));
        assertTrue(site.requestedPaths().contains("/bundle/trainer.wasm"), "the worker loaded its build");
        assertEquals(List.of(), browser.consoleErrors(), "the Studio logged errors");
    }

    @Test
    void aViolationWouldBeSeen() {
        Browser browser = chromium.browser();
        SitePages.open(browser, site.url("/playground.html"));
        SitePages.js(browser).executeScript("var s = document.createElement('script');"
                + "s.textContent = 'window.inlineRan = true;'; document.head.appendChild(s);");
        List<String> errors = browser.consoleErrors();
        assertTrue(errors.stream().anyMatch(e -> e.contains("Content Security Policy")), "no violation reported: " + errors);
        assertEquals(null, SitePages.js(browser).executeScript("return window.inlineRan || null;"));
    }

    /** The page's own response carried the policy (read back with fetch, as the browser got it). */
    private static void assertPolicyInForce(Browser browser) {
        Object policy = SitePages.js(browser).executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(location.href).then(function (r) { done(r.headers.get('content-security-policy')); });");
        assertTrue(String.valueOf(policy).startsWith("default-src 'none'"), "policy: " + policy);
    }
}
