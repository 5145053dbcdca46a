package org.neurite.engine.nn;

import org.neurite.engine.random.Rng;
import org.neurite.engine.tensor.Gemm;

/**
 * A fully connected layer with its activation: z = x.W + b, y = f(z).
 * W is [inputs x units] so that the forward pass is one plain matrix product.
 */
public final class Dense implements Layer {
    private final int inputs;
    private final int units;
    private final Activation activation;
    private final Init init;
    private final Param weights;
    private final Param bias;
    private final Gemm gemm = new Gemm();
    private int capacity;
    private float[] input;
    private float[] z;
    private float[] y;
    private float[] dz;
    private float[] dx;

    public Dense(int inputs, int units, Activation activation, Init init, Rng rng) {
        this.inputs = inputs;
        this.units = units;
        this.activation = activation;
        this.init = init;
        this.weights = new Param("W", new int[] {inputs, units}, true);
        this.bias = new Param("b", new int[] {units}, false);
        init.fill(weights.value(), inputs, units, rng);
    }

    public Activation activation() {
        return activation;
    }

    public Param weights() {
        return weights;
    }

    public Param bias() {
        return bias;
    }

    /** The weight of the link from input {@code from} to unit {@code to}: W[from][to]. */
    public float weight(int from, int to) {
        return weights.value()[weightIndex(from, to)];
    }

    /** Sets W[from][to], as a person editing one link does. */
    public void setWeight(int from, int to, float value) {
        weights.value()[weightIndex(from, to)] = value;
    }

    /** The loss gradient of W[from][to] from the last backward pass. */
    public float weightGradient(int from, int to) {
        return weights.grad()[weightIndex(from, to)];
    }

    /** The bias of unit {@code unit}. */
    public float bias(int unit) {
        return bias.value()[unitIndex(unit)];
    }

    /** Sets the bias of unit {@code unit}, as a person editing one neuron does. */
    public void setBias(int unit, float value) {
        bias.value()[unitIndex(unit)] = value;
    }

    /** The loss gradient of the bias of unit {@code unit} from the last backward pass. */
    public float biasGradient(int unit) {
        return bias.grad()[unitIndex(unit)];
    }

    private int unitIndex(int unit) {
        if (unit < 0 || unit >= units) {
            throw new IndexOutOfBoundsException("no unit " + unit + " in a dense layer of " + units);
        }
        return unit;
    }

    private int weightIndex(int from, int to) {
        if (from < 0 || from >= inputs || to < 0 || to >= units) {
            throw new IndexOutOfBoundsException("no weight from input " + from + " to unit " + to + " in a "
                    + inputs + " x " + units + " dense layer");
        }
        return from * units + to;
    }

    public int inputSize() {
        return inputs;
    }

    /** Pre-activation values z of the last forward batch. */
    public float[] preActivations() {
        return z;
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training) {
        ensureCapacity(batch);
        input = x;
        gemm.nn(x, weights.value(), z, batch, inputs, units);
        Gemm.addRowVector(z, bias.value(), batch, units);
        activation.forward(z, y, batch * units);
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, boolean needInputGradient) {
        activation.backward(z, y, dy, dz, batch * units);
        gemm.tn(input, dz, weights.grad(), inputs, batch, units);
        Gemm.columnSums(dz, bias.grad(), batch, units);
        if (!needInputGradient) {
            return null;
        }
        gemm.nt(dz, weights.value(), dx, batch, units, inputs);
        return dx;
    }

    private void ensureCapacity(int batch) {
        if (batch <= capacity) {
            return;
        }
        capacity = batch;
        z = new float[batch * units];
        y = new float[batch * units];
        dz = new float[batch * units];
        dx = new float[batch * inputs];
    }

    @Override
    public int[] inputShape() {
        return new int[] {inputs};
    }

    @Override
    public int[] outputShape() {
        return new int[] {units};
    }

    @Override
    public int outputSize() {
        return units;
    }

    @Override
    public Param[] params() {
        return new Param[] {weights, bias};
    }

    @Override
    public String describe() {
        String s = "dense " + units + " " + activation.id();
        return init == Init.defaultFor(activation) ? s : s + " init=" + init.id();
    }
}
