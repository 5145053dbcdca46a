package org.neurite.server.browser;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Everything selfcheck.html showed after its checks finished, read once per build so several tests can
 * assert on one page visit: the summary, each row's status and detail, and the printed values.
 */
record SelfCheckResults(String engineTarget, int passed, int failed, Map<String, String> statusById,
                        Map<String, String> detailById, Map<String, String> valueById, List<String> consoleErrors) {

    /** Longer than any run here takes (about a second); generous for a loaded machine. */
    private static final Duration CHECKS_TIMEOUT = Duration.ofSeconds(60);

    static SelfCheckResults read(Browser browser, String url, String screenshotName) {
        browser.open(url);
        browser.waitForAttribute("selfcheck-summary", "data-done", "true", CHECKS_TIMEOUT);
        Map<String, String> status = new LinkedHashMap<>();
        Map<String, String> detail = new LinkedHashMap<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#selfcheck-rows tr"))) {
            String id = row.getDomAttribute("id");
            status.put(id, row.getDomAttribute("data-status"));
            detail.put(id, row.findElements(By.tagName("td")).get(2).getText());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (WebElement dd : browser.driver().findElements(By.cssSelector("#selfcheck-values dd"))) {
            values.put(dd.getDomAttribute("id"), dd.getDomProperty("textContent").trim());
        }
        WebElement summary = browser.byId("selfcheck-summary");
        browser.screenshot(screenshotName);
        return new SelfCheckResults(
                browser.driver().findElement(By.tagName("html")).getDomAttribute("data-engine-target"),
                Integer.parseInt(summary.getDomAttribute("data-passed")),
                Integer.parseInt(summary.getDomAttribute("data-failed")),
                status, detail, values, browser.consoleErrors());
    }

    /** The value printed as {@code #value-<check>-<key>}; fails naming it if the page did not print it. */
    String value(String check, String key) {
        String id = "value-" + check + "-" + key;
        String value = valueById.get(id);
        if (value == null) {
            throw new AssertionError("selfcheck.html printed no #" + id + "; it printed " + valueById.keySet());
        }
        return value;
    }

    /** The failed rows with their details, for a failure message that says what went wrong. */
    String failures() {
        StringBuilder text = new StringBuilder();
        statusById.forEach((id, status) -> {
            if (!"pass".equals(status)) {
                text.append('\n').append(id).append(": ").append(detailById.get(id));
            }
        });
        return text.toString();
    }
}
