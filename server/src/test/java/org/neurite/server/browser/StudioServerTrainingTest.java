package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The MNIST Studio with "Train in: the server", in real Chromium against the real server: the switch is chosen
 * with the keyboard, one MLP epoch trains as a server job, the same plots, read-outs and confusion matrix fill
 * from its event stream and its downloaded model, the draw pad reads a drawn "1" with that model; then the model
 * is saved to the server's store and opened from it in a fresh page.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StudioServerTrainingTest {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(180);

    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    private static StudioUser user;
    private static String trainedAccuracy;

    @BeforeAll
    static void openTheStudio() {
        user = new StudioUser(chromium.browser());
        user.openAndWaitForData(site.url("/mnist.html#preset=mlp&epochs=1"));
    }

    @Test
    @Order(1)
    void trainsOneMlpEpochOnTheServerAndFillsTheSameFigures() {
        Browser browser = chromium.browser();
        browser.waitForAttribute("st-where", "data-server-training", "on", Duration.ofSeconds(30));
        assertTrue(browser.byId("st-where").isDisplayed(), "the switch, once the server said it trains");
        assertTrue(browser.byId("st-on-browser").isSelected(), "this browser is the default");
        user.script("arguments[0].scrollIntoView({block: 'center'});", browser.byId("st-on-browser"));
        browser.byId("st-on-browser").sendKeys(Keys.ARROW_RIGHT); // radio buttons move with the arrow keys
        assertTrue(browser.byId("st-on-server").isSelected(), "the server, chosen with the keyboard");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(d -> currentUrl(browser).endsWith("&on=server"));

        user.click("st-train");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(50)).until(d ->
                browser.text("st-train-status").contains("on the server (job ") || ended(browser));
        String status = browser.text("st-train-status");
        assertTrue(status.matches("(Training MLP|Waiting for a free training slot|Epoch 1 of 1|MLP trained) on the "
                + "server \\(job [0-9a-zA-Z_-]{4}…\\).*"), status);
        if (!ended(browser)) {
            assertFalse(browser.byId("st-pause").isEnabled(), "a job on the server cannot pause");
            assertTrue(browser.byId("st-stop").isEnabled(), "Stop ends the job");
            assertFalse(browser.byId("st-on-browser").isEnabled(), "no change of place during a run");
        }
        new WebDriverWait(browser.driver(), RUN_TIMEOUT, Duration.ofMillis(50))
                .until(d -> user.firstSeriesPoints("st-chart-loss") >= 3 || ended(browser));
        // for the pictures, halfway through the epoch (or the end, on a machine that trains faster than we look)
        new WebDriverWait(browser.driver(), RUN_TIMEOUT, Duration.ofMillis(50))
                .until(d -> progress(browser) >= 50 || ended(browser));
        screenshots(browser);

        user.waitForTrainingState("done", RUN_TIMEOUT);
        trainedAccuracy = browser.text("st-test-accuracy");
        status = browser.text("st-train-status");
        System.out.println("Studio on the server: " + status + " (" + browser.text("st-speed") + " samples/s)");
        assertTrue(status.startsWith("MLP trained on the server (job ") && status.contains(": test accuracy "
                + trainedAccuracy + " after 1 epoch."), status);
        assertTrue(user.percent("st-test-accuracy") >= 0.90, "test accuracy after one epoch: " + trainedAccuracy);
        assertTrue(user.firstSeriesPoints("st-chart-loss") >= 5, "loss points: " + user.chartPoints("st-chart-loss"));
        assertTrue(user.firstSeriesPoints("st-chart-speed") >= 5, "speed: " + user.chartPoints("st-chart-speed"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "1,1".equals(user.chartPoints("st-chart-accuracy")));
        assertEquals("MLP: epoch 1 of 1 done", browser.text("st-epoch-label"));

        // the job's model, scored by the worker, fills the confusion matrix and the mistakes
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
                .until(d -> "10000".equals(browser.byId("st-confusion").getDomAttribute("data-total")));
        assertEquals(10_000, user.confusionSum());
        assertTrue(Integer.parseInt(browser.byId("st-mistakes").getDomAttribute("data-count")) > 0);
        assertEquals("128", browser.byId("st-weights").getDomAttribute("data-count"), "first-layer pictures");
        assertTrue(browser.byId("st-on-server").isEnabled(), "the switch is free again");
        assertTrue(browser.byId("st-train").isEnabled(), "Train is free again");
    }

    @Test
    @Order(2)
    void theDrawPadReadsADigitWithTheJobsModel() {
        Browser browser = chromium.browser();
        user.drawOne();
        assertEquals(1, user.guessAfterDrawing(), "the drawn 1; the page says: " + browser.text("st-pad-guess"));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    @Order(3)
    void savesToTheServerAndOpensItInAFreshPage() {
        Browser browser = chromium.browser();
        user.click("st-save-server");
        String saved = user.waitForFilesStatus("ok", "Saved “MLP” to the server");
        assertTrue(saved.contains("test accuracy " + trainedAccuracy) && saved.contains("“Open from the server”"),
                saved);

        user.openAndWaitForData(site.url("/mnist.html"));
        assertEquals("–", browser.text("st-test-accuracy"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> browser.byId("st-open-server").isDisplayed());
        user.click("st-open-server");
        // the model just saved, newest first, and the one the server kept of the job of the first test
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                .until(d -> "2".equals(browser.byId("st-server-models").getDomAttribute("data-count")));
        List<WebElement> entries = browser.byId("st-server-models").findElements(By.cssSelector("li"));
        assertTrue(entries.get(1).getText().contains("(job ") && entries.get(1).getText().contains("epoch 1 of 1"),
                "the job's model, kept in the store: " + entries.get(1).getText());
        WebElement entry = entries.get(0);
        String listed = entry.getText();
        assertTrue(listed.contains("MLP") && listed.contains("101,770 parameters")
                && listed.contains("test accuracy " + trainedAccuracy), listed);
        browser.screenshotAt("st-server-dialog", "studio-server-models");
        user.click(entry.findElement(By.cssSelector("button")));

        String status = user.waitForFilesStatus("ok", "test accuracy");
        assertTrue(status.startsWith("Model loaded: test accuracy " + trainedAccuracy), status);
        assertEquals(trainedAccuracy, browser.text("st-test-accuracy"), "the stored model, scored in this page");
        assertFalse(browser.byId("st-server-dialog").isDisplayed(), "the dialog closed");
        user.drawOne();
        assertEquals(1, user.guessAfterDrawing(), "the model opened from the server reads the drawn 1");
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }

    @Test
    @Order(4)
    void stopEndsTheJobOnTheServerAndKeepsItsModel() {
        Browser browser = chromium.browser();
        user.openAndWaitForData(site.url("/mnist.html#preset=mlp&epochs=3&on=server"));
        browser.waitForAttribute("st-where", "data-server-training", "on", Duration.ofSeconds(30));
        assertTrue(browser.byId("st-on-server").isSelected(), "the server, from the link");
        user.click("st-train");
        new WebDriverWait(browser.driver(), RUN_TIMEOUT, Duration.ofMillis(50))
                .until(d -> user.firstSeriesPoints("st-chart-loss") >= 2);
        user.click("st-stop");
        user.waitForTrainingState("stopped", Duration.ofSeconds(60));
        String status = browser.text("st-train-status");
        assertTrue(status.endsWith("The model so far is on the draw pad."), status);
        String jobs = (String) user.script("var x = new XMLHttpRequest(); x.open('GET', '/api/jobs', false);"
                + " x.send(); return x.responseText;");
        assertTrue(jobs.contains("\"state\":\"stopped\""), "the job on the server: " + jobs);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> browser.byId("st-train").isEnabled());
        assertFalse(browser.byId("st-stop").isEnabled(), "Stop after the job ended");
    }

    private static double progress(Browser browser) {
        String value = browser.byId("st-epoch-progress").getDomProperty("value");
        return value == null ? 0 : Double.parseDouble(value);
    }

    /** The Studio training on the server, on a desktop and on a phone, into target/screenshots. */
    private static void screenshots(Browser browser) {
        user.script("document.getElementById('st-train-status').scrollIntoView({block: 'center'});");
        browser.screenshot("studio-server-training");
        browser.driver().manage().window().setSize(new Dimension(360, 800));
        try {
            user.script("document.getElementById('st-train-status').scrollIntoView({block: 'center'});");
            browser.screenshot("studio-server-phone");
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private static boolean ended(Browser browser) {
        String state = browser.byId("st-train-status").getDomAttribute("data-state");
        return "done".equals(state) || "error".equals(state) || "stopped".equals(state) || "diverged".equals(state);
    }

    private static String currentUrl(Browser browser) {
        return browser.driver().getCurrentUrl();
    }
}
