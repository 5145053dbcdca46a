package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.TestApps;
import org.neurite.server.site.SiteExport;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The exported static site (what {@code mvn package} writes to target/neurite-site/), served by a plain static file
 * server that is not Neurite's, in a sub-folder as on a university web space: the Playground trains, a lesson runs,
 * the Studio loads MNIST from beside the pages and hides what needs a server.
 */
class StaticSiteTest {
    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static Path root;
    private static StaticFileServer server;
    private static SiteAddress site;

    @BeforeAll
    static void exportAndServe() throws Exception {
        root = Files.createTempDirectory("neurite-static-site");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SiteExport.write(root.resolve("course").resolve("nn"), TestApps.provisionedMnistDir(), List.of(),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(root.resolve("course").resolve("nn.zip")), printed.toString(StandardCharsets.UTF_8));
        server = StaticFileServer.serve(root);
        site = path -> server.url("/course/nn" + path);
        System.out.println("Static site served by " + server.name());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        BrowserExtension.deleteRecursively(root);
    }

    @Test
    void everyPageLoadsAndTheStudioHidesWhatNeedsAServer() {
        Browser browser = chromium.browser();
        for (String page : SitePages.PAGES) {
            SitePages.open(browser, site.url(page));
            assertEquals(List.of(), browser.consoleErrors(), page + " logged errors");
        }
        StudioUser studio = new StudioUser(browser);
        studio.openAndWaitForData(site.url("/mnist.html#preset=mlp&on=server"));
        browser.waitForAttribute("st-where", "data-server-training", "off", Duration.ofSeconds(30));
        assertFalse(browser.byId("st-where").isDisplayed(), "the Train in switch");
        assertTrue(browser.byId("st-on-browser").isSelected(), "runs train in this browser");
        assertFalse(browser.byId("st-open-server").isDisplayed(), "Open from the server");
        assertFalse(browser.byId("st-save-server").isDisplayed(), "Save to the server");
        assertEquals(List.of(), browser.consoleErrors(), "the Studio logged errors");
    }

    @Test
    void thePlaygroundTrains() {
        Browser browser = chromium.browser();
        PlaygroundUser playground = new PlaygroundUser(browser, site);
        playground.open("#dataset=xor&noise=0&layers=4&activations=tanh&optimizer=adam&learningRate=0.03&seed=8");
        playground.play();
        playground.waitUntil("ten epochs", Duration.ofSeconds(60), () -> playground.epoch() >= 10);
        playground.pause();
        assertTrue(playground.testLoss() < 0.7, "the loss fell: " + playground.testLoss());
        assertEquals(List.of(), browser.consoleErrors(), "the Playground logged errors");
    }

    @Test
    void aLessonTypesetsItsMathsAndRunsTheOptimizerRace() {
        Browser browser = chromium.browser();
        SitePages.open(browser, site.url("/lessons/05-gradient-descent.html"));
        Number formulas = (Number) SitePages.js(browser).executeScript(
                "return document.querySelectorAll('.katex').length;");
        assertTrue(formulas.intValue() > 0, "KaTeX typeset the maths");
        SitePages.js(browser).executeScript("document.getElementById('race-play').scrollIntoView({block: 'center'});");
        browser.byId("race-play").click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> Integer.parseInt(browser.text("race-steps")) >= 100);
        assertEquals(List.of(), browser.consoleErrors(), "the lesson logged errors");
    }
}
