package org.neurite.engine.lessons;

import org.neurite.engine.nn.Activation;
import org.neurite.engine.nn.Dense;
import org.neurite.engine.nn.Model;
import org.neurite.engine.nn.ModelSpec;
import org.neurite.engine.random.Rng;

/**
 * Lesson 1's point that depth needs non-linearity: two dense layers with no activation between them,
 * y = (x W1 + b1) W2 + b2, are one layer y = x (W1 W2) + (b1 W2 + b2). The stack is a real engine
 * {@link Model}; {@link #collapsedWeights()} and {@link #collapsedBias()} are that single layer. With a
 * ReLU between the layers the collapse no longer holds, which the lesson lets the learner find out.
 *
 * <p>Weights are drawn from the seed and rounded to one decimal so a first-year student can multiply them
 * by hand.
 */
public final class LinearStack {
    public static final int INPUTS = 3;
    public static final int HIDDEN = 2;
    public static final int OUTPUTS = 1;

    private final Model model;
    private final Dense first;
    private final Dense second;

    private LinearStack(Model model) {
        this.model = model;
        this.first = (Dense) model.layer(0);
        this.second = (Dense) model.layer(1);
    }

    /**
     * A 3-2-1 stack whose hidden layer uses {@code hidden} (LINEAR for "no activation"); the same seed gives
     * the same weights whatever the activation, so the two can be compared.
     */
    public static LinearStack create(int seed, Activation hidden) {
        ModelSpec spec = ModelSpec.builder(INPUTS).dense(HIDDEN, hidden).dense(OUTPUTS, Activation.LINEAR)
                .loss("mse").build();
        LinearStack stack = new LinearStack(Model.create(spec, new Rng(seed)));
        Rng rng = new Rng(seed);
        fillRounded(stack.first.weights().value(), rng);
        fillRounded(stack.first.bias().value(), rng);
        fillRounded(stack.second.weights().value(), rng);
        fillRounded(stack.second.bias().value(), rng);
        return stack;
    }

    /** Values in -1.0 .. 1.0 in steps of 0.1, never 0 (a zero weight would hide a term). */
    private static void fillRounded(float[] values, Rng rng) {
        for (int i = 0; i < values.length; i++) {
            int tenths = rng.nextInt(20) - 10;
            values[i] = (tenths >= 0 ? tenths + 1 : tenths) / 10f;
        }
    }

    public Model model() {
        return model;
    }

    /** The hidden layer (W1 is INPUTS x HIDDEN, row-major). */
    public Dense first() {
        return first;
    }

    /** The output layer (W2 is HIDDEN x OUTPUTS). */
    public Dense second() {
        return second;
    }

    /** The stack's output for one input, computed by the engine's layers. */
    public double stackOutput(double[] input) {
        return model.predict(toFloats(input), 1)[0];
    }

    /** W = W1 W2, row-major INPUTS x OUTPUTS. */
    public double[] collapsedWeights() {
        float[] w1 = first.weights().value();
        float[] w2 = second.weights().value();
        double[] w = new double[INPUTS * OUTPUTS];
        for (int i = 0; i < INPUTS; i++) {
            for (int o = 0; o < OUTPUTS; o++) {
                double sum = 0;
                for (int h = 0; h < HIDDEN; h++) {
                    sum += (double) w1[i * HIDDEN + h] * w2[h * OUTPUTS + o];
                }
                w[i * OUTPUTS + o] = sum;
            }
        }
        return w;
    }

    /** b = b1 W2 + b2. */
    public double[] collapsedBias() {
        float[] b1 = first.bias().value();
        float[] w2 = second.weights().value();
        float[] b2 = second.bias().value();
        double[] b = new double[OUTPUTS];
        for (int o = 0; o < OUTPUTS; o++) {
            double sum = b2[o];
            for (int h = 0; h < HIDDEN; h++) {
                sum += (double) b1[h] * w2[h * OUTPUTS + o];
            }
            b[o] = sum;
        }
        return b;
    }

    /** x W + b with the collapsed single layer: equal to {@link #stackOutput} only without an activation. */
    public double collapsedOutput(double[] input) {
        requireInputs(input);
        double[] w = collapsedWeights();
        double sum = collapsedBias()[0];
        for (int i = 0; i < INPUTS; i++) {
            sum += input[i] * w[i * OUTPUTS];
        }
        return sum;
    }

    private static float[] toFloats(double[] input) {
        requireInputs(input);
        float[] x = new float[INPUTS];
        for (int i = 0; i < INPUTS; i++) {
            x[i] = (float) input[i];
        }
        return x;
    }

    private static void requireInputs(double[] input) {
        if (input.length != INPUTS) {
            throw new IllegalArgumentException("the stack takes " + INPUTS + " inputs, got " + input.length);
        }
    }
}
