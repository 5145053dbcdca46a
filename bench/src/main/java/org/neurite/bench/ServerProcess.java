package org.neurite.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Neurite server in a child JVM on loopback, started from this benchmark's own classpath, so that its
 * memory is its own and can be read from {@code /proc}.
 */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final String base;
    private final Path dataDir;

    private ServerProcess(Process process, String base, Path dataDir) {
        this.process = process;
        this.base = base;
        this.dataDir = dataDir;
    }

    /** Starts the server with {@code options} (beside port, data and MNIST dirs) and waits until it answers. */
    static ServerProcess start(Path mnistDir, String heap, String... options) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path dataDir = Files.createTempDirectory("neurite-bench-data");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), "org.neurite.server.Main",
                "--port", Integer.toString(port), "--data-dir", dataDir.toString(), "--mnist-dir",
                mnistDir.toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile()).start();
        ServerProcess server = new ServerProcess(process, "http://127.0.0.1:" + port, dataDir);
        server.awaitReady();
        return server;
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue() + "; see "
                        + dataDir.resolve("server.log"));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/server"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the server did not answer within 60 s; see " + dataDir.resolve("server.log"));
    }

    String base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    /** Memory, threads and CPU time of the server process so far. */
    ProcessUsage usage() {
        return ProcessUsage.of(process.pid());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
