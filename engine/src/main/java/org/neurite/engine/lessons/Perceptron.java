package org.neurite.engine.lessons;

import org.neurite.engine.nn.Activation;

/**
 * One neuron, output = g(x . w + b), with every intermediate number kept so lesson 2 can show them:
 * each product x_i w_i, the weighted sum and the activation of that sum.
 */
public final class Perceptron {
    private final double[] products;
    private final double sum;
    private final double output;

    private Perceptron(double[] products, double sum, double output) {
        this.products = products;
        this.sum = sum;
        this.output = output;
    }

    /** The forward pass of one neuron; {@code inputs} and {@code weights} must have the same length. */
    public static Perceptron forward(double[] inputs, double[] weights, double bias, Activation g) {
        if (inputs.length != weights.length) {
            throw new IllegalArgumentException("a neuron needs one weight per input: " + inputs.length
                    + " inputs but " + weights.length + " weights");
        }
        double[] products = new double[inputs.length];
        double sum = bias;
        for (int i = 0; i < inputs.length; i++) {
            products[i] = inputs[i] * weights[i];
            sum += products[i];
        }
        // The activation is the engine's own, in float as the layers use it.
        double output = g.value((float) sum);
        return new Perceptron(products, sum, output);
    }

    /** x_i w_i. */
    public double product(int index) {
        return products[index];
    }

    public int inputCount() {
        return products.length;
    }

    /** z = x . w + b. */
    public double sum() {
        return sum;
    }

    /** g(z). */
    public double output() {
        return output;
    }
}
