package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.jobs.TrainingLimits;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A server started with training off (--no-server-training): the Studio hides its "Train in" switch, even for a
 * link that asks for the server, and keeps the model store, which still works.
 */
class StudioServerOffTest {
    @RegisterExtension
    static final LiveSite site = new LiveSite(TrainingLimits.defaults().withEnabled(false));

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void theSwitchIsHiddenWhenTheServerDoesNotTrain() {
        Browser browser = chromium.browser();
        browser.open(site.url("/mnist.html#preset=mlp&on=server"));
        browser.waitForAttribute("st-where", "data-server-training", "off", Duration.ofSeconds(30));
        assertFalse(browser.byId("st-where").isDisplayed(), "the Train in switch");
        assertTrue(browser.byId("st-on-browser").isSelected(), "runs train in this browser");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> browser.byId("st-open-server").isDisplayed());
        assertTrue(browser.byId("st-save-server").isDisplayed(), "the model store is still offered");
    }
}
