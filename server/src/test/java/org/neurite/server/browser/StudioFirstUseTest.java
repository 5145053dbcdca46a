package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a person new to the Studio trips over: the header over the draw pad, a progress line that seems to ignore them. */
class StudioFirstUseTest {
    @RegisterExtension
    static final WorkerSite site = new WorkerSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void thePadsTopRowIsThePadsAtAnyScroll() {
        StudioUser user = new StudioUser(chromium.browser());
        user.openAndWaitForData(site.url("/mnist.html#preset=mlp"));
        // Scrolled so that the pad's top edge is the window's: what is under its top row?
        Object hit = user.script("var pad = document.getElementById('st-pad');"
                + "window.scrollTo(0, pad.getBoundingClientRect().top + window.scrollY);"
                + "var box = pad.getBoundingClientRect();"
                + "var under = document.elementFromPoint(box.left + box.width / 2, box.top + 3);"
                + "return under === pad ? 'pad' : under ? under.tagName + '.' + under.className : 'nothing';");
        assertEquals("pad", hit, "the pad's top row is covered");
    }

    @Test
    void theQuickModelsProgressSaysItIsTheQuickModel() {
        StudioUser user = new StudioUser(chromium.browser());
        Browser browser = user.browser();
        user.openAndWaitForData(site.url("/mnist.html#preset=mlp"));
        String epochs = browser.byId("st-epochs").getDomProperty("value");
        assertFalse("1".equals(epochs), "the preset trains more than one epoch");
        user.click("st-quick-train");
        user.waitForTrainingState("done", Duration.ofSeconds(120));
        String label = browser.text("st-epoch-label");
        assertTrue(label.startsWith("Quick model: "), label + " beside an Epochs field of " + epochs);
        browser.screenshotAt("st-epoch-label", "studio-quick-model");
    }
}
