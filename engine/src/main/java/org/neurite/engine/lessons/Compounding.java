package org.neurite.engine.lessons;

/**
 * Lesson 9's intuition for vanishing and exploding gradients: a factor applied again and again, as a
 * gradient is multiplied by one local derivative per layer. 0.99^365 is about 0.03, 1.01^365 about 37.8.
 */
public final class Compounding {
    private Compounding() {
    }

    /** {@code factor} multiplied by itself {@code times} times, one multiplication at a time. */
    public static double repeat(double factor, int times) {
        if (times < 0) {
            throw new IllegalArgumentException("times must be 0 or more, was " + times);
        }
        double value = 1;
        for (int i = 0; i < times; i++) {
            value *= factor;
        }
        return value;
    }

    /** factor^0, factor^1, ..., factor^times: the whole curve. */
    public static double[] series(double factor, int times) {
        double[] values = new double[times + 1];
        values[0] = 1;
        for (int i = 1; i <= times; i++) {
            values[i] = values[i - 1] * factor;
        }
        return values;
    }
}
