package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/** /bundle/loader.js: which build it picks, and what a visitor sees when the bundle cannot start. */
class LoaderTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void picksTheWasmGcBuildWhenTheBrowserSupportsIt() {
        Browser browser = chromium.browser();
        browser.open(site.url("/selfcheck.html"));
        browser.waitForAttribute("selfcheck-summary", "data-done", "true", TIMEOUT);
        // Chromium has run WebAssembly GC since version 119, so the feature test must choose it.
        assertEquals("wasm", browser.driver().findElement(By.tagName("html")).getDomAttribute("data-engine-target"));
    }

    @Test
    void aBundleThatCannotLoadIsExplainedInThePage() {
        Browser browser = chromium.browser();
        browser.open(site.url("/selfcheck.html?target=js"));
        browser.waitForAttribute("selfcheck-summary", "data-done", "true", TIMEOUT);

        // A second loader for an entry point that was never built: its script cannot be fetched.
        ((JavascriptExecutor) browser.driver()).executeScript(
                "const s = document.createElement('script');"
                        + "s.src = '/bundle/loader.js'; s.dataset.entry = 'no-such-page';"
                        + "document.body.appendChild(s);");
        browser.waitForTextStartingWith("engine-error", "The Neurite engine could not start", TIMEOUT);

        String message = browser.text("engine-error");
        assertTrue(message.contains("no-such-page.js"), "the message should name the missing file: " + message);
        assertTrue(browser.byId("engine-error").isDisplayed(), "the message should be visible");
        browser.screenshot("loader-error");
    }
}
