package org.neurite.server.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Puts a fully written temp file in place in one step, so readers see the old file or the new one, never half. */
public final class AtomicFiles {

    /** Every temp file ends with this; a directory scan skips (or cleans up) what a crash left behind. */
    public static final String TEMP_SUFFIX = ".part";

    private AtomicFiles() {
    }

    /**
     * A fresh name for a temp file beside {@code target}. Opened with CREATE_NEW it gets the user's usual
     * permissions (unlike {@code Files.createTempFile}, which makes files only the owner can read).
     */
    public static Path tempBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX);
    }

    /** The temp file must live in the target's directory, so the rename stays on one file system. */
    public static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} so that a crash or power cut at any moment leaves either no
     * file or the whole file: temp file, fsync, rename, fsync of the directory (which makes the rename last).
     */
    public static void writeDurably(Path target, byte[] bytes) throws IOException {
        Path temp = tempBeside(target);
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
            moveIntoPlace(temp, target);
            syncDirectory(target.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Flushes a directory's entries to disk. Some systems cannot open a directory for that; then it is skipped. */
    public static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open directories; its renames are durable enough for a lab server.
        }
    }
}
