package org.neurite.server.jar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.TestApps;

/**
 * The build rewrites {@code server/target/neurite.jar} while a server started by {@code ./neurite run} is running.
 * The script serves a private copy, so the server keeps answering every route; and even when the jar it runs from
 * is broken under it, no request sends a thread spinning. Runs after {@code package}, on the real shaded jar.
 */
class RebuiltJarTest {
    /** The build's runnable jar; this test runs in the integration-test phase, after the shade plugin made it. */
    static final Path BUILT_JAR = Path.of("target", "neurite.jar");
    private static final Path SCRIPT = Path.of("..", "neurite");
    /**
     * An idle server spends about 0.01 CPU seconds in the window; one spinning thread spends the whole window on
     * an idle machine, and still about 0.4 s with a dozen other processes busy on two cores.
     */
    private static final double MAX_IDLE_CPU_SECONDS = 0.25;
    private static final Duration WINDOW = Duration.ofSeconds(5);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theScriptServesAPrivateCopyThatABuildCannotTouch() throws Exception {
        requireBuiltJar();
        // The script's own copy step, run on a checkout-shaped folder holding this build's jar.
        Path checkout = temp.resolve("checkout");
        Files.createDirectories(checkout.resolve("server/target"));
        Path original = checkout.resolve("server/target/neurite.jar");
        Files.copy(BUILT_JAR, original);
        Path copy = checkout.resolve(privateJar(checkout));
        assertTrue(copy.startsWith(checkout.resolve("server/target/run")), copy.toString());
        assertArrayEquals(Files.readAllBytes(original), Files.readAllBytes(copy));

        try (JarServer server = JarServer.start(copy, temp.resolve("data"), TestApps.provisionedMnistDir(),
                temp.resolve("server.log"))) {
            assertEquals(200, get(server, "/").statusCode());
            // What a rebuild does to the original: first cut short, then replaced by different bytes.
            Files.write(original, new byte[0]);
            Files.write(original, "not a jar any more".getBytes(StandardCharsets.UTF_8));
            for (String page : List.of("/playground.html", "/mnist.html", "/css/site.css", "/bundle/loader.js")) {
                HttpResponse<byte[]> response = get(server, page);
                assertEquals(200, response.statusCode(), page);
                assertTrue(response.body().length > 100, page + " has a body");
            }
            HttpResponse<byte[]> missing = get(server, "/no-such-page");
            assertEquals(404, missing.statusCode());
            assertTrue(new String(missing.body(), StandardCharsets.UTF_8).contains("Page not found"));
            HttpResponse<byte[]> api = get(server, "/api/no-such-route");
            assertEquals(404, api.statusCode());
            assertTrue(new String(api.body(), StandardCharsets.UTF_8).contains("\"hint\""));
            assertNoSpin(server);
        }
        // A later start removes the copies of servers that have ended.
        Path next = checkout.resolve(privateJar(checkout));
        assertTrue(!Files.exists(copy) && Files.exists(next), "the ended server's copy is removed");
    }

    @Test
    void aJarBrokenUnderTheServerMakesNoThreadSpin() throws Exception {
        requireBuiltJar();
        Path served = temp.resolve("served.jar");
        Files.copy(BUILT_JAR, served);
        try (JarServer server = JarServer.start(served, temp.resolve("data"), TestApps.provisionedMnistDir(),
                temp.resolve("server.log"))) {
            assertEquals(200, get(server, "/").statusCode());
            // The old fault, on purpose: the jar the JVM runs from is rewritten in place.
            Files.write(served, new byte[0]);
            Files.write(served, "not a jar any more".getBytes(StandardCharsets.UTF_8));
            for (String path : List.of("/no-such-page", "/api/no-such-route", "/lessons/index.html",
                    "/api/jobs/AAAAAAAAAAAAAAAA", "/data/mnist/nothing", "/no-such-page")) {
                try {
                    int status = get(server, path).statusCode();
                    assertTrue(status >= 200, path + " -> " + status);
                } catch (IOException e) {
                    // A server whose jar is gone may fail a request; it must not hang on it or spin after it.
                }
            }
            assertNoSpin(server);
        }
    }

    /** In the test phase (e.g. with -Dtest) the jar is not made yet: this test waits for its own execution. */
    private static void requireBuiltJar() {
        assumeTrue(Boolean.getBoolean("neurite.jarTests"), "runs in the integration-test phase, after package");
        assertTrue(Files.isRegularFile(BUILT_JAR), "package makes " + BUILT_JAR.toAbsolutePath());
    }

    /** Runs the script's private_jar function in {@code checkout} and returns the path it printed. */
    private static String privateJar(Path checkout) throws IOException, InterruptedException {
        String script = Files.readString(SCRIPT);
        int start = script.indexOf("private_jar() {");
        String function = script.substring(start, script.indexOf("\n}\n", start) + 3);
        Process bash = new ProcessBuilder("bash", "-c", function + "private_jar").directory(checkout.toFile())
                .redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS) && bash.exitValue() == 0, out);
        return out;
    }

    /** CPU time of the idle server over a few seconds: one spinning thread would use all of it. */
    private static void assertNoSpin(JarServer server) throws Exception {
        Thread.sleep(2000); // let the last requests and their compilation finish
        double before = server.cpuSeconds();
        Thread.sleep(WINDOW.toMillis());
        double used = server.cpuSeconds() - before;
        System.out.printf("idle server used %.2f CPU seconds in %d s%n", used, WINDOW.toSeconds());
        assertTrue(used < MAX_IDLE_CPU_SECONDS, "the idle server used " + used + " CPU seconds in " + WINDOW
                + ": a thread is spinning\n" + Files.readString(server.log()).lines().limit(80).toList());
    }

    private HttpResponse<byte[]> get(JarServer server, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
