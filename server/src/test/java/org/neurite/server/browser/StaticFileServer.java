package org.neurite.server.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A plain static file server that is not Neurite's, serving a folder on a free loopback port: the JDK's
 * {@code jwebserver} (JDK 18 and later; any installed JDK is looked for), or where no JDK has one, a few lines of the
 * JDK's own {@code com.sun.net.httpserver} that map file names to types as a static host does.
 */
final class StaticFileServer implements AutoCloseable, SiteAddress {
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "css", "text/css",
            "js", "text/javascript", "wasm", "application/wasm", "json", "application/json", "woff2", "font/woff2",
            "ico", "image/x-icon", "svg", "image/svg+xml");

    private final int port;
    private final Process process;
    private final HttpServer server;
    private final String name;

    private StaticFileServer(int port, Process process, HttpServer server, String name) {
        this.port = port;
        this.process = process;
        this.server = server;
        this.name = name;
    }

    static StaticFileServer serve(Path folder) throws IOException, InterruptedException {
        int port = freePort();
        Optional<Path> jwebserver = findJwebserver();
        if (jwebserver.isPresent()) {
            Process process = new ProcessBuilder(jwebserver.get().toString(), "-p", Integer.toString(port), "-d",
                    folder.toAbsolutePath().toString(), "-b", "127.0.0.1")
                    .redirectErrorStream(true).redirectOutput(File.createTempFile("jwebserver", ".log")).start();
            waitForPort(port, process);
            return new StaticFileServer(port, process, null, jwebserver.get().toString());
        }
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serveFile(folder, exchange));
        server.start();
        return new StaticFileServer(port, null, server, "com.sun.net.httpserver");
    }

    /** Which server this is, for messages. */
    String name() {
        return name;
    }

    @Override
    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + port + pathAndQuery;
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroy();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    private static Optional<Path> findJwebserver() {
        List<Path> candidates = new ArrayList<>();
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            candidates.add(Paths.get(javaHome, "bin", "jwebserver"));
        }
        candidates.add(Paths.get(System.getProperty("java.home"), "bin", "jwebserver"));
        File[] jdks = new File("/usr/lib/jvm").listFiles();
        if (jdks != null) {
            Arrays.sort(jdks);
            for (File jdk : jdks) {
                candidates.add(jdk.toPath().resolve("bin").resolve("jwebserver"));
            }
        }
        return candidates.stream().filter(Files::isExecutable).findFirst();
    }

    private static void serveFile(Path folder, HttpExchange exchange) throws IOException {
        Path file = folder.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String fileName = file.getFileName().toString();
        String type = TYPES.getOrDefault(fileName.substring(fileName.lastIndexOf('.') + 1), "application/octet-stream");
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, Files.size(file));
        try (OutputStream body = exchange.getResponseBody()) {
            Files.copy(file, body);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void waitForPort(int port, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("jwebserver ended with exit code " + process.exitValue());
            }
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new UncheckedIOException(new IOException("jwebserver did not listen on port " + port + " within 20 s"));
    }
}
