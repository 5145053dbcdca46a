package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Before Train is pressed, the Studio says how long the run will take, from a warm-up timed in the worker. */
class StudioForecastTest {
    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void theQuickCnnPresetShowsItsExpectedTimeBeforeTrain() {
        StudioUser user = new StudioUser(chromium.browser());
        Browser browser = user.browser();
        user.openAndWaitForData(site.url("/mnist.html#preset=quick-cnn"));
        assertTrue(browser.byId("st-preset-quick-cnn").isSelected(), "the Quick CNN preset from the link");
        browser.waitForTextStartingWith("st-forecast", "Expected: about", Duration.ofSeconds(90));
        String forecast = browser.text("st-forecast");
        System.out.println("Studio, Quick CNN before Train: " + forecast);
        assertTrue(forecast.matches("Expected: about (\\d+ min )?\\d+ s to the end \\(2 epochs at [\\d,]+ digits a"
                + " second, timed by a short warm-up\\)\\."), forecast);
        assertTrue(browser.byId("st-train").isEnabled(), "Train is offered while the forecast shows");
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }
}
