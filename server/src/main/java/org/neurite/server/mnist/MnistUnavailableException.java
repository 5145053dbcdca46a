package org.neurite.server.mnist;

/**
 * MNIST could not be made available. The message is meant for the person running Neurite: it says what
 * went wrong and exactly what to do about it.
 */
public final class MnistUnavailableException extends RuntimeException {

    public MnistUnavailableException(String message) {
        super(message);
    }

    public MnistUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
