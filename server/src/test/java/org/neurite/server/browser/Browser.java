package org.neurite.server.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A headless Chromium page as a test reads it: open, wait for what a person would see, look, screenshot. */
public final class Browser {
    /** Where screenshots go, under the module's build directory. */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;

    Browser(ChromeDriver driver) {
        this.driver = driver;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens {@code url}; console messages of earlier pages are dropped so each page is judged alone. */
    public void open(String url) {
        consoleEntries();
        driver.get(url);
    }

    /** The element with {@code id}; fails naming the id and the page if there is none. */
    public WebElement byId(String id) {
        try {
            return driver.findElement(By.id(id));
        } catch (NoSuchElementException e) {
            throw new AssertionError("no element #" + id + " on " + driver.getCurrentUrl(), e);
        }
    }

    /** The text content of {@code #id}, visible or not (a closed {@code <details>} still has its text). */
    public String text(String id) {
        return Objects.requireNonNullElse(byId(id).getDomProperty("textContent"), "").trim();
    }

    /** Waits until attribute {@code name} of {@code #id} equals {@code expected}. */
    public void waitForAttribute(String id, String name, String expected, Duration timeout) {
        waitFor("#" + id + "[" + name + "=\"" + expected + "\"]", timeout,
                () -> expected.equals(attributeOrNull(id, name)),
                () -> "it is \"" + attributeOrNull(id, name) + "\"");
    }

    /** Waits until the text of {@code #id} starts with {@code prefix}. */
    public void waitForTextStartingWith(String id, String prefix, Duration timeout) {
        waitFor("#" + id + " text starting with \"" + prefix + "\"", timeout,
                () -> textOrNull(id) != null && textOrNull(id).startsWith(prefix),
                () -> "it reads \"" + textOrNull(id) + "\"");
    }

    private void waitFor(String what, Duration timeout, java.util.function.BooleanSupplier condition,
                         java.util.function.Supplier<String> actual) {
        try {
            new WebDriverWait(driver, timeout, Duration.ofMillis(50)).until(d -> condition.getAsBoolean());
        } catch (TimeoutException e) {
            Path shot = screenshot("timeout-" + System.currentTimeMillis());
            throw new AssertionError("waited " + timeout.toSeconds() + " s for " + what + " on "
                    + driver.getCurrentUrl() + " but " + actual.get() + engineErrorNote()
                    + "; console errors: " + consoleErrors() + "; screenshot: " + shot, e);
        }
    }

    private String attributeOrNull(String id, String name) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0).getDomAttribute(name);
    }

    private String textOrNull(String id) {
        List<WebElement> found = driver.findElements(By.id(id));
        return found.isEmpty() ? null : found.get(0).getText();
    }

    private String engineErrorNote() {
        Object error = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.dataset.engineError || null;");
        return error == null ? "" : "; the loader reported: " + error;
    }

    /** Saves a PNG of the window as {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not save screenshot " + name, e);
        }
    }

    /**
     * Scrolls the section around {@code #id} (or the element itself) to the middle of the window, then saves a
     * screenshot as {@link #screenshot} does.
     */
    public Path screenshotAt(String id, String name) {
        ((JavascriptExecutor) driver).executeScript(
                "(arguments[0].closest('section') || arguments[0]).scrollIntoView({block: 'center'});", byId(id));
        return screenshot(name);
    }

    /**
     * The console errors, uncaught exceptions and failed loads of the current page since it was opened (or
     * since the last call), one line each. The browser's own unprompted request for {@code /favicon.ico} is
     * not the page's doing and is left out; a failed icon that a page links to is still reported.
     */
    public List<String> consoleErrors() {
        return consoleEntries().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> !message.contains("/favicon.ico - Failed to load resource"))
                .collect(Collectors.toList());
    }

    private List<LogEntry> consoleEntries() {
        return driver.manage().logs().get(LogType.BROWSER).getAll();
    }

    void quit() {
        driver.quit();
    }
}
