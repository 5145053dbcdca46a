package org.neurite.server;

/** The command line was wrong; the message says which option and why, and is followed by the usage text. */
public final class UsageException extends Exception {

    public UsageException(String message) {
        super(message);
    }
}
