package org.neurite.server.mnist;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/** Puts a fully written temp file in place in one step, so readers see the old file or the new one, never half. */
final class AtomicFiles {

    private AtomicFiles() {
    }

    /**
     * A fresh name for a temp file beside {@code target}. Opened with CREATE_NEW it gets the user's usual
     * permissions (unlike {@code Files.createTempFile}, which makes files only the owner can read).
     */
    static Path tempBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    }

    /** The temp file must live in the target's directory, so the rename stays on one file system. */
    static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
