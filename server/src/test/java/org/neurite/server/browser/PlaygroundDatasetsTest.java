package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The new 2D sets train in the Playground and round-trip through the link; the typed boundary is read by the
 * engine's parser; the schedule moves the learning rate shown under the loss plot.
 */
class PlaygroundDatasetsTest {
    private static final Duration TRAINING = Duration.ofSeconds(40);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void eachNewSetTrainsAndItsLinkBringsItBack() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        for (String set : new String[] {"moons", "checkerboard", "rings", "heart"}) {
            page.open("#dataset=" + set + "&seed=3&layers=6,4&learningRate=0.1&optimizer=adam");
            assertEquals(set, page.checkedRadio("pg-dataset"));
            double before = page.testLoss();
            page.play();
            page.waitUntil(set + " trains for 30 epochs", TRAINING, () -> page.epoch() >= 30);
            page.pause();
            assertTrue(page.testLoss() < 0.9 * before, set + ": test loss " + before + " -> " + page.testLoss());
            String link = page.hash();
            assertTrue(link.startsWith("#dataset=" + set + "&"), link);
            page.open(link);
            assertEquals(set, page.checkedRadio("pg-dataset"), set + " comes back from its own link");
        }
    }

    @Test
    void aTypedBoundaryAndFunctionAreReadFromTheLinkAndTheirMistakesExplained() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open("#dataset=boundary&boundary=x2%20%3E%20x1%5E2%20-%203&seed=2");
        assertEquals("boundary", page.checkedRadio("pg-dataset"));
        assertEquals("x2 > x1^2 - 3", page.value("pg-formula"));
        page.type("pg-formula", "x2 > sin(3 * z)");
        page.waitUntil("the parser's message", Duration.ofSeconds(5),
                () -> page.browser().text("pg-formula-error").contains("'z' is not an input"));
        assertTrue(page.hash().contains("boundary=x2+%3E+x1%5E2+-+3"), "the last good formula stays: " + page.hash());

        page.chooseRadio("pg-dataset", "function");
        page.waitUntil("the function set", Duration.ofSeconds(5), () -> page.hash().startsWith("#dataset=function"));
        assertEquals("sin(x1) * cos(x2)", page.value("pg-formula"), "the example until one is typed");
    }

    @Test
    void aStepScheduleLowersTheRateShownUnderThePlot() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open("#dataset=circle&learningRate=0.08&schedule=step&decay=0.1&period=100");
        assertEquals("step", page.selected("pg-schedule"));
        assertEquals("learning rate now 0.0800 (step schedule)", page.browser().text("pg-rate-now"));
        page.play();
        page.waitUntil("a first step down", TRAINING, () -> page.epoch() >= 120);
        page.pause();
        String shown = page.browser().text("pg-rate-now");
        assertTrue(shown.endsWith(" (step schedule)"), shown);
        double rate = Double.parseDouble(shown.substring("learning rate now ".length(), shown.indexOf(" (")));
        int done = page.epoch();
        // epoch e trains at 0.08 / 1.1^floor((e - 1) / 100); the page may show the epoch just ended or the next
        boolean matches = false;
        for (int e = done; e <= done + 1; e++) {
            double expected = 0.08 / Math.pow(1.1, Math.floor((e - 1) / 100.0));
            matches |= Math.abs(rate - expected) <= 0.005 * expected + 5e-7; // shown to 3 digits, 6 decimals
        }
        assertTrue(matches && rate < 0.08, "after " + done + " epochs: " + shown);
    }
}
