package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Playground's newer choices: Huber loss picked in the menu trains a regression set, and on a classification
 * set the menu says it is for regression; a learning-rate schedule draws the rate on the loss plot, against its
 * own axis, and only then; the step activation is offered with the reason it does not train.
 */
class PlaygroundChoicesTest {
    private static final Duration TRAINING = Duration.ofSeconds(40);
    private static final Duration SHORT = Duration.ofSeconds(10);

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void huberPickedOnARegressionSetTrainsAndTheScheduleIsDrawnOnThePlot() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open("#dataset=plane&noise=20&layers=4&activations=tanh&learningRate=0.03&seed=4");
        assertEquals(List.of("training loss", "test loss"), legend(page), "no schedule: no rate on the plot");
        Select loss = new Select(page.centre(page.browser().byId("pg-loss")));
        assertEquals(List.of("linear, squared error", "linear, Huber"), shownOptions(page));
        loss.selectByValue("huber");
        page.waitUntil("Huber in the link", SHORT, () -> page.hash().contains("&loss=huber&"));

        new Select(page.centre(page.browser().byId("pg-schedule"))).selectByValue("cosine");
        page.type("pg-period", "100");
        page.waitUntil("a period of 100 in the link", SHORT, () -> page.hash().contains("&period=100"));
        page.waitUntil("the rate on the plot", SHORT, () -> legend(page).contains("learning rate"));
        assertEquals(List.of("training loss", "test loss", "learning rate"), legend(page));
        double before = page.testLoss();
        page.play();
        page.waitUntil("30 epochs of Huber", TRAINING, () -> page.epoch() >= 30);
        page.pause();
        double after = page.testLoss();
        assertTrue(after < 0.5 * before, "Huber test loss " + before + " -> " + after);
        String[] points = page.browser().byId("pg-loss-plot").getDomAttribute("data-points").split(",");
        assertEquals(points[0], points[2], "a rate for every epoch plotted");
        screenshots(page);

        String link = page.hash();
        page.open(link);
        assertEquals("huber", page.selected("pg-loss"), "Huber comes back from the link");
        assertEquals(List.of("training loss", "test loss", "learning rate"), legend(page));

        new Select(page.centre(page.browser().byId("pg-schedule"))).selectByValue("none");
        page.waitUntil("the rate off the plot", SHORT, () -> !legend(page).contains("learning rate"));
        assertEquals(List.of(), page.browser().consoleErrors(), "the page logged errors");
    }

    @Test
    void onAClassificationSetHuberIsOfferedForRegressionOnly() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open("#dataset=circle&loss=huber");
        assertEquals("crossEntropy", page.selected("pg-loss"), "the set trains with cross-entropy");
        WebElement huber = page.browser().byId("pg-loss").findElement(By.cssSelector("option[value='huber']"));
        assertEquals("true", huber.getDomProperty("disabled"));
        assertEquals("Huber (regression sets)", huber.getText());
        String hint = page.browser().byId("pg-loss-hint").getText();
        assertTrue(hint.startsWith("Huber loss is for the regression sets (Plane, Bumps, Your f(x1, x2))"), hint);

        page.chooseRadio("pg-dataset", "multigaussian");
        page.waitUntil("Huber on a regression set", SHORT, () -> "huber".equals(page.selected("pg-loss")));
        assertEquals("", page.browser().byId("pg-loss-hint").getText(), "no hint where Huber applies");
    }

    @Test
    void theStepActivationIsOfferedAndItsZeroDerivativeSaid() {
        PlaygroundUser page = new PlaygroundUser(chromium.browser(), site);
        page.open("#dataset=circle&layers=3&activations=tanh");
        assertEquals("true", page.browser().byId("pg-activation-hint").getDomProperty("hidden"));
        new Select(page.centre(page.browser().byId("pg-activation"))).selectByValue("step");
        page.waitUntil("step in the link", SHORT, () -> page.hash().contains("&activations=step&"));
        assertEquals("step", page.browser().driver().findElement(By.cssSelector("#pg-net .pg-layer-activation"))
                .getDomProperty("value"), "the layer's own menu offers it too");
        String hint = page.browser().byId("pg-activation-hint").getText();
        assertTrue(hint.startsWith("Step's derivative is 0, so gradient descent cannot train through it"), hint);
    }

    /** The page as a desktop shows it whole, and the loss plot on a 390 px phone (for the docs). */
    private static void screenshots(PlaygroundUser page) {
        Browser browser = page.browser();
        Dimension usual = browser.driver().manage().window().getSize();
        try {
            browser.driver().manage().window().setSize(new Dimension(1280, 1500));
            page.js("window.scrollTo(0, 0);");
            browser.screenshot("playground-huber-cosine-desktop");
            browser.driver().manage().window().setSize(new Dimension(390, 844));
            page.centre(browser.byId("pg-loss-plot"));
            browser.screenshot("playground-huber-cosine-phone");
        } finally {
            browser.driver().manage().window().setSize(usual);
        }
    }

    /** The loss plot's legend entries a person sees. */
    @SuppressWarnings("unchecked")
    private static List<String> legend(PlaygroundUser page) {
        return (List<String>) page.js("return Array.from(document.querySelectorAll("
                + "'#pg-loss-plot .u-legend .u-series')).filter(function (row) { return row.offsetParent !== null; })"
                + ".map(function (row) { return row.querySelector('.u-label').textContent.trim(); })"
                + ".filter(function (label) { return label !== 'epoch'; });");
    }

    /** The loss menu's entries a person can see (hidden ones left out). */
    @SuppressWarnings("unchecked")
    private static List<String> shownOptions(PlaygroundUser page) {
        return (List<String>) page.js("return Array.from(document.querySelectorAll('#pg-loss option'))"
                + ".filter(function (o) { return !o.hidden; }).map(function (o) { return o.textContent; });");
    }
}
