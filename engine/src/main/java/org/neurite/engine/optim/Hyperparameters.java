package org.neurite.engine.optim;

/** Checks of hyperparameter values; each error says what was wrong and what to try. */
public final class Hyperparameters {
    private Hyperparameters() {
    }

    /** A learning rate: finite, above 0, at most 100. */
    public static float learningRate(float value) {
        if (!(value > 0f) || value > 100f || Float.isInfinite(value)) {
            throw new IllegalArgumentException("learning rate " + value + " is not usable: it must be a number "
                    + "above 0 and at most 100; typical values are 0.001 to 0.5 (try 0.01)");
        }
        return value;
    }

    /** A decay factor such as momentum or beta: at least 0 and below 1. */
    public static float fraction(String name, float value, String typical) {
        if (!(value >= 0f && value < 1f)) {
            throw new IllegalArgumentException(name + " " + value + " must be at least 0 and below 1 (typical: "
                    + typical + ")");
        }
        return value;
    }

    /** A small positive constant such as epsilon. */
    public static float positive(String name, float value, String typical) {
        if (!(value > 0f) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(name + " " + value + " must be a number above 0 (typical: "
                    + typical + ")");
        }
        return value;
    }

    /** A non-negative rate such as a regularization strength. */
    public static float nonNegative(String name, float value, String typical) {
        if (!(value >= 0f) || Float.isInfinite(value)) {
            throw new IllegalArgumentException(name + " " + value + " must be a number of at least 0 (typical: "
                    + typical + ")");
        }
        return value;
    }
}
