package org.neurite.server.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Requests sent byte for byte over a socket, for what java.net.http refuses to send: invalid UTF-8 in a path,
 * a NUL, a URL or headers of hundreds of kilobytes.
 */
public record RawHttp(int status, Map<String, String> headers, String body) {

    public static RawHttp send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole request is written; read what it said.
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toString(StandardCharsets.ISO_8859_1));
        }
    }

    /** {@code METHOD target HTTP/1.1} with Host and Connection: close, plus extra header lines. */
    public static byte[] request(String method, byte[] target, String... headerLines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " ").getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(target);
        StringBuilder rest = new StringBuilder(" HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
        for (String line : headerLines) {
            rest.append(line).append("\r\n");
        }
        out.writeBytes(rest.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static RawHttp parse(String response) {
        int end = response.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new AssertionError("no HTTP response: " + response);
        }
        String[] lines = response.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        String body = new String(response.substring(end + 4).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return new RawHttp(status, headers, body);
    }

    public String header(String name) {
        return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }
}
