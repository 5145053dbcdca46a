package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.Hosting;
import org.neurite.server.jobs.TrainingLimits;

/**
 * The server started with {@code --base-path /nn}, as behind a reverse proxy's {@code location /nn/}: every page
 * works under /nn/, and neither the pages nor their worker ask for anything outside it (read from the pages'
 * resource timing and from every request the server received).
 */
class BasePathTest {
    static final String BASE = "/nn";

    @RegisterExtension
    static final LiveSite site = new LiveSite(TrainingLimits.defaults(), Hosting.defaults().withBasePath(BASE), true);

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void everyPageWorksUnderTheBasePathAndAsksForNothingOutsideIt() {
        Browser browser = chromium.browser();
        String root = site.url("/");
        for (String page : SitePages.PAGES) {
            SitePages.open(browser, site.url(page));
            List<String> outside = SitePages.resources(browser).stream().filter(url -> !url.startsWith(root)).toList();
            assertEquals(List.of(), outside, page + " loaded these from outside " + root);
            List<String> links = SitePages.links(browser).stream()
                    .filter(url -> url.startsWith("http://127.0.0.1") && !url.startsWith(root)).toList();
            assertEquals(List.of(), links, page + " links outside " + root);
            assertEquals(List.of(), browser.consoleErrors(), page + " logged errors");
        }

        // The loaders ask for this build's bundle files, which browsers may keep (see BundleCaching).
        List<String> wasm = SitePages.resources(browser).stream().filter(url -> url.contains(".wasm")).toList();
        assertTrue(!wasm.isEmpty() && wasm.stream().allMatch(url -> url.contains(".wasm?v=")), "versioned: " + wasm);

        // The Studio downloads MNIST from /nn/data/mnist/ and starts its training worker from /nn/bundle/.
        StudioUser studio = new StudioUser(browser);
        studio.openAndWaitForData(site.url("/mnist.html"));
        assertTrue(site.requestedPaths().contains(BASE + "/bundle/trainer.wasm"), "the worker loaded its build");
        assertTrue(site.requestedPaths().contains(BASE + "/data/mnist/train-images-idx3-ubyte"), "MNIST came");
        assertEquals("on", browser.byId("st-where").getDomAttribute("data-server-training"),
                "the Studio found the server's API under " + BASE);

        PlaygroundUser playground = new PlaygroundUser(browser, site);
        playground.open("#dataset=xor&noise=0&layers=4&activations=tanh&optimizer=adam&learningRate=0.03&seed=8");
        playground.play();
        playground.waitUntil("three epochs", Duration.ofSeconds(60), () -> playground.epoch() >= 3);
        playground.pause();
        assertEquals(List.of(), browser.consoleErrors(), "the Playground logged errors");

        // Pages name their icon, or the browser would ask for the host's /favicon.ico on its own.
        List<String> outside = site.requestedPaths().stream().filter(path -> !path.startsWith(BASE + "/"))
                .collect(Collectors.toList());
        assertEquals(List.of(), outside, "requests the server received outside " + BASE + "/");
    }
}
