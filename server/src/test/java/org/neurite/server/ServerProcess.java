package org.neurite.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code org.neurite.server.Main} in a child JVM on a free port, on this test's class path, for tests that kill the
 * server as a crash or the OOM killer would.
 */
public record ServerProcess(Process process, int port) {
    private static final Pattern ADDRESS = Pattern.compile("Neurite is running at http://127.0.0.1:(\\d+)/");

    /** Starts the server on {@code dataDir} with the MNIST files and {@code options}; its output to {@code log}. */
    public static ServerProcess start(Path dataDir, Path log, String... options)
            throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        // a small heap and the quick compiler: these servers start many times and train only small models
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "org.neurite.server.Main",
                "--port", "0", "--data-dir", dataDir.toString(), "--mnist-dir",
                TestApps.provisionedMnistDir().toString()));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Matcher address = ADDRESS.matcher(Files.readString(log));
            if (address.find()) {
                return new ServerProcess(process, Integer.parseInt(address.group(1)));
            }
            if (!process.isAlive()) {
                break;
            }
            Thread.sleep(50);
        }
        process.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + Files.readString(log));
    }

    /** SIGKILL: no shutdown hook, no finally block, no flush runs in the server. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }
}
