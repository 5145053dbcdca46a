package org.neurite.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.neurite.server.Hosting;

/**
 * Sends the started server one request down each error path (404 as JSON and as a page, 405, an ApiException, a
 * body that is not JSON, a URL Jetty refuses), so every class those paths need is loaded while the jar is whole.
 * Classes load lazily: a server whose jar was replaced under it could otherwise fail in the middle of answering
 * its first 404, and Javalin retries a failing exception mapper forever on the same thread.
 */
public final class ErrorPathWarmUp {
    private static final String[] REQUESTS = {
        "GET /api/neurite-warm-up HTTP/1.1\r\n",
        "GET /neurite-warm-up HTTP/1.1\r\n",
        "DELETE /api/server HTTP/1.1\r\n",
        "HEAD /data/mnist/neurite-warm-up HTTP/1.1\r\n",
        "POST /api/jobs HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 1\r\n",
        "GET /api/%00 HTTP/1.1\r\n",
    };
    private static final int TIMEOUT_MILLIS = 10_000;

    private ErrorPathWarmUp() {
    }

    /** Best effort: a request that cannot be made only leaves its path cold. */
    public static void run(Hosting hosting, int port) {
        String host = hosting.host().equals("0.0.0.0") || hosting.host().equals("::") ? "127.0.0.1" : hosting.host();
        for (String line : REQUESTS) {
            // Under a base path every route is below it: the same requests, prefixed.
            String request = line.replaceFirst(" /", " " + hosting.basePath() + "/");
            String body = request.startsWith("POST") ? "{" : "";
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
                socket.setSoTimeout(TIMEOUT_MILLIS);
                OutputStream out = socket.getOutputStream();
                out.write((request + "Host: localhost\r\nConnection: close\r\n\r\n" + body)
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                in.transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                // Left cold; the server works all the same.
            }
        }
    }
}
