package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser's matrix kernels in headless Chromium (WebAssembly SIMD needs a real browser): kernel-check.html
 * runs the SIMD kernel and the scalar 4x4 kernel in a worker against the reference product on
 * odd shapes, k = 0 among them, and every result must be equal bit for bit.
 */
class KernelCheckPageTest {
    /** 15 shapes x 3 transposition variants x 2 kernels. */
    private static final int PRODUCTS = 15 * 3 * 2;

    @RegisterExtension
    static final LiveSite site = new LiveSite();

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @Test
    void theSimdAndScalarKernelsEqualTheReferenceBitForBit() {
        Browser browser = chromium.browser();
        browser.open(site.url("/kernel-check.html"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(90), Duration.ofMillis(100))
                .until(d -> !"running".equals(browser.byId("kernel-check").getDomAttribute("data-state")));
        assertEquals("passed", browser.byId("kernel-check").getDomAttribute("data-state"),
                "kernel-check.html says: " + browser.text("kernel-check"));
        assertEquals("true", browser.byId("kernel-check").getDomAttribute("data-simd"),
                "Chromium runs WebAssembly SIMD, so the SIMD kernel must have started on the engine's memory");
        assertEquals(Integer.toString(PRODUCTS), browser.byId("kernel-check").getDomAttribute("data-compared"));
        assertTrue(browser.text("kernel-check").contains("bit for bit"), browser.text("kernel-check"));
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }
}
