package org.neurite.engine.nn;

/**
 * One layer of a {@link Model}. Activations are row-major {@code float[batch x size]} buffers that the layer
 * owns and reuses: a returned buffer is valid until the next call of the same method.
 */
public interface Layer {
    /** The shape of one input sample, e.g. {4} or {1, 28, 28}. */
    int[] inputShape();

    /** The shape of one output sample. */
    int[] outputShape();

    /** Values per output sample (the product of {@link #outputShape()}). */
    int outputSize();

    /** Computes the outputs of {@code batch} samples; {@code training} enables dropout and the like. */
    float[] forward(float[] input, int batch, boolean training);

    /**
     * Given dLoss/dOutput of the last forward batch, stores the parameter gradients and returns
     * dLoss/dInput, or {@code null} when {@code needInputGradient} is false (the first layer).
     */
    float[] backward(float[] gradOutput, int batch, boolean needInputGradient);

    /** The trainable parameters; empty for layers without any. */
    Param[] params();

    /** The layer as written in a model spec, e.g. "dense 4 tanh". */
    String describe();
}
