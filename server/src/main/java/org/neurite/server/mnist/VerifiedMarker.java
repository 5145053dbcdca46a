package org.neurite.server.mnist;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import org.neurite.server.files.AtomicFiles;

/**
 * Remembers which files have already been hashed, keyed by size and modification time, so that hashing
 * 55 MB happens once and later starts are instant. A file that changes in any way is hashed again.
 */
final class VerifiedMarker {

    static final String FILE_NAME = ".verified";

    private final Path markerFile;
    private final Properties verified = new Properties();

    private VerifiedMarker(Path markerFile) {
        this.markerFile = markerFile;
    }

    /** Loads the marker of a directory; a missing or unreadable marker just means nothing is known yet. */
    static VerifiedMarker load(Path dir) {
        VerifiedMarker marker = new VerifiedMarker(dir.resolve(FILE_NAME));
        if (Files.isRegularFile(marker.markerFile)) {
            try (Reader reader = Files.newBufferedReader(marker.markerFile, StandardCharsets.UTF_8)) {
                marker.verified.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                marker.verified.clear();
            }
        }
        return marker;
    }

    boolean isVerified(MnistFile file, Path path) throws IOException {
        return key(path, file.sha256()).equals(verified.getProperty(file.name()));
    }

    void recordVerified(MnistFile file, Path path) throws IOException {
        verified.setProperty(file.name(), key(path, file.sha256()));
    }

    void forget(MnistFile file) {
        verified.remove(file.name());
    }

    /** Writes the marker atomically; failing to write it only costs a re-hash on the next start. */
    void save() throws IOException {
        Path temp = AtomicFiles.tempBeside(markerFile);
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW)) {
                verified.store(writer, "MNIST files whose SHA-256 was checked: size, mtime (ms), expected hash");
            }
            AtomicFiles.moveIntoPlace(temp, markerFile);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    // The expected hash is part of the key so that a marker never vouches for a file against another table.
    private static String key(Path path, String sha256) throws IOException {
        return Files.size(path) + " " + Files.getLastModifiedTime(path).toMillis() + " " + sha256;
    }
}
