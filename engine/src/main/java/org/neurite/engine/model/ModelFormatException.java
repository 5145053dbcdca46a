package org.neurite.engine.model;

/** A model file that cannot be read: the message says what is wrong with it. No model is returned. */
public final class ModelFormatException extends RuntimeException {
    public ModelFormatException(String message) {
        super(message);
    }
}
