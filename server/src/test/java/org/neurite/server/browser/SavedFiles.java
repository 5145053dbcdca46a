package org.neurite.server.browser;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The files a page saves, read back byte for byte. A page saves by making a {@code Blob}, a {@code blob:} URL for
 * it and clicking an {@code <a download>}; {@link #watch} keeps each Blob with the name the click gives it (and
 * keeps the file out of the machine's download folder), {@link #take} returns the bytes the page made.
 */
final class SavedFiles {
    /** One saved file: its name, its media type and its bytes. */
    record Saved(String name, String type, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private final Browser browser;

    private SavedFiles(Browser browser) {
        this.browser = browser;
    }

    /** Starts keeping what the current page saves; call again after opening another page. */
    static SavedFiles watch(Browser browser) {
        js(browser, "if (window.savedFiles) { return null; }"
                + "window.savedFiles = []; var blobs = {};"
                + "var create = URL.createObjectURL;"
                + "URL.createObjectURL = function (blob) { var url = create.call(URL, blob); blobs[url] = blob;"
                + "  return url; };"
                + "var click = HTMLAnchorElement.prototype.click;"
                + "HTMLAnchorElement.prototype.click = function () {"
                + "  if (this.hasAttribute('download') && blobs[this.href]) {"
                + "    window.savedFiles.push({ name: this.download, blob: blobs[this.href] }); return;"
                + "  }"
                + "  return click.call(this);"
                + "};"
                + "return null;");
        return new SavedFiles(browser);
    }

    /** Waits until the page has saved {@code count} files since the last take, and returns them in order. */
    List<Saved> take(int count) {
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20), Duration.ofMillis(50)).until(d ->
                    ((Number) js(browser, "return window.savedFiles.length;")).intValue() >= count);
        } catch (TimeoutException e) {
            throw new AssertionError("the page saved " + js(browser, "return window.savedFiles.length;")
                    + " file(s), not " + count + "; it shows: " + browser.consoleErrors(), e);
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> files = (List<Map<String, String>>) ((JavascriptExecutor) browser.driver())
                .executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "var saved = window.savedFiles.splice(0);"
                        + "Promise.all(saved.map(function (s) { return s.blob.arrayBuffer().then(function (buffer) {"
                        + "  var bytes = new Uint8Array(buffer), text = '';"
                        + "  for (var i = 0; i < bytes.length; i += 8192) {"
                        + "    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 8192));"
                        + "  }"
                        + "  return { name: s.name, type: s.blob.type, base64: btoa(text) };"
                        + "}); })).then(done);");
        List<Saved> result = new ArrayList<>();
        for (Map<String, String> f : files) {
            result.add(new Saved(f.get("name"), f.get("type"), Base64.getDecoder().decode(f.get("base64"))));
        }
        return result;
    }

    private static Object js(Browser browser, String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
