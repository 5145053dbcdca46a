package org.neurite.engine.nn;

/** An invalid model spec: the message names the field, the value and what is allowed. */
public final class ModelSpecException extends IllegalArgumentException {
    public ModelSpecException(String message) {
        super(message);
    }
}
