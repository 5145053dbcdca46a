package org.neurite.server.models;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;

/**
 * A model could not be stored: the store's cap ({@code --max-store-bytes}) would be passed, or the disk refused
 * the write (full, read-only, gone). Nothing of it was kept. The API answers 507 with these words; a job whose
 * checkpoint fails ends with them.
 */
public final class StoreWriteException extends IOException {
    private final String hint;

    private StoreWriteException(String error, String hint, Throwable cause) {
        super(error, cause);
        this.hint = hint;
    }

    static StoreWriteException overCap(long size, long used, long cap) {
        return new StoreWriteException("The model store is full: this model (" + megabytes(size) + ") would take it"
                + " past its cap of " + megabytes(cap) + " (" + megabytes(used) + " in use); nothing was stored",
                "Delete stored models you no longer need (DELETE /api/models/{id}), or restart the server with a"
                        + " larger --max-store-bytes.", null);
    }

    static StoreWriteException diskRefused(IOException cause) {
        return new StoreWriteException("The server could not write the model to its disk (" + reason(cause)
                + "); nothing was stored", "Free space on the disk that holds the server's data directory, or restart"
                + " the server with --data-dir on a disk with room (and --max-store-bytes to cap what it uses).",
                cause);
    }

    public String hint() {
        return hint;
    }

    /** What the system said, without the file's path (that stays in the server log). */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs) {
            return fs.getReason() != null ? fs.getReason() : "the file system refused the write";
        }
        return e.getMessage() != null ? e.getMessage() : "write failed";
    }

    static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
