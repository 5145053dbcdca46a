package org.neurite.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.Hosting;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/** The headers of every kind of answer: pages, bundle, WebJars, data, API, errors, Jetty's own answers. */
class SecurityHeadersTest {

    static final String FOREVER = "public, max-age=31536000, immutable";
    static final String GZIP = "Accept-Encoding";

    @TempDir
    Path dataDir;

    /** A route, the status it answers and the Cache-Control it must carry. */
    record Route(String path, int status, String cache) {
    }

    static final List<Route> ROUTES = List.of(
            new Route("/", 200, "no-cache"),
            new Route("/playground.html", 200, "no-cache"),
            new Route("/lessons/04-loss.html", 200, "no-cache"),
            new Route("/css/site.css", 200, "no-cache"),
            new Route("/bundle/loader.js", 200, "no-cache"),
            new Route("/bundle/playground.wasm", 200, "no-cache"),
            new Route("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js", 200, FOREVER),
            new Route("/webjars/katex/0.16.47/dist/katex.min.css", 200, FOREVER),
            new Route("/data/mnist/t10k-labels-idx1-ubyte", 200, FOREVER),
            new Route("/api/server", 200, "no-store"),
            new Route("/api/models", 200, "no-store"),
            new Route("/api/jobs/nothing", 404, "no-store"),
            new Route("/api/nothing", 404, "no-store"),
            new Route("/data/mnist/nothing", 404, "no-store"),
            new Route("/no-such-page.html", 404, "no-store"),
            new Route("/css/", 404, "no-store"));

