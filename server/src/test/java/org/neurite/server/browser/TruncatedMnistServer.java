package org.neurite.server.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.neurite.server.mnist.MnistProvisioner;

/**
 * A second, tiny HTTP server that serves the MNIST files with the training images cut off after their first
 * megabyte, as a broken mirror or proxy would: a complete, well-formed response whose body is a truncated file.
 * The Studio is pointed at it with {@code ?data=<base>} (the real server verifies its files, so it cannot be made
 * to send a damaged one). CORS is open so the Studio's origin may read it.
 */
final class TruncatedMnistServer implements BeforeAllCallback, AfterAllCallback {
    static final String TRUNCATED = "train-images-idx3-ubyte";
    static final int KEPT_BYTES = 1_000_016;

    private final HttpServer server;

    /** Takes its port at once, so a site's policy can name its origin ({@link #origin}) before either starts. */
    TruncatedMnistServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path dir = MnistProvisioner.defaultDir();
        server.createContext("/mnist/", exchange -> {
            String name = exchange.getRequestURI().getPath().substring("/mnist/".length());
            Path file = dir.resolve(name);
            byte[] body = name.matches("[a-z0-9-]+") && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            if (TRUNCATED.equals(name)) {
                body = Arrays.copyOf(body, KEPT_BYTES);
            }
            exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        server.stop(0);
    }

    /** The base URL to pass as {@code ?data=}. */
    String base() {
        return origin() + "/mnist/";
    }

    /** Its origin, which a site must allow the pages to fetch from ({@code --data-origins}). */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }
}
