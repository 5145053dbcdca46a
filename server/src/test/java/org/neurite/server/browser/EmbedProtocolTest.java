package org.neurite.server.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neurite.server.Hosting;
import org.neurite.server.jobs.TrainingLimits;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A course page on another origin (a second port, served by the JDK's own HTTP server, not Neurite) embeds the
 * Playground and a lesson widget, and talks to them over {@code postMessage} as docs/embedding.md says: it hears
 * ready, epoch, resize and exercise-passed, and its reset and set-state take effect. The same page reached by
 * another name (localhost instead of 127.0.0.1: another origin) is not allowed, and its requests change nothing.
 */
class EmbedProtocolTest {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final HttpServer COURSE = courseServer();
    static final String COURSE_ORIGIN = "http://127.0.0.1:" + COURSE.getAddress().getPort();

    @RegisterExtension
    static final LiveSite site = new LiveSite(TrainingLimits.defaults(),
            Hosting.defaults().withEmbedOrigins(List.of(COURSE_ORIGIN)), false);

    @RegisterExtension
    static final BrowserExtension chromium = new BrowserExtension();

    @AfterAll
    static void stopCourse() {
        COURSE.stop(0);
    }

    @Test
    void theCoursePageHearsThePlaygroundAndDrivesIt() {
        WebDriver driver = openCourse(COURSE_ORIGIN, site.url("/playground.html?embed#dataset=circle&seed=3"),
                site.url("/lessons/04-loss.html?embed&widget=bce"));
        waitFor("ready from both embeds", () -> widgets("neurite:ready").containsAll(List.of("playground",
                "lesson-4/bce")));
        waitFor("a resize from the Playground and Canvas's lti.frameResize", () -> count(
                "m.data.type === 'neurite:resize' && m.data.widget === 'playground' && m.data.height > 300") > 0
                && count("m.data.subject === 'lti.frameResize' && m.data.height > 0") > 0);
        waitFor("the course page sized the iframe to the content",
                () -> number("return document.getElementById('pg').height") > 300);

        send("pg", "{type: 'neurite:set-state', version: 1, state: 'dataset=xor&seed=5&layers=3'}");
        inFrame("pg", () -> waitFor("the Playground showing XOR",
                () -> "xor".equals(script("return document.querySelector('input[name=pg-dataset]:checked').value"))));
        inFrame("pg", () -> waitFor("the embed's own address following the new state",
                () -> String.valueOf(script("return location.hash")).contains("layers=3")));

        send("pg", "{type: 'neurite:train', version: 1}");
        waitFor("epoch events with the engine's metrics", () -> count("m.data.type === 'neurite:epoch'"
                + " && m.data.event.epoch >= 5 && m.data.event.type === 'epoch' && m.data.event.loss >= 0") > 0);
        send("pg", "{type: 'neurite:pause', version: 1}");
        inFrame("pg", () -> waitFor("the Playground paused", () -> "false".equals(
                script("return document.getElementById('pg-play').getAttribute('data-playing')"))));
        send("pg", "{type: 'neurite:reset', version: 1}");
        inFrame("pg", () -> waitFor("the epoch counter back to 0",
                () -> epochShown() == 0));

        send("pg", "{type: 'neurite:set-state', version: 7, state: 'dataset=xor'}");
        waitFor("an error naming the version", () -> count("m.data.type === 'neurite:error'"
                + " && m.data.message.indexOf('version 1') >= 0") > 0);

        inFrame("lesson", () -> {
            type("bce-p1", "0.95");
            type("bce-p4", "0.95");
        });
        waitFor("exercise-passed from lesson 4", () -> count("m.data.type === 'neurite:exercise-passed'"
                + " && m.data.lesson === '4' && m.data.exercise === 'bce' && m.data.version === 1") == 1);
        inFrame("lesson", () -> assertEquals(List.of("bce"), script("return Array.prototype.map.call("
                + "document.querySelectorAll('.widget'), function (w) { return w.offsetParent ? w.id : null; })"
                + ".filter(Boolean)")));
        send("lesson", "{type: 'neurite:reset', version: 1}"); // presses the widget's own reset button
        inFrame("lesson", () -> waitFor("the course example's prediction back", () -> "0.05".equals(
                script("return document.getElementById('bce-p1') && document.getElementById('bce-p1').value"))));
        chromium.browser().screenshot("embed-course-page");
    }

    @Test
    void aPageTheInstructorDidNotAllowIsHeardButNotObeyed() {
        String otherOrigin = COURSE_ORIGIN.replace("127.0.0.1", "localhost");
        openCourse(otherOrigin, site.url("/playground.html?embed#dataset=circle&seed=3"), "about:blank");
        waitFor("ready, which goes to any parent", () -> widgets("neurite:ready").contains("playground"));
        send("pg", "{type: 'neurite:set-state', version: 1, state: 'dataset=xor'}");
        send("pg", "{type: 'neurite:train', version: 1}");
        sleep(1500);
        inFrame("pg", () -> {
            assertEquals("circle", script("return document.querySelector('input[name=pg-dataset]:checked').value"));
            assertEquals(0, epochShown());
        });
        assertEquals(0, count("m.data.type === 'neurite:error' || m.data.type === 'neurite:epoch'"
                + " && m.data.event.epoch > 0"), "no answer and no training for a page not allowed");
    }

    @Test
    void eachLessonWidgetOffersItsOwnEmbedWithAPreview() {
        Browser browser = chromium.browser();
        browser.open(site.url("/lessons/05-gradient-descent.html"));
        browser.waitForAttribute("main", "data-ready", "true", WAIT);
        List<?> shared = (List<?>) script("return Array.prototype.map.call("
                + "document.querySelectorAll('[data-share]'), function (b) { return b.getAttribute('data-share'); })");
        assertEquals(List.of("lesson", "curve", "surface", "race"), shared);
        WebElement button = browser.driver().findElement(By.cssSelector("[data-share='surface']"));
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
        String code = String.valueOf(browser.byId("share-code").getDomProperty("value"));
        assertTrue(code.startsWith("<iframe src=\"" + site.url("/lessons/05-gradient-descent.html?embed&amp;widget=surface")
                + "\" title=\"Neurite: Two weights: a surface\""), code);
        browser.byId("share-preview-button").click();
        WebElement frame = browser.driver().findElement(By.cssSelector(".share-preview iframe"));
        browser.screenshot("lesson-share-dialog");
        browser.driver().switchTo().frame(frame);
        try {
            browser.waitForAttribute("main", "data-ready", "true", WAIT);
            assertEquals(List.of("surface"), script("return Array.prototype.map.call("
                    + "document.querySelectorAll('.widget'), function (w) { return w.offsetParent ? w.id : null; })"
                    + ".filter(Boolean)"));
            assertEquals(0L, script("return document.querySelectorAll('[data-share]').length"),
                    "an embed offers no share buttons of its own");
        } finally {
            browser.driver().switchTo().defaultContent();
        }
    }

    // ---------- the course page ----------

    private WebDriver openCourse(String origin, String playground, String lesson) {
        chromium.browser().open(origin + "/course.html?pg=" + encode(playground) + "&lesson=" + encode(lesson));
        return chromium.browser().driver();
    }

    private void send(String frame, String message) {
        script("document.getElementById('" + frame + "').contentWindow.postMessage(" + message + ", '*');");
    }

    private List<?> widgets(String type) {
        return (List<?>) script("return window.received.filter(function (m) { return m.data && m.data.type === '"
                + type + "'; }).map(function (m) { return m.data.widget; })");
    }

    private long count(String condition) {
        return ((Number) script("return window.received.filter(function (m) { return m.data && (" + condition
                + "); }).length")).longValue();
    }

    /** The Playground's epoch counter ("000,042" reads 42). */
    private int epochShown() {
        return Integer.parseInt(String.valueOf(script("return document.getElementById('pg-epoch').textContent"))
                .replaceAll("[^0-9]", ""));
    }

    private double number(String js) {
        return Double.parseDouble(String.valueOf(script(js)));
    }

    private void inFrame(String id, Runnable inside) {
        WebDriver driver = chromium.browser().driver();
        driver.switchTo().frame(driver.findElement(By.id(id)));
        try {
            inside.run();
        } finally {
            driver.switchTo().defaultContent();
        }
    }

    private void type(String id, String text) {
        WebElement input = chromium.browser().driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) chromium.browser().driver()).executeScript(js, arguments);
    }

    private void waitFor(String what, Supplier<Boolean> condition) {
        try {
            new WebDriverWait(chromium.browser().driver(), WAIT, Duration.ofMillis(100))
                    .until(d -> Boolean.TRUE.equals(condition.get()));
        } catch (org.openqa.selenium.TimeoutException e) {
            chromium.browser().driver().switchTo().defaultContent();
            throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the course page received "
                    + script("return JSON.stringify(window.received.slice(-12))"), e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String encode(String url) {
        return URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    /** A course page that iframes two embeds, sizes them as they ask, and keeps every message it receives. */
    private static HttpServer courseServer() {
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>A course page</title></head>
                <body>
                <h1>Week 3: loss</h1>
                <iframe id="pg" title="Playground" width="800" height="200" style="border:0"></iframe>
                <iframe id="lesson" title="Lesson widget" width="600" height="200" style="border:0"></iframe>
                <script>
                  window.received = [];
                  var frames = {pg: document.getElementById('pg'), lesson: document.getElementById('lesson')};
                  window.addEventListener('message', function (e) {
                    received.push({origin: e.origin, data: e.data});
                    for (var name in frames) {
                      if (frames[name].contentWindow === e.source && e.data && e.data.type === 'neurite:resize') {
                        frames[name].height = e.data.height;
                      }
                    }
                  });
                  var query = new URLSearchParams(location.search);
                  frames.pg.src = query.get('pg');
                  frames.lesson.src = query.get('lesson');
                </script>
                </body></html>
                """;
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/course.html", exchange -> {
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().putAll(Map.of("Content-Type", List.of("text/html; charset=utf-8")));
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the course page's server", e);
        }
    }
}
