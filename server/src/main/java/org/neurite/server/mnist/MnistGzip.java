package org.neurite.server.mnist;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

/**
 * The gzip form of each MNIST file, made once and kept beside it ({@code <name>.gz}), so that a download costs
 * the server a file copy, not a compression: gzipping the 47 MB training images takes about a second of CPU,
 * and a class opening the Studio at once would otherwise fill every core. Made on the first request for it
 * (a server that never sends MNIST spends nothing); a folder that cannot be written gets it in a temporary one.
 */
final class MnistGzip {
    private final Path dir;
    private final Map<String, Path> made = new ConcurrentHashMap<>();

    MnistGzip(Path dir) {
        this.dir = dir;
    }

    /** The gzip of {@code plain} (one of the MNIST files in the folder), made now if it is missing or older. */
    Path of(Path plain) {
        return made.computeIfAbsent(plain.getFileName().toString(), name -> {
            try {
                Path beside = dir.resolve(name + ".gz");
                if (isFresh(beside, plain)) {
                    return beside;
                }
                Path target = Files.isWritable(dir) ? beside
                        : Files.createTempDirectory("neurite-mnist-gzip").resolve(name + ".gz");
                compress(plain, target);
                return target;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isFresh(Path gz, Path plain) throws IOException {
        return Files.isRegularFile(gz) && Files.size(gz) > 0
                && Files.getLastModifiedTime(gz).compareTo(Files.getLastModifiedTime(plain)) >= 0;
    }

    /** Written under a unique temporary name and renamed into place: a reader never sees half a file. */
    private static void compress(Path plain, Path target) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".part");
        try {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                Files.copy(plain, out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