    @Test
    void everyAnswerCarriesThePolicyAndTheRightCaching() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            for (Route route : ROUTES) {
                for (boolean gzip : new boolean[] {false, true}) {
                    HttpResponse<byte[]> response = gzip ? Http.get(server, route.path(), GZIP, "gzip")
                            : Http.get(server, route.path());
                    String where = route.path() + (gzip ? " (gzip)" : "");
                    assertEquals(route.status(), response.statusCode(), where);
                    assertSecurityHeaders(response, "frame-ancestors *", where);
                    assertEquals(route.cache(), Http.header(response, "Cache-Control"), where);
                }
            }
        });
    }

    @Test
    void theContentSecurityPolicyAllowsOnlyTheSiteItselfAndWebAssembly() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            String policy = Http.header(Http.get(server, "/"), "Content-Security-Policy");
            List<String> directives = List.of(policy.split(";\\s*"));
            assertTrue(directives.contains("default-src 'none'"), policy);
            assertTrue(directives.contains("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'"), policy);
            assertTrue(directives.contains("connect-src 'self'"), policy);
            assertTrue(directives.contains("frame-ancestors *"), policy);
            assertTrue(directives.contains("worker-src 'self'"), policy);
            assertTrue(directives.contains("style-src 'self'"), policy);
            assertFalse(policy.contains("http:") || policy.contains("https:"), "no other origin: " + policy);
        });
    }

    @Test
    void theBundleIsKeptForAYearWhenAskedForWithItsBuildsVersion() {
        String version = BundleCaching.ofClasspath().version();
        assertTrue(version.matches("\\d{17}"), "the web build wrote its version: '" + version + "'");
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            String loader = Http.text(Http.get(server, "/bundle/loader.js"));
            assertTrue(loader.contains("var version = '" + version + "';"), "the loader asks for this build");
            for (String file : List.of("playground.wasm", "playground.js", "wasm-gc-runtime.js", "trainer.wasm")) {
                HttpResponse<byte[]> current = Http.get(server, "/bundle/" + file + "?v=" + version, GZIP, "gzip");
                assertEquals(200, current.statusCode(), file);
                assertEquals(FOREVER, Http.header(current, "Cache-Control"), file);
                HttpResponse<byte[]> again = Http.get(server, "/bundle/" + file + "?v=" + version,
                        "If-None-Match", Http.header(current, "ETag"), GZIP, "gzip");
                assertEquals(304, again.statusCode(), file);
                assertEquals(FOREVER, Http.header(again, "Cache-Control"), file);
                assertEquals("no-cache", Http.header(Http.get(server, "/bundle/" + file + "?v=1"), "Cache-Control"),
                        file + " of another build");
                assertEquals("no-cache", Http.header(Http.get(server, "/bundle/" + file), "Cache-Control"), file);
            }
            assertEquals("no-store", Http.header(Http.get(server, "/bundle/nothing.wasm?v=" + version),
                    "Cache-Control"), "a 404 is not kept");
        });
    }

    @Test
    void aGzippedFileHasItsOwnTagAndBothFormsRevalidate() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            for (String path : List.of("/playground.html", "/bundle/playground.wasm", "/css/site.css")) {
                HttpResponse<byte[]> plain = Http.get(server, path);
                HttpResponse<byte[]> zipped = Http.get(server, path, GZIP, "gzip");
                assertEquals("gzip", Http.header(zipped, "Content-Encoding"), path);
                assertEquals("", Http.header(plain, "Content-Encoding"), path);
                assertEquals("Accept-Encoding", Http.header(plain, "Vary"), path);
                assertEquals("Accept-Encoding", Http.header(zipped, "Vary"), path);
                String plainTag = Http.header(plain, "ETag");
                String zippedTag = Http.header(zipped, "ETag");
                assertFalse(plainTag.isEmpty(), path);
                assertNotEquals(plainTag, zippedTag, path + ": the two bodies differ, so must their tags");

                HttpResponse<byte[]> plainAgain = Http.get(server, path, "If-None-Match", plainTag);
                assertEquals(304, plainAgain.statusCode(), path);
                HttpResponse<byte[]> zippedAgain = Http.get(server, path, "If-None-Match", zippedTag, GZIP, "gzip");
                assertEquals(304, zippedAgain.statusCode(), path);
                assertEquals(zippedTag, Http.header(zippedAgain, "ETag"), path);
                assertSecurityHeaders(zippedAgain, "frame-ancestors *", path + " 304");
                assertEquals(200, Http.get(server, path, "If-None-Match", "W/\"other\"").statusCode(), path);
            }
        });
    }

    @Test
    void noCookiesAndNoDirectoryListings() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            for (Route route : ROUTES) {
                assertTrue(Http.get(server, route.path()).headers().allValues("Set-Cookie").isEmpty(), route.path());
            }
            for (String path : List.of("/css/", "/bundle/", "/webjars/", "/webjars/uplot/1.6.30/dist/", "/data/mnist/")) {
                HttpResponse<byte[]> listing = Http.get(server, path);
                assertEquals(404, listing.statusCode(), path);
                assertFalse(Http.text(listing).contains("uPlot.min.css") || Http.text(listing).contains("loader.js")
                        || Http.text(listing).contains("t10k"), path + " lists its files");
            }
        });
    }

    @Test
    void underABasePathEverythingMovesThereAndJettysOwnAnswersCarryTheHeadersToo() {
        Hosting hosting = Hosting.defaults().withBasePath("/nn").withFrameAncestors(List.of("'self'",
                "https://lms.example.edu")).withEmbedOrigins(List.of("https://lms.example.edu"))
                .withDataOrigins(List.of("https://files.example.edu"));
        JavalinTest.test(TestApps.withMnist(dataDir, hosting), (server, client) -> {
            for (Route route : ROUTES) {
                HttpResponse<byte[]> response = Http.get(server, "/nn" + route.path());
                assertEquals(route.status(), response.statusCode(), "/nn" + route.path());
                assertEquals(route.cache(), Http.header(response, "Cache-Control"), "/nn" + route.path());
                assertSecurityHeaders(response, "frame-ancestors 'self' https://lms.example.edu", "/nn" + route.path());
            }
            for (String outside : List.of("/playground.html", "/api/server", "/", "/nn")) {
                HttpResponse<byte[]> response = Http.get(server, outside);
                assertNotEquals(200, response.statusCode(), outside + " is outside the base path");
                assertSecurityHeaders(response, "frame-ancestors 'self' https://lms.example.edu", outside);
            }
            assertTrue(Http.header(Http.get(server, "/nn/"), "Content-Security-Policy")
                    .contains("; connect-src 'self' https://files.example.edu;"), "--data-origins may be fetched from");
            JsonNode info = Http.json(Http.get(server, "/nn/api/server"));
            assertTrue(info.get("server").asBoolean(), info.toString());
            assertEquals("[\"https://lms.example.edu\"]", info.get("embedOrigins").toString());

            JsonNode job = Http.json(Http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port()
                    + "/nn/api/jobs")).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
                    .ofString("{\"recipe\":\"epochs=1&spec=input 2 | dense 2 linear | loss softmaxCrossEntropy\","
                            + "\"dataset\":{\"name\":\"xor\"}}")).build()));
            assertTrue(job.at("/links/self").asText().startsWith("/nn/api/jobs/"), job.toString());
            assertTrue(job.at("/links/events").asText().startsWith("/nn/api/jobs/"), job.toString());
            String page = Http.text(Http.get(server, "/nn/no-such-page.html"));
            assertTrue(page.contains("href=\"/nn/css/site.css\"") && page.contains("href=\"/nn/\""), page);
        });
    }

    @Test
    void withoutEmbedOriginsTheServerAcceptsNone() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            JsonNode info = Http.json(Http.get(server, "/api/server"));
            assertEquals("[]", info.get("embedOrigins").toString());
        });
    }

    static void assertSecurityHeaders(HttpResponse<byte[]> response, String frameAncestors, String where) {
        String policy = Http.header(response, "Content-Security-Policy");
        assertTrue(policy.startsWith("default-src 'none'; "), where + ": " + policy);
        assertTrue(policy.endsWith("; " + frameAncestors), where + ": " + policy);
        assertEquals("nosniff", Http.header(response, "X-Content-Type-Options"), where);
        assertEquals("no-referrer", Http.header(response, "Referrer-Policy"), where);
        assertFalse(Http.header(response, "Cache-Control").isEmpty(), where);
    }
}
