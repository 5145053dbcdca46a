package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the lesson tests share: a student's actions (type, choose, slide, click) and what they read (shown
 * values with their full-precision {@code data-value}, the exercise's state). Each test class brings its own
 * server and browser.
 */
abstract class LessonTest {
    static final Duration LOAD = Duration.ofSeconds(30);
    static final Duration TRAINING = Duration.ofSeconds(60);
    static final String[] PAGES = {"01-linear-regression.html", "02-perceptron.html", "03-activation-functions.html",
        "04-loss.html", "05-gradient-descent.html", "06-batch-vs-stochastic.html", "07-backpropagation.html",
        "08-chain-rule.html", "09-vanishing-gradients.html", "10-hidden-features.html", "11-mnist.html"};

    protected abstract LiveSite site();

    protected abstract BrowserExtension chromium();

    protected Browser open(String page) {
        return open(page, "");
    }

    /** Opens a lesson; {@code query} such as "?target=js" picks the engine build. */
    protected Browser open(String page, String query) {
        Browser browser = chromium().browser();
        browser.open(site().url("/lessons/" + page + query));
        browser.waitForAttribute("main", "data-ready", "true", LOAD);
        return browser;
    }

    /** Brings {@code #id} to the middle of the window, clear of the sticky header, as a student would scroll. */
    protected static WebElement reach(Browser browser, String id) {
        WebElement element = browser.byId(id);
        js(browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    protected static void type(Browser browser, String id, String text) {
        WebElement input = reach(browser, id);
        input.clear();
        input.sendKeys(text);
    }

    protected static void choose(Browser browser, String id, String value) {
        new Select(reach(browser, id)).selectByValue(value);
    }

    /** Moves a range slider the way a drag does: sets the value and fires the input event. */
    protected static void slide(Browser browser, String id, String value) {
        js(browser).executeScript("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", browser.byId(id), value);
    }

    protected static void click(Browser browser, String id) {
        reach(browser, id).click();
    }

    protected static double value(Browser browser, String id) {
        String raw = browser.byId(id).getDomAttribute("data-value");
        assertNotNull(raw, "#" + id + " has no data-value; it shows \"" + browser.text(id) + "\"");
        return Double.parseDouble(raw);
    }

    protected static String exerciseState(Browser browser) {
        return browser.byId("exercise-status").getDomAttribute("data-state");
    }

    protected static void assertExercise(Browser browser, String state) {
        assertEquals(state, exerciseState(browser), "exercise: " + browser.text("exercise-status"));
    }

    protected static void waitForExercise(Browser browser, String state) {
        browser.waitForAttribute("exercise-status", "data-state", state, TRAINING);
    }

    protected static void waitUntil(Browser browser, String what, BooleanSupplier condition) {
        try {
            new WebDriverWait(browser.driver(), TRAINING, Duration.ofMillis(50)).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + TRAINING.toSeconds() + " s for " + what + "; screenshot: "
                    + browser.screenshot("timeout-" + System.currentTimeMillis()), e);
        }
    }

    protected static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver();
    }

    protected static void assertNoConsoleErrors(Browser browser) {
        assertEquals(List.of(), browser.consoleErrors(), "the page logged errors");
    }
}
