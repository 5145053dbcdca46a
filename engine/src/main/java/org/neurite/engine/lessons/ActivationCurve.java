package org.neurite.engine.lessons;

import org.neurite.engine.nn.Activation;

/** An activation function and its derivative sampled on an even grid, for lesson 3's plot. */
public final class ActivationCurve {
    private final double[] xs;
    private final double[] values;
    private final double[] derivatives;

    private ActivationCurve(double[] xs, double[] values, double[] derivatives) {
        this.xs = xs;
        this.values = values;
        this.derivatives = derivatives;
    }

    /** f and f' at {@code count} evenly spaced points from {@code from} to {@code to}, both included. */
    public static ActivationCurve sample(Activation f, double from, double to, int count) {
        if (count < 2 || !(to > from)) {
            throw new IllegalArgumentException("need at least 2 points on an interval with from < to; got "
                    + count + " points on [" + from + ", " + to + "]");
        }
        double[] xs = new double[count];
        double[] values = new double[count];
        double[] derivatives = new double[count];
        for (int i = 0; i < count; i++) {
            xs[i] = from + (to - from) * i / (count - 1);
            values[i] = value(f, xs[i]);
            derivatives[i] = derivative(f, xs[i]);
        }
        return new ActivationCurve(xs, values, derivatives);
    }

    /** f(x), as the engine's layers compute it. */
    public static double value(Activation f, double x) {
        return f.value((float) x);
    }

    /** f'(x), from the derivative the engine's layers use in their backward pass. */
    public static double derivative(Activation f, double x) {
        float xf = (float) x;
        return f.derivative(xf, f.value(xf));
    }

    public double[] xs() {
        return xs.clone();
    }

    public double[] values() {
        return values.clone();
    }

    public double[] derivatives() {
        return derivatives.clone();
    }
}
