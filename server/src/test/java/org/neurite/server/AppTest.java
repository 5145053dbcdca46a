package org.neurite.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pages, styles and libraries a browser asks for, and what it gets for URLs that do not exist. */
class AppTest {

    @TempDir
    Path dataDir;

    @Test
    void theLandingPageLinksEveryPartAndHoldsTheEngineProof() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            HttpResponse<byte[]> page = Http.get(server, "/");
            assertEquals(200, page.statusCode());
            assertTrue(Http.header(page, "Content-Type").startsWith("text/html"), Http.header(page, "Content-Type"));
            String html = Http.text(page);
            for (String link : new String[] {"href=\"playground.html\"", "href=\"mnist.html\"",
                    "href=\"lessons/index.html\"", "href=\"css/site.css\""}) {
                assertTrue(html.contains(link), "missing " + link);
            }
            for (String id : new String[] {"<section id=\"engine-proof\"", "<span id=\"proof-status\">",
                    "<span id=\"proof-target\">", "<span id=\"proof-epoch\">", "<span id=\"proof-loss\">",
                    "<canvas id=\"proof-chart\" width=\"480\" height=\"160\"", "<table id=\"proof-predictions\"",
                    "<tbody>", "<button id=\"proof-restart\"", "<script src=\"bundle/loader.js\""}) {
                assertTrue(html.contains(id), "missing " + id);
            }
            assertTrue(html.matches("(?s).*<th[^>]*>x1</th>\\s*<th[^>]*>x2</th>\\s*<th[^>]*>target</th>"
                    + "\\s*<th[^>]*>prediction</th>.*"), "prediction table header row");
            assertArrayEquals(page.body(), Http.get(server, "/index.html").body());
        });
    }

    @Test
    void everyPageHasTheNavigationAndLoadsNothingFromElsewhere() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            // Links are relative, so the site works under any base path and from a static host's folder.
            for (String path : new String[] {"/playground.html", "/mnist.html", "/lessons/index.html"}) {
                HttpResponse<byte[]> page = Http.get(server, path);
                assertEquals(200, page.statusCode(), path);
                String html = Http.text(page);
                assertTrue(html.contains("<nav class=\"site-nav\""), path);
                String up = path.startsWith("/lessons/") ? "../" : "";
                assertTrue(html.contains("href=\"" + up + path.substring(1) + "\" aria-current=\"page\""),
                        path + " marks itself current");
                assertTrue(html.contains("<a href=\"" + (up.isEmpty() ? "./" : up) + "\">Home</a>"), path + " links home");
                assertFalse(html.matches("(?s).*(src|href)=\"/.*"), path + " must not link from the host's root");
                assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"),
                        path + " must not load anything from another origin");
            }
        });
    }

    @Test
    void theStylesheetIsServedAsCss() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            HttpResponse<byte[]> css = Http.get(server, "/css/site.css");
            assertEquals(200, css.statusCode());
            assertTrue(Http.header(css, "Content-Type").startsWith("text/css"), Http.header(css, "Content-Type"));
            assertTrue(Http.text(css).contains("--orange: #f59322"));
        });
    }

    @Test
    void plottingAndMathsLibrariesComeFromWebjars() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            HttpResponse<byte[]> uplot = Http.get(server, "/webjars/uplot/1.6.30/dist/uPlot.iife.min.js");
            assertEquals(200, uplot.statusCode());
            assertTrue(Http.text(uplot).contains("uPlot"));
            assertEquals(200, Http.get(server, "/webjars/uplot/1.6.30/dist/uPlot.min.css").statusCode());
            assertEquals(200, Http.get(server, "/webjars/katex/0.16.47/dist/katex.min.js").statusCode());
        });
    }

    @Test
    void webAssemblyIsSentAsApplicationWasm() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            HttpResponse<byte[]> wasm = Http.get(server, "/test-fixture/minimal.wasm");
            assertEquals(200, wasm.statusCode());
            assertEquals("application/wasm", Http.header(wasm, "Content-Type"));
            assertArrayEquals(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0}, wasm.body());
        });
    }

    @Test
    void unknownApiAndDataRoutesAnswer404Json() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            for (String path : new String[] {"/api/x", "/api", "/data/nothing", "/data/mnist/"}) {
                HttpResponse<byte[]> response = Http.get(server, path);
                assertEquals(404, response.statusCode(), path);
                assertTrue(Http.header(response, "Content-Type").startsWith("application/json"), path);
                JsonNode body = Http.json(response);
                assertTrue(body.get("error").asText().contains(path), path + ": " + body);
                assertFalse(body.get("hint").asText().isBlank(), path);
            }
        });
    }

    @Test
    void aMissingPageIsAFriendly404Page() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            HttpResponse<byte[]> response = Http.get(server, "/no-such-page.html");
            assertEquals(404, response.statusCode());
            assertTrue(Http.header(response, "Content-Type").startsWith("text/html"));
            String html = Http.text(response);
            assertTrue(html.contains("/no-such-page.html"), html);
            assertTrue(html.contains("href=\"/\""), html);
        });
    }
}
