package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neurite.engine.train.TrainingRun;
import org.neurite.web.xor.XorProblem;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The landing page's live proof, read as a visitor reads it: the network learns XOR in their browser. */
class LandingPageTest {
    /** Training takes about a second (200 epochs, a few per animation frame); generous for a loaded machine. */
    private static final Duration TRAINING_TIMEOUT = Duration.ofSeconds(60);
    private static final String DONE = "done — the engine works in your browser";

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @ParameterizedTest
    @ValueSource(strings = { "wasm", "js" })
    void theNetworkLearnsXorInThePage(String target) {
        Browser browser = chromium.browser();
        browser.open(site.url("/?target=" + target));
        browser.waitForTextStartingWith("proof-status", DONE, TRAINING_TIMEOUT);

        String buildName = "wasm".equals(target) ? "Wasm GC" : "JavaScript";
        assertEquals(DONE + " (" + buildName + ")", browser.text("proof-status"));
        assertEquals(buildName, browser.text("proof-target"));
        assertEquals(Integer.toString(XorProblem.EPOCHS), browser.text("proof-epoch"), "epochs trained");
        assertTrue(Double.parseDouble(browser.text("proof-loss")) < XorProblem.SOLVED_LOSS,
                "final loss " + browser.text("proof-loss"));
        assertPredictionsSolveXor(browser);
        browser.screenshotAt("proof-status", "landing-" + target);
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    void restartTrainsAFreshNetworkFromTheNextSeed() {
        Browser browser = chromium.browser();
        browser.open(site.url("/?target=wasm"));
        browser.waitForTextStartingWith("proof-status", DONE, TRAINING_TIMEOUT);
        int firstSeed = Integer.parseInt(browser.byId("proof-status").getDomAttribute("data-seed"));

        browser.byId("proof-restart").click();
        browser.waitForAttribute("proof-status", "data-seed", Integer.toString(firstSeed + 1), TRAINING_TIMEOUT);
        browser.waitForTextStartingWith("proof-status", DONE, TRAINING_TIMEOUT);

        assertPredictionsSolveXor(browser);
        browser.screenshotAt("proof-status", "landing-restarted");
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    /**
     * About 3% of seeds leave this small network in XOR's local minimum. The page must say so and train the
     * next seed rather than claim success. The Wasm GC build trains exactly as the JVM does, so the JVM
     * finds such a seed for it.
     */
    @Test
    void aSeedStuckInALocalMinimumIsExplainedAndTheNextSeedTrained() {
        int stuck = firstSeedStuckOnTheJvm();
        Browser browser = chromium.browser();
        browser.open(site.url("/?target=wasm#seed=" + stuck));
        browser.waitForTextStartingWith("proof-status", "seed " + stuck + " ended in a local minimum",
                TRAINING_TIMEOUT);
        browser.waitForTextStartingWith("proof-status", DONE, TRAINING_TIMEOUT);

        assertTrue(Integer.parseInt(browser.byId("proof-status").getDomAttribute("data-seed")) > stuck,
                "the run that finished should use a later seed than " + stuck);
        assertPredictionsSolveXor(browser);
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    private static int firstSeedStuckOnTheJvm() {
        for (int seed = 1; seed <= 1000; seed++) {
            TrainingRun run = XorProblem.newRun(seed);
            while (run.step()) {
                // train to the end
            }
            if (!XorProblem.isSolved(run.model())) {
                return seed;
            }
        }
        throw new AssertionError("no seed up to 1000 gets stuck; this test needs one");
    }

    /** Each of the four rows: its target is x1 XOR x2 and the prediction is clearly on that side of 0.5. */
    private static void assertPredictionsSolveXor(Browser browser) {
        List<WebElement> rows = browser.byId("proof-predictions").findElements(By.cssSelector("tbody tr"));
        assertEquals(4, rows.size(), "prediction rows");
        for (WebElement row : rows) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            int x1 = Integer.parseInt(cells.get(0).getText());
            int x2 = Integer.parseInt(cells.get(1).getText());
            int target = Integer.parseInt(cells.get(2).getText());
            String shown = cells.get(3).getText();
            assertTrue(shown.matches("\\d\\.\\d{3}"), "prediction '" + shown + "' should have 3 decimals");
            double prediction = Double.parseDouble(shown);
            String where = "row x1=" + x1 + " x2=" + x2 + ": prediction " + shown;
            assertEquals(x1 ^ x2, target, where + " has the wrong target");
            if (target == 0) {
                assertTrue(prediction < 0.2, where + " should be below 0.2");
            } else {
                assertTrue(prediction > 0.8, where + " should be above 0.8");
            }
        }
    }
}
