package org.neurite.server.browser;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at the MNIST Studio: opens it, trains, draws on the pad, reads what the page says. */
final class StudioUser {
    /** Downloading 55 MB over loopback and checking it; generous for a loaded machine. */
    static final Duration DATA_TIMEOUT = Duration.ofSeconds(90);

    private final Browser browser;

    StudioUser(Browser browser) {
        this.browser = browser;
    }

    Browser browser() {
        return browser;
    }

    /** Opens {@code url}, records every task over 50 ms from then on, and waits until the data is ready. */
    void openAndWaitForData(String url) {
        browser.open("about:blank"); // a new document even when only the hash differs from the page shown
        browser.open(url);
        watchLongTasks();
        browser.waitForAttribute("st-data", "data-state", "ready", DATA_TIMEOUT);
    }

    /** Starts recording long tasks (over 50 ms) of the page thread into {@code window.longTasks}. */
    void watchLongTasks() {
        script("window.longTasks = []; new PerformanceObserver(function (list) {"
                + "  list.getEntries().forEach(function (e) { window.longTasks.push([e.startTime, e.duration]); });"
                + "}).observe({type: 'longtask', buffered: true}); return null;");
    }

    /** The tasks over 50 ms that overlapped [from, to] (page clock, ms), as "duration at time" lines. */
    List<String> longTasksBetween(double from, double to) {
        List<List<Number>> tasks = script("return window.longTasks;");
        List<String> during = new ArrayList<>();
        for (List<Number> task : tasks) {
            double start = task.get(0).doubleValue();
            double duration = task.get(1).doubleValue();
            if (start + duration > from && start < to) {
                during.add(Math.round(duration) + " ms at " + Math.round(start - from) + " ms");
            }
        }
        return during;
    }

    /** The longest task over 50 ms overlapping [from, to], or 0. */
    double longestTaskBetween(double from, double to) {
        List<List<Number>> tasks = script("return window.longTasks;");
        double longest = 0;
        for (List<Number> task : tasks) {
            double start = task.get(0).doubleValue();
            double duration = task.get(1).doubleValue();
            if (start + duration > from && start < to) {
                longest = Math.max(longest, duration);
            }
        }
        return longest;
    }

    double now() {
        return ((Number) script("return performance.now();")).doubleValue();
    }

    void click(String id) {
        WebElement button = browser.byId(id);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> button.isEnabled());
        click(button);
    }

    /** Clicks {@code element} after scrolling it to the middle of the window (the site header sticks to the top). */
    void click(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Waits for the training status to reach {@code state}; fails with what the page said instead. */
    void waitForTrainingState(String state, Duration timeout) {
        try {
            new WebDriverWait(browser.driver(), timeout, Duration.ofMillis(100)).until(d -> {
                String now = browser.byId("st-train-status").getDomAttribute("data-state");
                if ("error".equals(now) || "diverged".equals(now)) {
                    throw new AssertionError("training ended in " + now + ": " + browser.text("st-train-status"));
                }
                return state.equals(now);
            });
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s for training state " + state
                    + "; the page says: " + browser.text("st-train-status"), e);
        }
    }

    /** A percentage the page shows ("96.12%") as a share (0.9612). */
    double percent(String id) {
        String text = browser.text(id);
        if (!text.endsWith("%")) {
            throw new AssertionError("#" + id + " shows '" + text + "', not a percentage");
        }
        return Double.parseDouble(text.substring(0, text.length() - 1)) / 100;
    }

    /** The sum of the counts in the confusion matrix's cells. */
    long confusionSum() {
        return ((Number) script("var s = 0; document.querySelectorAll('#st-confusion .st-cell').forEach("
                + "function (c) { s += parseInt(c.dataset.count, 10); }); return s;")).longValue();
    }

    /** Draws a stroke through {@code points}, offsets in CSS pixels from the pad's centre. */
    void stroke(int[][] points) {
        WebElement pad = browser.byId("st-pad");
        script("arguments[0].scrollIntoView({block: 'center'});", pad);
        Actions actions = new Actions(browser.driver()).moveToElement(pad, points[0][0], points[0][1]).clickAndHold();
        for (int i = 1; i < points.length; i++) {
            actions.moveToElement(pad, points[i][0], points[i][1]);
        }
        actions.release().perform();
    }

    /**
     * How many points each series of the chart in {@code #id} shows ("12,12"), as the chart writes it when it
     * draws; "" before it has drawn.
     */
    String chartPoints(String id) {
        String points = browser.byId(id).getDomAttribute("data-points");
        return points == null ? "" : points;
    }

    /** The number of points the first series of the chart in {@code #id} shows. */
    int firstSeriesPoints(String id) {
        String points = chartPoints(id);
        return points.isEmpty() ? 0 : Integer.parseInt(points.split(",")[0]);
    }

    /** A vertical line: a "1". */
    void drawOne() {
        int[][] points = new int[13][];
        for (int i = 0; i < points.length; i++) {
            points[i] = new int[] {3 - i / 4, -90 + 15 * i};
        }
        stroke(points);
    }

    /** An upright ellipse: a "0". */
    void drawZero() {
        int[][] points = new int[41][];
        for (int i = 0; i < points.length; i++) {
            double a = 2 * Math.PI * i / 40;
            points[i] = new int[] {(int) Math.round(55 * Math.sin(a)), (int) Math.round(-85 * Math.cos(a))};
        }
        stroke(points);
    }

    /** Presses Escape on the pad: it clears. */
    void clearPadWithEscape() {
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> "".equals(browser.byId("st-pad-guess").getDomAttribute("data-digit")));
    }

    /** Clears the pad with Escape if something is drawn on it. */
    void clearPadWithEscapeIfDrawn() {
        String digit = browser.byId("st-pad-guess").getDomAttribute("data-digit");
        if (digit != null && !digit.isEmpty()) {
            clearPadWithEscape();
        }
    }

    /** The digit the pad's read-out names once it names one. */
    int guessAfterDrawing() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> {
            String digit = browser.byId("st-pad-guess").getDomAttribute("data-digit");
            return digit != null && !digit.isEmpty();
        });
        return Integer.parseInt(browser.byId("st-pad-guess").getDomAttribute("data-digit"));
    }

    /** Picks {@code file} in the model file input, as the file dialog would. */
    void loadModelFile(Path file) {
        browser.byId("st-load").sendKeys(file.toAbsolutePath().toString());
    }

    /** Waits until the save-and-load status has {@code state} and returns its text. */
    String waitForFilesStatus(String state, String containing) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60), Duration.ofMillis(100)).until(d ->
                    state.equals(browser.byId("st-files-status").getDomAttribute("data-state"))
                            && browser.text("st-files-status").contains(containing));
        } catch (TimeoutException e) {
            throw new AssertionError("the save-and-load status never said '" + containing + "'; it says: "
                    + browser.text("st-files-status"), e);
        }
        return browser.text("st-files-status");
    }

    @SuppressWarnings("unchecked")
    <T> T script(String source, Object... args) {
        return (T) ((JavascriptExecutor) browser.driver()).executeScript(source, args);
    }

    Map<String, Object> padTiming() {
        return script("var t = document.getElementById('st-pad-timing').dataset;"
                + "return {ms: t.ms, mean: t.meanMs, count: t.count, convert: t.convertMs};");
    }
}
