package org.neurite.server.mnist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Fetches a package tarball with the machine's own {@code npm pack}, so whatever registry, proxy and cache
 * npm is configured for are used; no registry address is written here.
 */
final class NpmPack {

    private final List<String> npmCommand;
    private final Duration timeout;

    /** @param npmCommand the program (and any leading arguments) that runs npm, e.g. {@code ["npm"]} */
    NpmPack(List<String> npmCommand, Duration timeout) {
        if (npmCommand.isEmpty()) {
            throw new IllegalArgumentException("the npm command must name a program");
        }
        this.npmCommand = List.copyOf(npmCommand);
        this.timeout = timeout;
    }

    /** The plain program name, which on Windows is a batch file that ProcessBuilder needs spelled out. */
    static List<String> defaultCommand() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return List.of(windows ? "npm.cmd" : "npm");
    }

    /**
     * Runs {@code npm pack <spec> --pack-destination <destination>} and returns the tarball it wrote.
     *
     * @throws IOException whose message is one short reason (npm missing, timed out, failed with its output)
     */
    Path fetch(String packageSpec, Path destination) throws IOException {
        Path log = destination.resolve("npm-pack.log");
        List<String> command = new ArrayList<>(npmCommand);
        command.addAll(List.of("pack", packageSpec, "--pack-destination", destination.toString()));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(destination.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException(npmCommand.get(0) + " not found on PATH", e);
        }
        waitFor(process, log);
        return tarballIn(destination);
    }

    private void waitFor(Process process, Path log) throws IOException {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IOException("npm pack did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for npm pack", e);
        }
        if (process.exitValue() != 0) {
            throw new IOException("npm pack failed with exit code " + process.exitValue() + "; npm said: "
                    + lastLines(log, 6));
        }
    }

    private static Path tarballIn(Path destination) throws IOException {
        try (Stream<Path> files = Files.list(destination)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".tgz")).findFirst()
                    .orElseThrow(() -> new IOException("npm pack finished but wrote no .tgz file"));
        }
    }

    private static String lastLines(Path log, int count) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
            return tail.isEmpty() ? "(nothing)" : String.join(" | ", tail).strip();
        } catch (IOException e) {
            return "(its output could not be read: " + e.getMessage() + ")";
        }
    }
}
