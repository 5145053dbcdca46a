package org.neurite.server.browser;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Playground as its tests read it: open a link, press the buttons, read the numbers on the page. */
final class PlaygroundUser {
    static final Duration LOAD = Duration.ofSeconds(30);

    private final Browser browser;
    private final SiteAddress site;

    PlaygroundUser(Browser browser, SiteAddress site) {
        this.browser = browser;
        this.site = site;
    }

    Browser browser() {
        return browser;
    }

    /** Opens the page fresh (not a same-page hash change) at {@code target} with {@code hash}. */
    void open(String target, String hash) {
        browser.open("about:blank");
        browser.open(site.url("/playground.html?target=" + target + hash));
        browser.waitForAttribute("main", "data-ready", "true", LOAD);
    }

    void open(String hash) {
        open("wasm", hash);
    }

    void play() {
        click("pg-play");
    }

    /** Clicks {@code #id} after bringing it to the middle of the window (the site header is sticky). */
    void click(String id) {
        centre(browser.byId(id)).click();
    }

    /** Scrolls {@code element} to the middle of the window and returns it. */
    WebElement centre(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", element);
        return element;
    }

    boolean isPlaying() {
        return "true".equals(browser.byId("pg-play").getDomAttribute("data-playing"));
    }

    void pause() {
        if (isPlaying()) {
            play();
        }
    }

    int epoch() {
        return Integer.parseInt(browser.text("pg-epoch").replace(",", ""));
    }

    double number(String id) {
        String text = browser.text(id).replace("%", "");
        return text.equals("–") ? Double.NaN : Double.parseDouble(text);
    }

    double testLoss() {
        return number("pg-test-loss");
    }

    /** Test accuracy as a fraction. */
    double testAccuracy() {
        return number("pg-test-accuracy") / 100;
    }

    String status() {
        return browser.text("pg-status");
    }

    /** How many points the page says it shows ("500 points: ..."). */
    int pointCount() {
        String counts = browser.text("pg-counts");
        return Integer.parseInt(counts.substring(0, counts.indexOf(' ')));
    }

    String value(String id) {
        return browser.byId(id).getDomProperty("value");
    }

    String selected(String id) {
        return new Select(browser.byId(id)).getFirstSelectedOption().getDomAttribute("value");
    }

    boolean checked(String id) {
        return browser.byId(id).isSelected();
    }

    String checkedRadio(String name) {
        return (String) js("var r = document.querySelector('input[name=\"' + arguments[0] + '\"]:checked');"
                + " return r ? r.value : '';", name);
    }

    void chooseRadio(String name, String value) {
        WebElement radio = browser.driver().findElement(By.cssSelector("input[name='" + name + "'][value='" + value
                + "']"));
        centre(radio.findElement(By.xpath(".."))).click();
    }

    /** Selects what a field holds, types {@code text} over it and presses Enter, as a person would. */
    void type(String id, String text) {
        typeInto(browser.byId(id), text);
    }

    static void typeInto(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    }

    List<WebElement> nodes(int column) {
        return browser.driver().findElements(By.cssSelector("#pg-net [data-column='" + column + "'] .pg-node"));
    }

    /** The heatmap's pixels as a data URL: equal strings mean an identical picture. */
    String heatmapPicture() {
        return (String) js("return document.getElementById('pg-heatmap').toDataURL();");
    }

    String hash() {
        return (String) js("return location.hash;");
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, args);
    }

    /** Waits until {@code condition} holds; the failure says what was awaited and what the page shows. */
    void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), timeout, Duration.ofMillis(100)).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + "; the page shows epoch "
                    + browser.text("pg-epoch") + ", test loss " + browser.text("pg-test-loss") + ", status '"
                    + status() + "', notices '" + browser.text("pg-notices") + "'; screenshot: "
                    + browser.screenshot("playground-timeout-" + System.currentTimeMillis()), e);
        }
    }

    /** Moves the mouse onto the link between two nodes ("1:0" is layer 1, node 0). */
    void pointAt(String from, String to) {
        double[] xy = midpoint(from, to);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToLocation((int) xy[0], (int) xy[1]).perform();
    }

    void clickAt(String from, String to) {
        double[] xy = midpoint(from, to);
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToLocation((int) xy[0], (int) xy[1]).click().perform();
    }

    /** The viewport point halfway between two nodes' centres, where the link between them passes. */
    private double[] midpoint(String from, String to) {
        @SuppressWarnings("unchecked")
        List<Number> xy = (List<Number>) js(""
                + "function centre(node) { var box = document.querySelector('[data-node=\"' + node + '\"]')"
                + ".getBoundingClientRect(); return [box.left + box.width / 2, box.top + box.height / 2]; }"
                + "var a = centre(arguments[0]), b = centre(arguments[1]);"
                + "return [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];",
                from, to);
        return new double[] {xy.get(0).doubleValue(), xy.get(1).doubleValue()};
    }
}
